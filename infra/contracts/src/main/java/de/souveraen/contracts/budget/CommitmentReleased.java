package de.souveraen.contracts.budget;

import de.souveraen.contracts.EventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A commitment was closed and its open part {@code releasedAmount} freed (order cancelled, or final invoice paid
 * for less). The commitment takes no further expenses or adjustments.
 */
@EventType("budget.CommitmentReleased.v1")
public record CommitmentReleased(int fiscalYear, UUID commitmentId, String lineCode, BigDecimal releasedAmount,
        String reason, LocalDate releasedOn) implements FiscalYearEvent {
}
