package de.souveraen.contracts.budget;

import de.souveraen.contracts.EventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The amount of a commitment changed from {@code previousAmount} to {@code amount} (e.g. a contract amendment);
 * {@code openAmount} is what stays bound afterwards (amount − settled by expenses). {@code overPlan} is null
 * unless an increase needed an over-plan approval.
 */
@EventType("budget.CommitmentAdjusted.v1")
public record CommitmentAdjusted(int fiscalYear, UUID commitmentId, String lineCode, BigDecimal previousAmount,
        BigDecimal amount, BigDecimal openAmount, String reason, LocalDate adjustedOn, OverPlan overPlan)
        implements FiscalYearEvent {
}
