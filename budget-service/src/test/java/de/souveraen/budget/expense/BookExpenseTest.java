package de.souveraen.budget.expense;

import static de.souveraen.budget.testing.Budget2026.ANALYSE;
import static de.souveraen.budget.testing.Budget2026.KONZEPT;
import static de.souveraen.budget.testing.Budget2026.YEAR;
import static de.souveraen.budget.testing.Budget2026.adopted;
import static de.souveraen.budget.testing.Budget2026.book;
import static de.souveraen.budget.testing.Budget2026.bookOverPlan;
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

import de.souveraen.budget.fiscalyear.BudgetCommand.BookExpense;
import de.souveraen.budget.overview.LineOverview;
import de.souveraen.budget.testing.BudgetSpec;
import de.souveraen.contracts.budget.CommitmentReleased;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Rejection.Kind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BookExpenseTest {
    private static final String APPROVAL = "Üpl. Genehmigung Kämmerer 2026/07";

    @Test
    void an_expense_is_booked_and_counts_as_spent() {
        var when = given(adopted()).when(book(1, ANALYSE, "1190.00"));
        when.then(booked(1, ANALYSE, "1190.00"));
        LineOverview line = when.lineAfter(ANALYSE);
        assertThat(line.spent()).isEqualTo(eur("1190.00"));
        assertThat(line.available()).isEqualTo(eur("1810.00"));
    }

    @Test
    void spending_more_than_is_available_is_refused_naming_the_line_and_what_is_available() {
        Rejection refused = given(adopted(), booked(1, ANALYSE, "2000.00"), committed(2, ANALYSE, "500.00"))
                .when(book(3, ANALYSE, "500.01")).thenRejected(Kind.CONFLICT, "insufficient-funds", "amount");
        assertThat(refused.extensions()).containsEntry("lineCode", ANALYSE).containsEntry("available", eur("500.00"));
    }

    @Test
    void with_an_over_plan_approval_the_shortfall_is_accepted_and_recorded_separately() {
        var when = given(adopted(), booked(1, ANALYSE, "2800.00")).when(bookOverPlan(2, ANALYSE, "500.00", APPROVAL));
        when.then(bookedOverPlan(2, ANALYSE, "500.00", APPROVAL, "300.00"));
        LineOverview line = when.lineAfter(ANALYSE);
        assertThat(line.spent()).isEqualTo(eur("3300.00"));
        assertThat(line.adjusted()).isEqualTo(eur("3300.00"));
        assertThat(line.overPlan()).isEqualTo(eur("300.00"));
        assertThat(line.available()).isEqualTo(eur("0.00"));
    }

    @Test
    void the_last_euros_go_to_the_first_booking_only() {
        BudgetSpec spec = given(adopted(), booked(1, ANALYSE, "2900.00"));
        spec.accepted(book(2, ANALYSE, "60.00"));
        spec.when(book(3, ANALYSE, "60.00")).thenRejected(Kind.CONFLICT, "insufficient-funds", "amount");
        assertThat(spec.state().line(ANALYSE).orElseThrow().available()).isEqualTo(eur("40.00"));
    }

    @Test
    void the_same_invoice_reference_twice_in_a_year_is_refused_whatever_the_line() {
        Rejection refused = given(adopted(), booked(1, ANALYSE, "100.00"))
                .when(book(2, KONZEPT, "100.00", "RE-1", null))
                .thenRejected(Kind.CONFLICT, "duplicate-invoice", "invoiceRef");
        assertThat(refused.extensions()).containsEntry("expenseId", id(1)).containsEntry("invoiceRef", "RE-1");
    }

    @Test
    void invoice_references_are_compared_ignoring_case_and_spacing() {
        var given = given(adopted());
        given.accepted(book(1, ANALYSE, "100.00", "RE 2026-17", null));
        given.when(book(2, ANALYSE, "100.00", "  re   2026-17 ", null))
                .thenRejected(Kind.CONFLICT, "duplicate-invoice", "invoiceRef");
    }

    @Test
    void a_reversed_expense_frees_its_invoice_reference_for_the_corrected_booking() {
        var given = given(adopted(), booked(1, ANALYSE, "1000.00"));
        given.accepted(reverse(2, 1));
        assertThat(given.when(book(3, ANALYSE, "100.00", "RE-1", null)).events()).hasSize(1);
        given.accepted(book(3, ANALYSE, "100.00", "RE-1", null));
        given.when(book(4, ANALYSE, "100.00", "RE-1", null))
                .thenRejected(Kind.CONFLICT, "duplicate-invoice", "invoiceRef");
    }

    @Test
    void an_expense_id_is_used_once() {
        given(adopted(), booked(1, ANALYSE, "100.00")).when(book(1, ANALYSE, "100.00", "RE-X", null))
                .thenRejected(Kind.CONFLICT, "expense-exists", "expenseId");
    }

    @Test
    void an_expense_settling_a_commitment_uses_the_commitment_first() {
        var when = given(adopted(), committed(1, ANALYSE, "2000.00"), booked(9, ANALYSE, "1000.00"))
                .when(book(2, ANALYSE, "1500.00", "RE-2", id(1)));
        when.then(bookedSettling(2, ANALYSE, "1500.00", 1, "1500.00"));
        LineOverview line = when.lineAfter(ANALYSE);
        assertThat(line.committed()).isEqualTo(eur("500.00"));
        assertThat(line.spent()).isEqualTo(eur("2500.00"));
        assertThat(line.available()).isEqualTo(eur("0.00"));
        assertThat(when.stateAfter().commitment(id(1)).orElseThrow().open()).isEqualTo(eur("500.00"));
    }

    @Test
    void only_the_excess_over_the_commitment_needs_available_funds() {
        var given = given(adopted(), committed(1, ANALYSE, "2000.00"), booked(9, ANALYSE, "800.00"));
        assertThat(given.when(book(2, ANALYSE, "2200.00", "RE-2", id(1))).events().get(0))
                .isEqualTo(bookedSettling(2, ANALYSE, "2200.00", 1, "2000.00"));
        Rejection refused = given.when(book(2, ANALYSE, "2200.01", "RE-2", id(1)))
                .thenRejected(Kind.CONFLICT, "insufficient-funds", "amount");
        assertThat(refused.extensions()).containsEntry("available", eur("200.00"))
                .containsEntry("requested", eur("200.01"));
    }

    @Test
    void the_commitment_must_exist_be_active_and_belong_to_the_line() {
        given(adopted()).when(book(2, ANALYSE, "10.00", "RE-2", id(1)))
                .thenRejected(Kind.UNPROCESSABLE, "unknown-commitment", "commitmentId");
        given(adopted(), committed(1, ANALYSE, "100.00"),
                new CommitmentReleased(YEAR, id(1), ANALYSE, eur("100.00"), "storniert", day(3, 5)))
                .when(book(2, ANALYSE, "10.00", "RE-2", id(1)))
                .thenRejected(Kind.CONFLICT, "commitment-released", "commitmentId");
        Rejection refused = given(adopted(), committed(1, KONZEPT, "100.00"))
                .when(book(2, ANALYSE, "10.00", "RE-2", id(1)))
                .thenRejected(Kind.UNPROCESSABLE, "commitment-line-mismatch", "commitmentId");
        assertThat(refused.extensions()).containsEntry("lineCode", KONZEPT);
    }

    @Test
    void an_unknown_line_is_unprocessable() {
        given(adopted()).when(book(1, "SERVER", "10.00"))
                .thenRejected(Kind.UNPROCESSABLE, "unknown-line", "lineCode");
    }

    @Test
    void the_booking_date_lies_in_the_fiscal_year() {
        given(adopted()).when(bookOn(LocalDate.of(2027, 1, 1)))
                .thenRejected(Kind.UNPROCESSABLE, "outside-fiscal-year", "bookedOn");
        given(adopted()).when(bookOn(LocalDate.of(2025, 12, 31)))
                .thenRejected(Kind.UNPROCESSABLE, "outside-fiscal-year", "bookedOn");
        assertThat(given(adopted()).when(bookOn(LocalDate.of(2026, 1, 1))).events()).hasSize(1);
    }

    @Test
    void amounts_are_positive_with_at_most_two_decimals() {
        given(adopted()).when(book(1, ANALYSE, "0")).thenRejected(Kind.UNPROCESSABLE, "not-positive", "amount");
        given(adopted()).when(book(1, ANALYSE, "12.345"))
                .thenRejected(Kind.BAD_REQUEST, "too-many-decimals", "amount");
        assertThat(given(adopted()).when(book(1, ANALYSE, "12.300")).events().get(0))
                .isEqualTo(booked(1, ANALYSE, "12.30"));
    }

    @Test
    void id_vendor_and_invoice_reference_are_required() {
        given(adopted()).when(new BookExpense(YEAR, null, ANALYSE, eur("1.00"), day(4, 1), "V", null, "RE", null, null))
                .thenRejected(Kind.BAD_REQUEST, "required", "expenseId");
        given(adopted()).when(new BookExpense(YEAR, id(1), ANALYSE, eur("1.00"), day(4, 1), null, null, "RE", null,
                null)).thenRejected(Kind.UNPROCESSABLE, "required", "vendor");
        given(adopted()).when(new BookExpense(YEAR, id(1), ANALYSE, eur("1.00"), day(4, 1), "V", null, "  ", null,
                null)).thenRejected(Kind.UNPROCESSABLE, "required", "invoiceRef");
        given(adopted()).when(new BookExpense(YEAR, id(1), ANALYSE, eur("1.00"), day(4, 1), "V", null, "RE", null,
                "x".repeat(101))).thenRejected(Kind.UNPROCESSABLE, "too-long", "overPlanApprovalReference");
    }

    private static BookExpense bookOn(LocalDate date) {
        return new BookExpense(YEAR, id(1), ANALYSE, eur("1.00"), date, "V", null, "RE", null, null);
    }
}
