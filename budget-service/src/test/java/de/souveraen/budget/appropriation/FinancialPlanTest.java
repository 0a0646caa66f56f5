package de.souveraen.budget.appropriation;

import static de.souveraen.budget.testing.Budget2026.YEAR;
import static de.souveraen.budget.testing.Budget2026.adopted;
import static de.souveraen.budget.testing.Budget2026.day;
import static de.souveraen.budget.testing.Budget2026.eur;
import static de.souveraen.budget.testing.BudgetSpec.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.budget.fiscalyear.BudgetCommand.PlanInput;
import de.souveraen.budget.fiscalyear.BudgetCommand.RecordFinancialPlan;
import de.souveraen.budget.overview.BudgetOverview;
import de.souveraen.contracts.budget.FinancialPlanRecorded;
import de.souveraen.contracts.budget.PlannedAmount;
import de.souveraen.eventstore.domain.Rejection.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class FinancialPlanTest {

    @Test
    void a_recorded_plan_replaces_the_adopted_one() {
        RecordFinancialPlan command = new RecordFinancialPlan(YEAR, List.of(new PlanInput(2027, eur("25000")),
                new PlanInput(2028, eur("22000.00")), new PlanInput(2029, eur("22000.00"))), "Finanzplanung 2026-2029",
                day(10, 5));
        var when = given(adopted()).when(command);
        List<PlannedAmount> plan = List.of(new PlannedAmount(2027, eur("25000.00")),
                new PlannedAmount(2028, eur("22000.00")), new PlannedAmount(2029, eur("22000.00")));
        when.then(new FinancialPlanRecorded(YEAR, plan, "Finanzplanung 2026-2029", day(10, 5)));
        assertThat(when.overviewAfter().financialPlan()).isEqualTo(plan);
    }

    @Test
    void an_empty_plan_clears_it() {
        BudgetOverview overview = given(adopted())
                .when(new RecordFinancialPlan(YEAR, List.of(), null, day(10, 5))).overviewAfter();
        assertThat(overview.financialPlan()).isEmpty();
    }

    @Test
    void the_plan_is_required_and_checked() {
        given(adopted()).when(new RecordFinancialPlan(YEAR, null, null, day(10, 5)))
                .thenRejected(Kind.UNPROCESSABLE, "required", "financialPlan");
        given(adopted()).when(new RecordFinancialPlan(YEAR, List.of(new PlanInput(2027, eur("1.00")),
                new PlanInput(2028, eur("0.001"))), null, day(10, 5)))
                .thenRejected(Kind.BAD_REQUEST, "too-many-decimals", "financialPlan[1].amount");
        given(adopted()).when(new RecordFinancialPlan(YEAR, List.of(), null, null))
                .thenRejected(Kind.UNPROCESSABLE, "required", "recordedOn");
    }
}
