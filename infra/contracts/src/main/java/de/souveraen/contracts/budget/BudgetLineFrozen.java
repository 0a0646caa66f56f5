package de.souveraen.contracts.budget;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;

/**
 * A line was frozen by the order {@code reference}: by the treasurer (haushaltswirtschaftliche Sperre, § 25 KomHVO
 * NRW, of which the council is informed) or by the council (§ 81 GO NRW), see {@link FreezeAuthority}. The line takes
 * no new commitments and no expenses beyond what existing commitments cover until it is released. Amounts do not
 * change. {@code reason} may be null. (v1 had no {@code authority}: its freezes were the council's.)
 */
@EventType("budget.BudgetLineFrozen.v2")
public record BudgetLineFrozen(int fiscalYear, String lineCode, FreezeAuthority authority, String reference,
        String reason, LocalDate frozenOn) implements FiscalYearEvent {
}
