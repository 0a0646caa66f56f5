package de.souveraen.contracts.budget;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;

/**
 * A line was added during the year with appropriation 0.00; the event that follows in the same command (an
 * {@link AppropriationAdjusted} of kind SUPPLEMENTARY or UNPLANNED, or a {@link CarryOverReceived}) gives its
 * funds.
 */
@EventType("budget.BudgetLineAdded.v1")
public record BudgetLineAdded(int fiscalYear, String lineCode, String title, LocalDate addedOn)
        implements FiscalYearEvent {
}
