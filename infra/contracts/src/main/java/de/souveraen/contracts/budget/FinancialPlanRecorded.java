package de.souveraen.contracts.budget;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.List;

/**
 * The mittelfristige Finanzplanung for the following years was recorded; it replaces the plan adopted with the
 * budget or recorded before (an empty list clears it).
 */
@EventType("budget.FinancialPlanRecorded.v1")
public record FinancialPlanRecorded(int fiscalYear, List<PlannedAmount> financialPlan, String reference,
        LocalDate recordedOn) implements FiscalYearEvent {
    public FinancialPlanRecorded {
        financialPlan = financialPlan == null ? List.of() : List.copyOf(financialPlan);
    }
}
