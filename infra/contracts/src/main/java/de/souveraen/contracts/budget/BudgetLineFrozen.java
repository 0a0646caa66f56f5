package de.souveraen.contracts.budget;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;

/**
 * A line was frozen (haushaltswirtschaftliche Sperre, § 81 GO NRW) by the order {@code reference}: it takes no
 * new commitments and no expenses beyond what existing commitments cover until it is released. Amounts do not
 * change. {@code reason} may be null.
 */
@EventType("budget.BudgetLineFrozen.v1")
public record BudgetLineFrozen(int fiscalYear, String lineCode, String reference, String reason, LocalDate frozenOn)
        implements FiscalYearEvent {
}
