package de.souveraen.budget.overview;

import de.souveraen.budget.fiscalyear.BudgetState;
import de.souveraen.budget.fiscalyear.LineState;
import de.souveraen.budget.funds.Funds;
import de.souveraen.contracts.budget.PlannedAmount;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Rejection.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code GET /api/budgets/{year}}: the totals and the lines with the design's money field names, plus
 * title, resolution, adoption date, the over-plan total and the financial plan. A pure function of the state.
 */
public record BudgetOverview(int fiscalYear, String title, String resolution, LocalDate adoptedOn,
        BigDecimal appropriated, BigDecimal adjusted, BigDecimal committed, BigDecimal spent, BigDecimal available,
        BigDecimal overPlan, List<LineOverview> lines, List<PlannedAmount> financialPlan) {

    /** The overview of an adopted budget; a 404 {@code budget-not-found} when none was adopted. */
    public static BudgetOverview of(BudgetState state) {
        if (!state.adopted()) {
            throw new Rejection(Kind.NOT_FOUND, "budget-not-found", "fiscalYear",
                    "Für dieses Haushaltsjahr ist kein Haushalt beschlossen.",
                    "No budget has been adopted for this fiscal year.", Map.of());
        }
        BigDecimal appropriated = Funds.ZERO;
        BigDecimal adjusted = Funds.ZERO;
        BigDecimal committed = Funds.ZERO;
        BigDecimal spent = Funds.ZERO;
        BigDecimal overPlan = Funds.ZERO;
        List<LineOverview> lines = new ArrayList<>();
        for (LineState line : state.lines().values()) {
            lines.add(new LineOverview(line.code(), line.title(), line.appropriated(), line.adjusted(),
                    line.committed(), line.spent(), line.available(), line.overPlan(), line.transferred(),
                    line.frozen(), line.produkt(), line.sachkonto()));
            appropriated = appropriated.add(line.appropriated());
            adjusted = adjusted.add(line.adjusted());
            committed = committed.add(line.committed());
            spent = spent.add(line.spent());
            overPlan = overPlan.add(line.overPlan());
        }
        return new BudgetOverview(state.fiscalYear(), state.title(), state.resolution(), state.adoptedOn(),
                appropriated, adjusted, committed, spent, adjusted.subtract(committed).subtract(spent), overPlan,
                List.copyOf(lines), state.financialPlan());
    }
}
