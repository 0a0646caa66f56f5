package de.souveraen.budget.fiscalyear;

import static de.souveraen.budget.testing.Budget2026.ANALYSE;
import static de.souveraen.budget.testing.Budget2026.YEAR;
import static de.souveraen.budget.testing.Budget2026.adopted;
import static de.souveraen.budget.testing.Budget2026.book;
import static de.souveraen.budget.testing.Budget2026.commit;
import static de.souveraen.budget.testing.Budget2026.day;
import static de.souveraen.budget.testing.Budget2026.eur;
import static de.souveraen.budget.testing.BudgetSpec.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.budget.FreezeAuthority;
import de.souveraen.budget.fiscalyear.BudgetCommand.FreezeLine;
import de.souveraen.budget.fiscalyear.BudgetCommand.RecordFinancialPlan;
import de.souveraen.budget.overview.BudgetOverview;
import de.souveraen.budget.testing.BudgetSpec;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Rejection.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetStreamTest {

    @Test
    void one_stream_per_fiscal_year() {
        assertThat(BudgetDecider.AGGREGATE.streamId(2026)).isEqualTo("budget-2026");
    }

    @Test
    void nothing_can_be_booked_before_the_budget_is_adopted() {
        Rejection refused = given().when(book(1, ANALYSE, "10.00"))
                .thenRejected(Kind.NOT_FOUND, "budget-not-found", "fiscalYear");
        assertThat(refused.extensions()).containsEntry("fiscalYear", YEAR);
        given().when(commit(1, ANALYSE, "10.00")).thenRejected(Kind.NOT_FOUND, "budget-not-found", "fiscalYear");
        given().when(new FreezeLine(YEAR, ANALYSE, FreezeAuthority.TREASURER, "Sperre", null, day(3, 1)))
                .thenRejected(Kind.NOT_FOUND, "budget-not-found", "fiscalYear");
        given().when(new RecordFinancialPlan(YEAR, List.of(), null, day(3, 1)))
                .thenRejected(Kind.NOT_FOUND, "budget-not-found", "fiscalYear");
    }

    @Test
    void a_command_for_another_year_does_not_touch_this_one() {
        given(adopted()).when(new FreezeLine(2027, ANALYSE, FreezeAuthority.TREASURER, "Sperre", null, day(3, 1)))
                .thenRejected(Kind.UNPROCESSABLE, "fiscal-year-mismatch", "fiscalYear");
    }

    @Test
    void the_overview_of_a_budget_not_adopted_is_not_found() {
        Rejection refused = org.assertj.core.api.Assertions.catchThrowableOfType(Rejection.class,
                () -> BudgetOverview.of(BudgetState.NONE));
        assertThat(refused.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(refused.code()).isEqualTo("budget-not-found");
    }

    @Test
    void evolving_never_changes_the_state_it_started_from() {
        BudgetSpec spec = given(adopted());
        BudgetState before = spec.state();
        spec.accepted(commit(1, ANALYSE, "100.00")).accepted(book(2, ANALYSE, "50.00"));
        assertThat(spec.state().line(ANALYSE).orElseThrow().available()).isEqualTo(eur("2850.00"));
        assertThat(before.line(ANALYSE).orElseThrow().available()).isEqualTo(eur("3000.00"));
        assertThat(before.commitments().size()).isZero();
        assertThat(before.expenses().size()).isZero();
    }
}
