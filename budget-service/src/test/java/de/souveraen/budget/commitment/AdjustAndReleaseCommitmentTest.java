package de.souveraen.budget.commitment;

import static de.souveraen.budget.testing.Budget2026.ANALYSE;
import static de.souveraen.budget.testing.Budget2026.YEAR;
import static de.souveraen.budget.testing.Budget2026.adopted;
import static de.souveraen.budget.testing.Budget2026.bookedSettling;
import static de.souveraen.budget.testing.Budget2026.committed;
import static de.souveraen.budget.testing.Budget2026.day;
import static de.souveraen.budget.testing.Budget2026.eur;
import static de.souveraen.budget.testing.Budget2026.id;
import static de.souveraen.budget.testing.BudgetSpec.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.budget.fiscalyear.BudgetCommand.AdjustCommitment;
import de.souveraen.budget.fiscalyear.BudgetCommand.ReleaseCommitment;
import de.souveraen.budget.overview.LineOverview;
import de.souveraen.contracts.budget.CommitmentAdjusted;
import de.souveraen.contracts.budget.CommitmentReleased;
import de.souveraen.contracts.budget.OverPlan;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Rejection.Kind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AdjustAndReleaseCommitmentTest {
    private static final String REASON = "Vertragsnachtrag";

    @Test
    void lowering_a_commitment_frees_funds() {
        var when = given(adopted(), committed(1, ANALYSE, "2000.00")).when(adjust(1, "1500.00", null));
        when.then(new CommitmentAdjusted(YEAR, id(1), ANALYSE, eur("2000.00"), eur("1500.00"), eur("1500.00"), REASON,
                day(6, 1), null));
        assertThat(when.lineAfter(ANALYSE).available()).isEqualTo(eur("1500.00"));
    }

    @Test
    void raising_a_commitment_needs_available_funds_for_the_increase() {
        var given = given(adopted(), committed(1, ANALYSE, "2000.00"));
        assertThat(given.when(adjust(1, "3000.00", null)).lineAfter(ANALYSE).available()).isEqualTo(eur("0.00"));
        Rejection refused = given.when(adjust(1, "3000.01", null))
                .thenRejected(Kind.CONFLICT, "insufficient-funds", "amount");
        assertThat(refused.extensions()).containsEntry("available", eur("1000.00"))
                .containsEntry("requested", eur("1000.01")).containsEntry("lineCode", ANALYSE);
    }

    @Test
    void an_over_plan_approval_covers_an_increase_beyond_what_is_available() {
        CommitmentAdjusted event = (CommitmentAdjusted) given(adopted(), committed(1, ANALYSE, "2000.00"))
                .when(adjust(1, "3400.00", "Üpl 2026/4")).events().get(0);
        assertThat(event.overPlan()).isEqualTo(new OverPlan("Üpl 2026/4", eur("400.00")));
    }

    @Test
    void a_commitment_cannot_go_below_what_expenses_already_settled() {
        var given = given(adopted(), committed(1, ANALYSE, "2000.00"),
                bookedSettling(2, ANALYSE, "1200.00", 1, "1200.00"));
        Rejection refused = given.when(adjust(1, "1199.99", null))
                .thenRejected(Kind.UNPROCESSABLE, "below-settled", "amount");
        assertThat(refused.extensions()).containsEntry("settled", eur("1200.00"));
        CommitmentAdjusted event = (CommitmentAdjusted) given.when(adjust(1, "1200.00", null)).events().get(0);
        assertThat(event.openAmount()).isEqualTo(eur("0.00"));
    }

    @Test
    void the_same_amount_changes_nothing() {
        given(adopted(), committed(1, ANALYSE, "2000.00")).when(adjust(1, "2000", null)).thenNothing();
    }

    @Test
    void an_unknown_commitment_is_not_found() {
        given(adopted()).when(adjust(9, "10.00", null))
                .thenRejected(Kind.NOT_FOUND, "commitment-not-found", "commitmentId");
        given(adopted()).when(new ReleaseCommitment(YEAR, id(9), REASON, day(6, 1)))
                .thenRejected(Kind.NOT_FOUND, "commitment-not-found", "commitmentId");
    }

    @Test
    void adjusting_needs_a_reason_and_a_date_not_before_the_commitment() {
        given(adopted(), committed(1, ANALYSE, "2000.00"))
                .when(new AdjustCommitment(YEAR, id(1), eur("10.00"), "", day(6, 1), null))
                .thenRejected(Kind.UNPROCESSABLE, "required", "reason");
        given(adopted(), committed(1, ANALYSE, "2000.00"))
                .when(new AdjustCommitment(YEAR, id(1), eur("10.00"), REASON, day(3, 1), null))
                .thenRejected(Kind.UNPROCESSABLE, "too-early", "adjustedOn");
    }

    @Test
    void releasing_frees_the_open_part() {
        var when = given(adopted(), committed(1, ANALYSE, "2000.00"),
                bookedSettling(2, ANALYSE, "1200.00", 1, "1200.00"))
                .when(new ReleaseCommitment(YEAR, id(1), "Schlussrechnung erhalten", day(6, 1)));
        when.then(new CommitmentReleased(YEAR, id(1), ANALYSE, eur("800.00"), "Schlussrechnung erhalten", day(6, 1)));
        LineOverview line = when.lineAfter(ANALYSE);
        assertThat(line.committed()).isEqualTo(eur("0.00"));
        assertThat(line.spent()).isEqualTo(eur("1200.00"));
        assertThat(line.available()).isEqualTo(eur("1800.00"));
        Commitment commitment = when.stateAfter().commitment(id(1)).orElseThrow();
        assertThat(commitment.released()).isTrue();
        assertThat(commitment.open()).isEqualTo(eur("0.00"));
        assertThat(commitment.settled()).isEqualTo(eur("1200.00"));
    }

    @Test
    void a_fully_settled_commitment_can_be_closed_freeing_nothing() {
        given(adopted(), committed(1, ANALYSE, "2000.00"), bookedSettling(2, ANALYSE, "2000.00", 1, "2000.00"))
                .when(new ReleaseCommitment(YEAR, id(1), "erledigt", day(6, 1)))
                .then(new CommitmentReleased(YEAR, id(1), ANALYSE, eur("0.00"), "erledigt", day(6, 1)));
    }

    @Test
    void a_released_commitment_can_be_neither_released_nor_adjusted_again() {
        var given = given(adopted(), committed(1, ANALYSE, "2000.00"),
                new CommitmentReleased(YEAR, id(1), ANALYSE, eur("2000.00"), "storniert", day(5, 1)));
        given.when(new ReleaseCommitment(YEAR, id(1), REASON, day(6, 1)))
                .thenRejected(Kind.CONFLICT, "commitment-released", "commitmentId");
        given.when(adjust(1, "100.00", null)).thenRejected(Kind.CONFLICT, "commitment-released", "commitmentId");
    }

    @Test
    void the_release_date_lies_in_the_year_and_not_before_the_commitment() {
        var given = given(adopted(), committed(1, ANALYSE, "2000.00"));
        given.when(new ReleaseCommitment(YEAR, id(1), REASON, LocalDate.of(2027, 1, 5)))
                .thenRejected(Kind.UNPROCESSABLE, "outside-fiscal-year", "releasedOn");
        given.when(new ReleaseCommitment(YEAR, id(1), REASON, day(3, 1)))
                .thenRejected(Kind.UNPROCESSABLE, "too-early", "releasedOn");
    }

    private static AdjustCommitment adjust(long id, String amount, String approval) {
        return new AdjustCommitment(YEAR, id(id), eur(amount), REASON, day(6, 1), approval);
    }
}
