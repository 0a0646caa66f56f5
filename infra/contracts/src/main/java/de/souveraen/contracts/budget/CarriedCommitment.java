package de.souveraen.contracts.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An open commitment moving into the next year with a carry-over: its id (kept in both years), vendor, order
 * reference, description (may be null), the date it was made and its open part, which is what moves.
 */
public record CarriedCommitment(UUID commitmentId, String vendor, String reference, String description,
        LocalDate committedOn, BigDecimal openAmount) {
}
