package de.souveraen.contracts.budget;

import de.souveraen.contracts.EventType;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The adjusted appropriation (fortgeschriebener Ansatz) of a line changed by {@code amount} (negative only for
 * a SUPPLEMENTARY reduction), approved under {@code approvalReference} on {@code approvedOn};
 * {@code adjustedAppropriation} is the line's adjusted appropriation afterwards. {@code reason} may be null.
 */
@EventType("budget.AppropriationAdjusted.v1")
public record AppropriationAdjusted(int fiscalYear, String lineCode, AdjustmentKind kind, BigDecimal amount,
        String approvalReference, LocalDate approvedOn, String reason, BigDecimal adjustedAppropriation)
        implements FiscalYearEvent {
}
