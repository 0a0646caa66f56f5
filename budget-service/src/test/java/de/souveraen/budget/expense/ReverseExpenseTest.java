package de.souveraen.budget.expense;

import static de.souveraen.budget.testing.Budget2026.ANALYSE;
import static de.souveraen.budget.testing.Budget2026.YEAR;
import static de.souveraen.budget.testing.Budget2026.adopted;
import static de.souveraen.budget.testing.Budget2026.booked;
import static de.souveraen.budget.testing.Budget2026.bookedOverPlan;
import static de.souveraen.budget.testing.Budget2026.bookedSettling;
import static de.souveraen.budget.testing.Budget2026.committed;
import static de.souveraen.budget.testing.Budget2026.day;
import static de.souveraen.budget.testing.Budget2026.eur;
import static de.souveraen.budget.testing.Budget2026.id;
import static de.souveraen.budget.testing.Budget2026.reverse;
import static de.souveraen.budget.testing.BudgetSpec.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.budget.fiscalyear.BudgetCommand.ReverseExpense;
import de.souveraen.budget.overview.LineOverview;
import de.souveraen.contracts.budget.CommitmentReleased;
import de.souveraen.contracts.budget.ExpenseReversed;
import de.souveraen.eventstore.domain.Rejection.Kind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReverseExpenseTest {

    @Test
    void a_reversal_takes_the_expense_out_of_spent_and_keeps_it_on_record() {
        var when = given(adopted(), booked(1, ANALYSE, "1000.00")).when(reverse(2, 1));
        when.then(new ExpenseReversed(YEAR, id(2), id(1), ANALYSE, eur("1000.00"), "RE-1", "Falscher Betrag erfasst",
                day(5, 2), null, eur("0.00")));
        LineOverview line = when.lineAfter(ANALYSE);
        assertThat(line.spent()).isEqualTo(eur("0.00"));
        assertThat(line.available()).isEqualTo(eur("3000.00"));
        assertThat(when.stateAfter().expense(id(1)).orElseThrow().reversed()).isTrue();
    }

    @Test
    void an_expense_is_reversed_only_once() {
        var given = given(adopted(), booked(1, ANALYSE, "1000.00"));
        given.accepted(reverse(2, 1));
        given.when(reverse(3, 1)).thenRejected(Kind.CONFLICT, "already-reversed", "expenseId");
    }

    @Test
    void an_unknown_expense_is_not_found() {
        given(adopted()).when(reverse(2, 1)).thenRejected(Kind.NOT_FOUND, "expense-not-found", "expenseId");
    }

    @Test
    void a_reason_is_required() {
        given(adopted(), booked(1, ANALYSE, "1000.00"))
                .when(new ReverseExpense(YEAR, id(2), id(1), " ", day(5, 2)))
                .thenRejected(Kind.UNPROCESSABLE, "required", "reason");
        given(adopted(), booked(1, ANALYSE, "1000.00"))
                .when(new ReverseExpense(YEAR, null, id(1), "Grund", day(5, 2)))
                .thenRejected(Kind.BAD_REQUEST, "required", "reversalId");
    }

    @Test
    void the_reversal_date_lies_in_the_year_and_not_before_the_booking() {
        given(adopted(), booked(1, ANALYSE, "1000.00"))
                .when(new ReverseExpense(YEAR, id(2), id(1), "Grund", day(4, 14)))
                .thenRejected(Kind.UNPROCESSABLE, "too-early", "reversedOn");
        given(adopted(), booked(1, ANALYSE, "1000.00"))
                .when(new ReverseExpense(YEAR, id(2), id(1), "Grund", LocalDate.of(2027, 1, 10)))
                .thenRejected(Kind.UNPROCESSABLE, "outside-fiscal-year", "reversedOn");
    }

    @Test
    void reversing_an_expense_that_settled_an_active_commitment_binds_those_funds_again() {
        var when = given(adopted(), committed(1, ANALYSE, "2000.00"),
                bookedSettling(2, ANALYSE, "2100.00", 1, "2000.00")).when(reverse(3, 2));
        assertThat(((ExpenseReversed) when.events().get(0)).restoredToCommitment()).isEqualTo(eur("2000.00"));
        LineOverview line = when.lineAfter(ANALYSE);
        assertThat(line.committed()).isEqualTo(eur("2000.00"));
        assertThat(line.spent()).isEqualTo(eur("0.00"));
        assertThat(line.available()).isEqualTo(eur("1000.00"));
        assertThat(when.stateAfter().commitment(id(1)).orElseThrow().open()).isEqualTo(eur("2000.00"));
    }

    @Test
    void reversing_after_the_commitment_was_released_frees_the_whole_amount() {
        var when = given(adopted(), committed(1, ANALYSE, "2000.00"),
                bookedSettling(2, ANALYSE, "1500.00", 1, "1500.00"),
                new CommitmentReleased(YEAR, id(1), ANALYSE, eur("500.00"), "Schlussrechnung", day(4, 20)))
                .when(reverse(3, 2));
        assertThat(((ExpenseReversed) when.events().get(0)).restoredToCommitment()).isEqualTo(eur("0.00"));
        assertThat(when.lineAfter(ANALYSE).available()).isEqualTo(eur("3000.00"));
        assertThat(when.lineAfter(ANALYSE).committed()).isEqualTo(eur("0.00"));
    }

    @Test
    void reversing_an_over_plan_expense_keeps_the_approved_authorisation() {
        var when = given(adopted(), booked(1, ANALYSE, "2800.00"),
                bookedOverPlan(2, ANALYSE, "500.00", "Üpl 2026/7", "300.00")).when(reverse(3, 2));
        LineOverview line = when.lineAfter(ANALYSE);
        assertThat(line.adjusted()).isEqualTo(eur("3300.00"));
        assertThat(line.overPlan()).isEqualTo(eur("300.00"));
        assertThat(line.available()).isEqualTo(eur("500.00"));
    }
}
