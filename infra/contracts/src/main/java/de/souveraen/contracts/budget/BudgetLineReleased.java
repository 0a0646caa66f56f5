package de.souveraen.contracts.budget;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;

/** The freeze of a line was lifted (Aufhebung der Sperre) by {@code reference}. {@code reason} may be null. */
@EventType("budget.BudgetLineReleased.v1")
public record BudgetLineReleased(int fiscalYear, String lineCode, String reference, String reason,
        LocalDate releasedOn) implements FiscalYearEvent {
}
