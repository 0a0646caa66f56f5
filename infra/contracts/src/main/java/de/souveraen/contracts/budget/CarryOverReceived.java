package de.souveraen.contracts.budget;

import de.souveraen.contracts.EventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The authorisation carried over from {@code fromFiscalYear} (see {@link AppropriationCarriedOver} with the same
 * {@code carryOverId}) raised the line's adjusted appropriation in this year to {@code adjustedAppropriation},
 * effective {@code effectiveOn}.
 */
@EventType("budget.CarryOverReceived.v1")
public record CarryOverReceived(int fiscalYear, UUID carryOverId, int fromFiscalYear, String lineCode,
        BigDecimal amount, String reference, LocalDate effectiveOn, BigDecimal adjustedAppropriation)
        implements FiscalYearEvent {
}
