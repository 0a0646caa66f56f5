package de.souveraen.budget.commitment;

import static de.souveraen.budget.testing.Budget2026.ANALYSE;
import static de.souveraen.budget.testing.Budget2026.KONZEPT;
import static de.souveraen.budget.testing.Budget2026.YEAR;
import static de.souveraen.budget.testing.Budget2026.adopted;
import static de.souveraen.budget.testing.Budget2026.booked;
import static de.souveraen.budget.testing.Budget2026.commit;
import static de.souveraen.budget.testing.Budget2026.commitOverPlan;
import static de.souveraen.budget.testing.Budget2026.committed;
import static de.souveraen.budget.testing.Budget2026.day;
import static de.souveraen.budget.testing.Budget2026.eur;
import static de.souveraen.budget.testing.Budget2026.id;
import static de.souveraen.budget.testing.BudgetSpec.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.budget.fiscalyear.BudgetCommand.CommitFunds;
import de.souveraen.budget.overview.BudgetOverview;
import de.souveraen.budget.overview.LineOverview;
import de.souveraen.contracts.budget.FundsCommitted;
import de.souveraen.contracts.budget.OverPlan;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Rejection.Kind;
import de.souveraen.eventstore.text.German;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CommitFundsTest {
    private static final String APPROVAL = "Üpl. Genehmigung Kämmerer 2026/07";

    @Test
    void a_commitment_binds_funds_of_its_line() {
        var when = given(adopted()).when(commit(1, ANALYSE, "1200.00"));
        when.then(committed(1, ANALYSE, "1200.00"));
        LineOverview line = when.lineAfter(ANALYSE);
        assertThat(line.committed()).isEqualTo(eur("1200.00"));
        assertThat(line.available()).isEqualTo(eur("1800.00"));
        assertThat(when.overviewAfter().available()).isEqualTo(eur("13800.00"));
    }

    @Test
    void binding_more_than_is_available_is_refused_naming_the_line_and_what_is_available() {
        Rejection refused = given(adopted(), committed(1, ANALYSE, "1000.00"), booked(2, ANALYSE, "1500.00"))
                .when(commit(3, ANALYSE, "500.01")).thenRejected(Kind.CONFLICT, "insufficient-funds", "amount");
        assertThat(refused.extensions()).containsEntry("lineCode", ANALYSE)
                .containsEntry("available", eur("500.00")).containsEntry("requested", eur("500.01"));
        assertThat(refused.messageDe()).contains(German.money(eur("500.00"))).contains(ANALYSE);
    }

    @Test
    void exactly_what_is_available_can_be_bound() {
        var when = given(adopted(), committed(1, ANALYSE, "1000.00")).when(commit(3, ANALYSE, "2000.00"));
        assertThat(when.lineAfter(ANALYSE).available()).isEqualTo(eur("0.00"));
    }

    @Test
    void availability_is_decided_per_line_not_by_the_total() {
        given(adopted()).when(commit(1, ANALYSE, "3000.01"))
                .thenRejected(Kind.CONFLICT, "insufficient-funds", "amount");
    }

    @Test
    void with_an_over_plan_approval_the_shortfall_is_accepted_and_recorded_separately() {
        var when = given(adopted(), committed(1, ANALYSE, "2500.00"))
                .when(commitOverPlan(2, ANALYSE, "800.00", APPROVAL));
        FundsCommitted event = (FundsCommitted) when.events().get(0);
        assertThat(event.overPlan()).isEqualTo(new OverPlan(APPROVAL, eur("300.00")));
        assertThat(event.amount()).isEqualTo(eur("800.00"));
        BudgetOverview overview = when.overviewAfter();
        LineOverview line = overview.lines().get(0);
        assertThat(line.adjusted()).isEqualTo(eur("3300.00"));
        assertThat(line.overPlan()).isEqualTo(eur("300.00"));
        assertThat(line.committed()).isEqualTo(eur("3300.00"));
        assertThat(line.available()).isEqualTo(eur("0.00"));
        assertThat(overview.overPlan()).isEqualTo(eur("300.00"));
    }

    @Test
    void an_approval_that_is_not_needed_is_not_recorded() {
        FundsCommitted event = (FundsCommitted) given(adopted())
                .when(commitOverPlan(2, ANALYSE, "800.00", APPROVAL)).events().get(0);
        assertThat(event.overPlan()).isNull();
    }

    @Test
    void a_commitment_id_is_used_once() {
        given(adopted(), committed(1, ANALYSE, "10.00")).when(commit(1, KONZEPT, "10.00"))
                .thenRejected(Kind.CONFLICT, "commitment-exists", "commitmentId");
    }

    @Test
    void an_unknown_line_is_unprocessable() {
        Rejection refused = given(adopted()).when(commit(1, "SERVER", "10.00"))
                .thenRejected(Kind.UNPROCESSABLE, "unknown-line", "lineCode");
        assertThat(refused.extensions()).containsEntry("lineCode", "SERVER");
    }

    @Test
    void the_commitment_date_lies_in_the_fiscal_year() {
        given(adopted()).when(commitOn(LocalDate.of(2025, 12, 31)))
                .thenRejected(Kind.UNPROCESSABLE, "outside-fiscal-year", "committedOn");
        given(adopted()).when(commitOn(LocalDate.of(2027, 1, 1)))
                .thenRejected(Kind.UNPROCESSABLE, "outside-fiscal-year", "committedOn");
        given(adopted()).when(commitOn(null)).thenRejected(Kind.UNPROCESSABLE, "required", "committedOn");
        assertThat(given(adopted()).when(commitOn(LocalDate.of(2026, 12, 31))).events()).hasSize(1);
    }

    @Test
    void amounts_are_positive_with_at_most_two_decimals() {
        given(adopted()).when(commit(1, ANALYSE, "0.00")).thenRejected(Kind.UNPROCESSABLE, "not-positive", "amount");
        given(adopted()).when(commit(1, ANALYSE, "-5.00")).thenRejected(Kind.UNPROCESSABLE, "not-positive", "amount");
        given(adopted()).when(commit(1, ANALYSE, "5.001"))
                .thenRejected(Kind.BAD_REQUEST, "too-many-decimals", "amount");
        given(adopted()).when(commit(1, ANALYSE, "9999999999.00"))
                .thenRejected(Kind.UNPROCESSABLE, "too-large", "amount");
    }

    @Test
    void id_vendor_and_reference_are_required_description_is_bounded() {
        given(adopted()).when(new CommitFunds(YEAR, null, ANALYSE, eur("1.00"), "V", "R", null, day(3, 2), null))
                .thenRejected(Kind.BAD_REQUEST, "required", "commitmentId");
        given(adopted()).when(new CommitFunds(YEAR, id(1), ANALYSE, eur("1.00"), " ", "R", null, day(3, 2), null))
                .thenRejected(Kind.UNPROCESSABLE, "required", "vendor");
        given(adopted()).when(new CommitFunds(YEAR, id(1), ANALYSE, eur("1.00"), "V", null, null, day(3, 2), null))
                .thenRejected(Kind.UNPROCESSABLE, "required", "reference");
        given(adopted()).when(new CommitFunds(YEAR, id(1), ANALYSE, eur("1.00"), "V", "R", "x".repeat(1001),
                day(3, 2), null)).thenRejected(Kind.UNPROCESSABLE, "too-long", "description");
        given(adopted()).when(new CommitFunds(YEAR, id(1), null, eur("1.00"), "V", "R", null, day(3, 2), null))
                .thenRejected(Kind.UNPROCESSABLE, "required", "lineCode");
    }

    private static CommitFunds commitOn(LocalDate date) {
        return new CommitFunds(YEAR, id(1), ANALYSE, eur("1.00"), "V", "R", null, date, null);
    }
}
