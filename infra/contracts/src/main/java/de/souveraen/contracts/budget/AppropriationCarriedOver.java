package de.souveraen.contracts.budget;

import de.souveraen.contracts.EventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Unused authorisation of a line was carried over into {@code toFiscalYear} (Ermächtigungsübertragung, § 22
 * KomHVO NRW), decided under {@code reference} on {@code decidedOn}. It lowers this year's adjusted
 * appropriation to {@code adjustedAppropriation}; the receiving year records a {@link CarryOverReceived} with the
 * same {@code carryOverId}. {@code reason} may be null.
 */
@EventType("budget.AppropriationCarriedOver.v1")
public record AppropriationCarriedOver(int fiscalYear, UUID carryOverId, String lineCode, String lineTitle,
        int toFiscalYear, BigDecimal amount, String reference, String reason, LocalDate decidedOn,
        BigDecimal adjustedAppropriation) implements FiscalYearEvent {
}
