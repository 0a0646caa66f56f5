package de.souveraen.budget.appropriation;

import static de.souveraen.budget.testing.Budget2026.KONZEPT;
import static de.souveraen.budget.testing.Budget2026.YEAR;
import static de.souveraen.budget.testing.Budget2026.adopted;
import static de.souveraen.budget.testing.Budget2026.book;
import static de.souveraen.budget.testing.Budget2026.bookOverPlan;
import static de.souveraen.budget.testing.Budget2026.commit;
import static de.souveraen.budget.testing.Budget2026.commitOverPlan;
import static de.souveraen.budget.testing.Budget2026.committed;
import static de.souveraen.budget.testing.Budget2026.day;
import static de.souveraen.budget.testing.Budget2026.eur;
import static de.souveraen.budget.testing.Budget2026.id;
import static de.souveraen.budget.testing.BudgetSpec.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.budget.FreezeAuthority;
import de.souveraen.budget.fiscalyear.BudgetCommand.AdjustCommitment;
import de.souveraen.budget.fiscalyear.BudgetCommand.FreezeLine;
import de.souveraen.budget.fiscalyear.BudgetCommand.ReleaseLine;
import de.souveraen.contracts.budget.BudgetLineFrozen;
import de.souveraen.contracts.budget.BudgetLineReleased;
import de.souveraen.contracts.budget.ExpenseBooked;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Rejection.Kind;
import org.junit.jupiter.api.Test;

class FreezeLineTest {
    private static final String ORDER = "Haushaltssperre BM 2026/2";
    private static final BudgetLineFrozen FROZEN = new BudgetLineFrozen(YEAR, KONZEPT, FreezeAuthority.TREASURER, ORDER,
            "Gewerbesteuereinbruch", day(3, 20));

    @Test
    void freezing_a_line_is_recorded_and_changes_no_amount() {
        var when = given(adopted()).when(new FreezeLine(YEAR, KONZEPT, FreezeAuthority.TREASURER,
                ORDER, "Gewerbesteuereinbruch", day(3, 20)));
        when.then(FROZEN);
        assertThat(when.lineAfter(KONZEPT).frozen()).isTrue();
        assertThat(when.lineAfter(KONZEPT).available()).isEqualTo(eur("4000.00"));
    }

    @Test
    void the_council_freezes_too_and_who_froze_is_recorded_never_left_open() {
        given(adopted()).when(new FreezeLine(YEAR, KONZEPT, FreezeAuthority.COUNCIL, "Ratsbeschluss 2026/14", null,
                day(4, 2))).then(new BudgetLineFrozen(YEAR, KONZEPT, FreezeAuthority.COUNCIL, "Ratsbeschluss 2026/14",
                null, day(4, 2)));
        given(adopted()).when(new FreezeLine(YEAR, KONZEPT, null, ORDER, null, day(4, 2)))
                .thenRejected(Kind.UNPROCESSABLE, "required", "authority");
    }

    @Test
    void a_frozen_line_takes_no_new_commitment() {
        Rejection refused = given(adopted(), FROZEN).when(commit(1, KONZEPT, "10.00"))
                .thenRejected(Kind.CONFLICT, "line-frozen", "lineCode");
        assertThat(refused.extensions()).containsEntry("lineCode", KONZEPT);
    }

    @Test
    void not_even_with_an_over_plan_approval() {
        given(adopted(), FROZEN).when(commitOverPlan(1, KONZEPT, "10.00", "Üpl 2026/1"))
                .thenRejected(Kind.CONFLICT, "line-frozen", "lineCode");
        given(adopted(), FROZEN).when(bookOverPlan(1, KONZEPT, "10.00", "Üpl 2026/1"))
                .thenRejected(Kind.CONFLICT, "line-frozen", "lineCode");
    }

    @Test
    void a_frozen_line_takes_no_new_expense() {
        given(adopted(), FROZEN).when(book(1, KONZEPT, "10.00"))
                .thenRejected(Kind.CONFLICT, "line-frozen", "lineCode");
    }

    @Test
    void an_invoice_for_an_order_placed_before_the_freeze_is_still_paid_from_its_commitment() {
        var when = given(adopted(), committed(1, KONZEPT, "1000.00"), FROZEN)
                .when(book(2, KONZEPT, "1000.00", "RE-2", id(1)));
        assertThat(((ExpenseBooked) when.events().get(0)).settledAmount()).isEqualTo(eur("1000.00"));
    }

    @Test
    void but_not_beyond_what_the_commitment_covers() {
        given(adopted(), committed(1, KONZEPT, "1000.00"), FROZEN).when(book(2, KONZEPT, "1000.01", "RE-2", id(1)))
                .thenRejected(Kind.CONFLICT, "line-frozen", "lineCode");
    }

    @Test
    void a_commitment_on_a_frozen_line_may_be_lowered_but_not_raised() {
        var given = given(adopted(), committed(1, KONZEPT, "1000.00"), FROZEN);
        given.when(new AdjustCommitment(YEAR, id(1), eur("1000.01"), "Nachtrag zum Vertrag", day(6, 1), null))
                .thenRejected(Kind.CONFLICT, "line-frozen", "lineCode");
        assertThat(given.when(new AdjustCommitment(YEAR, id(1), eur("900.00"), "Leistung reduziert", day(6, 1), null))
                .events()).hasSize(1);
    }

    @Test
    void a_line_is_frozen_only_once() {
        given(adopted(), FROZEN).when(new FreezeLine(YEAR, KONZEPT, FreezeAuthority.TREASURER, ORDER, null, day(5, 2)))
                .thenRejected(Kind.CONFLICT, "line-frozen", "lineCode");
    }

    @Test
    void after_release_the_line_takes_commitments_again() {
        var given = given(adopted(), FROZEN);
        ReleaseLine release = new ReleaseLine(YEAR, KONZEPT, "Aufhebung BM 2026/3", null, day(9, 1));
        given.when(release).then(new BudgetLineReleased(YEAR, KONZEPT, "Aufhebung BM 2026/3", null, day(9, 1)));
        given.accepted(release);
        assertThat(given.when(commit(1, KONZEPT, "10.00")).events()).hasSize(1);
    }

    @Test
    void only_a_frozen_line_can_be_released() {
        given(adopted()).when(new ReleaseLine(YEAR, KONZEPT, "Aufhebung", null, day(9, 1)))
                .thenRejected(Kind.CONFLICT, "line-not-frozen", "lineCode");
    }

    @Test
    void freezing_needs_an_existing_line_a_reference_and_a_date_in_the_year() {
        given(adopted()).when(new FreezeLine(YEAR, "SERVER", FreezeAuthority.TREASURER, ORDER, null, day(5, 1)))
                .thenRejected(Kind.NOT_FOUND, "line-not-found", "lineCode");
        given(adopted()).when(new FreezeLine(YEAR, KONZEPT, FreezeAuthority.TREASURER, "", null, day(5, 1)))
                .thenRejected(Kind.UNPROCESSABLE, "required", "reference");
        given(adopted()).when(new FreezeLine(YEAR, KONZEPT, FreezeAuthority.TREASURER,
                ORDER, null, java.time.LocalDate.of(2025, 12, 1)))
                .thenRejected(Kind.UNPROCESSABLE, "outside-fiscal-year", "frozenOn");
        given(adopted()).when(new FreezeLine(YEAR, "konzept", FreezeAuthority.TREASURER, ORDER, null, day(5, 1)))
                .thenRejected(Kind.UNPROCESSABLE, "invalid-line-code", "lineCode");
    }
}
