package de.souveraen.contracts.budget;

import de.souveraen.contracts.EventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code amount} was moved from {@code fromLine} to {@code toLine} within the coverage {@code coverageId}
 * (Deckungsfähigkeit, § 21 KomHVO NRW) on {@code transferredOn} under {@code reference}: the adjusted
 * appropriation of the giving line falls and that of the receiving line rises by {@code amount}, the year's
 * total stays the same. {@code fromAdjustedAppropriation} and {@code toAdjustedAppropriation} are both lines'
 * adjusted appropriation afterwards. {@code reason} may be null.
 */
@EventType("budget.FundsTransferred.v1")
public record FundsTransferred(int fiscalYear, UUID transferId, UUID coverageId, String fromLine, String toLine,
        BigDecimal amount, String reference, String reason, LocalDate transferredOn,
        BigDecimal fromAdjustedAppropriation, BigDecimal toAdjustedAppropriation) implements FiscalYearEvent {
}
