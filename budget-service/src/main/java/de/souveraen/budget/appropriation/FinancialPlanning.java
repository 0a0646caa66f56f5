package de.souveraen.budget.appropriation;

import de.souveraen.budget.fiscalyear.BudgetCommand.PlanInput;
import de.souveraen.budget.fiscalyear.BudgetCommand.RecordFinancialPlan;
import de.souveraen.budget.fiscalyear.BudgetRules;
import de.souveraen.budget.fiscalyear.BudgetState;
import de.souveraen.contracts.budget.FinancialPlanRecorded;
import de.souveraen.contracts.budget.FiscalYearEvent;
import de.souveraen.contracts.budget.PlannedAmount;
import de.souveraen.eventstore.domain.Check;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The mittelfristige Finanzplanung (§ 84 GO NRW): the amounts planned for the programme in the three years after
 * the fiscal year, so the council sees it as a standing task. Stored sorted by year; a new record replaces the
 * old plan.
 */
public final class FinancialPlanning {
    /** How many following years the plan covers (budget year + 3). */
    public static final int YEARS_AHEAD = 3;

    private FinancialPlanning() {
    }

    public static List<FiscalYearEvent> record(RecordFinancialPlan c, BudgetState state) {
        int year = state.fiscalYear();
        Check.present("financialPlan", "Die Finanzplanung", c.financialPlan());
        List<PlannedAmount> plan = plan(c.financialPlan(), year);
        String reference = Check.optionalText("reference", "Die Fundstelle", c.reference(), 100);
        BudgetRules.dateInYear("recordedOn", "Das Datum", c.recordedOn(), year);
        return List.of(new FinancialPlanRecorded(year, plan, reference, c.recordedOn()));
    }

    /** Checks the planned years (each once, within the next {@link #YEARS_AHEAD} years) and amounts (> 0). */
    static List<PlannedAmount> plan(List<PlanInput> input, int fiscalYear) {
        if (input == null) {
            return List.of();
        }
        List<PlannedAmount> plan = new ArrayList<>();
        Set<Integer> years = new HashSet<>();
        for (int i = 0; i < input.size(); i++) {
            String at = "financialPlan[" + i + "]";
            PlanInput entry = Check.present(at, "Der Planungsbetrag", input.get(i));
            int year = Check.range(at + ".fiscalYear", "Das Planungsjahr", entry.fiscalYear(), fiscalYear + 1,
                    fiscalYear + YEARS_AHEAD);
            if (!years.add(year)) {
                throw Check.invalid("duplicate-year", at + ".fiscalYear",
                        "Das Planungsjahr " + year + " kommt mehrfach vor.", "Plan year " + year + " occurs twice.");
            }
            plan.add(new PlannedAmount(year, Check.positive(at + ".amount", "Der Planungsbetrag", entry.amount())));
        }
        plan.sort(Comparator.comparingInt(PlannedAmount::fiscalYear));
        return plan;
    }

    public static BudgetState recorded(BudgetState state, FinancialPlanRecorded e) {
        return state.withFinancialPlan(e.financialPlan());
    }
}
