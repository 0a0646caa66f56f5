package de.souveraen.contracts.budget;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.List;

/**
 * The council adopted the budget of a fiscal year (resolution {@code resolution}, e.g. "Ratsbeschluss
 * 2026/017") with its lines; their amounts make up the appropriation (Ansatz). {@code financialPlan} holds the
 * amounts planned for the following years (may be empty).
 */
@EventType("budget.BudgetAdopted.v1")
public record BudgetAdopted(int fiscalYear, String title, String resolution, LocalDate adoptedOn,
        List<BudgetLine> lines, List<PlannedAmount> financialPlan) implements FiscalYearEvent {
    public BudgetAdopted {
        lines = lines == null ? List.of() : List.copyOf(lines);
        financialPlan = financialPlan == null ? List.of() : List.copyOf(financialPlan);
    }
}
