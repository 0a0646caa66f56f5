package de.souveraen.budget.appropriation;

import static de.souveraen.budget.testing.Budget2026.ANALYSE;
import static de.souveraen.budget.testing.Budget2026.KONZEPT;
import static de.souveraen.budget.testing.Budget2026.YEAR;
import static de.souveraen.budget.testing.Budget2026.adopted;
import static de.souveraen.budget.testing.Budget2026.bookedSettling;
import static de.souveraen.budget.testing.Budget2026.committed;
import static de.souveraen.budget.testing.Budget2026.day;
import static de.souveraen.budget.testing.Budget2026.eur;
import static de.souveraen.budget.testing.Budget2026.id;
import static de.souveraen.budget.testing.BudgetSpec.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.budget.fiscalyear.BudgetCommand.BookExpense;
import de.souveraen.budget.fiscalyear.BudgetCommand.CarryOverAppropriation;
import de.souveraen.budget.fiscalyear.BudgetCommand.ReceiveCarryOver;
import de.souveraen.budget.overview.BudgetOverview;
import de.souveraen.budget.overview.LineOverview;
import de.souveraen.contracts.budget.AppropriationCarriedOver;
import de.souveraen.contracts.budget.BudgetAdopted;
import de.souveraen.contracts.budget.BudgetLine;
import de.souveraen.contracts.budget.CarriedCommitment;
import de.souveraen.contracts.budget.CarryOverReceived;
import de.souveraen.contracts.budget.CommitmentsCarriedOver;
import de.souveraen.contracts.budget.CommitmentsReceived;
import de.souveraen.contracts.budget.FiscalYearEvent;
import de.souveraen.eventstore.domain.Rejection.Kind;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** § 22 KomHVO NRW: orders already placed are carried over with their open commitments. */
class CarryOverCommitmentsTest {
    private static final String DECISION = "Übertragungsverfügung 2027/03";
    private static final LocalDate DECIDED_ON = LocalDate.of(2027, 1, 15);
    private static final String VENDOR = "KDN Dachverband kommunaler IT-Dienstleister";
    private static final BudgetAdopted ADOPTED_2027 = new BudgetAdopted(2027, "Digitale Souveränität 2027",
            "Ratsbeschluss 2026/140", LocalDate.of(2026, 12, 10),
            List.of(new BudgetLine(ANALYSE, "Analyse der digitalen Abhängigkeiten", eur("5000.00"))), List.of());

    /** ANALYSE 3000.00: commitment 1 of 1000.00 (400.00 settled → 600.00 open), commitment 2 of 500.00 open. */
    private static List<FiscalYearEvent> year2026() {
        return List.of(adopted(), committed(1, ANALYSE, "1000.00"), committed(2, ANALYSE, "500.00"),
                bookedSettling(3, ANALYSE, "400.00", 1, "400.00"));
    }

    @Test
    void open_commitments_move_with_the_money_and_release_this_years_line() {
        var when = given(year2026()).when(carryOver("1100.00", id(1), id(2)));
        List<CarriedCommitment> carried = List.of(carried(1, "600.00"), carried(2, "500.00"));
        when.then(new CommitmentsCarriedOver(YEAR, id(9), 2027, ANALYSE, carried, DECIDED_ON),
                new AppropriationCarriedOver(YEAR, id(9), ANALYSE, "Analyse der digitalen Abhängigkeiten", 2027,
                        eur("1100.00"), DECISION, "Aufträge laufen weiter", DECIDED_ON, eur("1900.00")));
        LineOverview line = when.lineAfter(ANALYSE);
        assertThat(line.committed()).isEqualTo(eur("0.00"));
        assertThat(line.adjusted()).isEqualTo(eur("1900.00"));
        assertThat(line.spent()).isEqualTo(eur("400.00"));
        assertThat(line.available()).as("what was available stays available").isEqualTo(eur("1500.00"));
        assertThat(when.stateAfter().commitment(id(1)).orElseThrow().carriedTo()).isEqualTo(2027);
    }

    @Test
    void the_next_year_shows_them_committed_and_nothing_is_counted_twice() {
        List<CarriedCommitment> carried = List.of(carried(1, "600.00"), carried(2, "500.00"));
        var when = given(ADOPTED_2027).when(new ReceiveCarryOver(2027, id(9), 2026, ANALYSE,
                "Analyse der digitalen Abhängigkeiten", eur("1100.00"), DECISION, DECIDED_ON, carried, null, null));
        when.then(new CarryOverReceived(2027, id(9), 2026, ANALYSE, eur("1100.00"), DECISION, DECIDED_ON,
                eur("6100.00")), new CommitmentsReceived(2027, id(9), 2026, ANALYSE, carried, DECIDED_ON));
        LineOverview next = when.lineAfter(ANALYSE);
        assertThat(next.adjusted()).isEqualTo(eur("6100.00"));
        assertThat(next.committed()).isEqualTo(eur("1100.00"));
        assertThat(next.available()).as("the carried money is bound, not free").isEqualTo(eur("5000.00"));

        BudgetOverview giving = given(year2026()).when(carryOver("1100.00", id(1), id(2))).overviewAfter();
        assertThat(giving.committed().add(next.committed())).as("committed across both years = before")
                .isEqualTo(eur("1100.00"));
        assertThat(giving.adjusted()).as("the old year gives what the new one receives")
                .isEqualTo(eur("15000.00").subtract(eur("1100.00")));
    }

    @Test
    void an_expense_in_the_next_year_settles_the_carried_commitment() {
        List<CarriedCommitment> carried = List.of(carried(1, "600.00"));
        var given = given(ADOPTED_2027);
        given.accepted(new ReceiveCarryOver(2027, id(9), 2026, ANALYSE, "Analyse", eur("600.00"), DECISION,
                DECIDED_ON, carried, null, null));
        var when = given.when(new BookExpense(2027, id(20), ANALYSE, eur("600.00"), LocalDate.of(2027, 3, 1), VENDOR,
                null, "RE-2027-1", id(1), null));
        LineOverview line = when.lineAfter(ANALYSE);
        assertThat(line.committed()).isEqualTo(eur("0.00"));
        assertThat(line.spent()).isEqualTo(eur("600.00"));
        assertThat(line.available()).isEqualTo(eur("5000.00"));
    }

    @Test
    void more_than_the_open_commitments_needs_available_funds() {
        // available after commitments and expense: 3000 − 1100 − 400 = 1500.00 → at most 1100 + 1500 = 2600.00
        assertThat(given(year2026()).when(carryOver("2600.00", id(1), id(2))).events()).hasSize(2);
        var refused = given(year2026()).when(carryOver("2600.01", id(1), id(2)))
                .thenRejected(Kind.CONFLICT, "insufficient-funds", "amount");
        assertThat(refused.extensions()).containsEntry("committed", eur("1100.00"));
    }

    @Test
    void less_than_the_open_commitments_is_refused() {
        given(year2026()).when(carryOver("1099.99", id(1), id(2)))
                .thenRejected(Kind.UNPROCESSABLE, "below-commitments", "amount");
    }

    @Test
    void refused_when_the_next_years_budget_does_not_exist() {
        given(year2026()).when(new CarryOverAppropriation(YEAR, id(9), ANALYSE, eur("600.00"), DECISION, null,
                DECIDED_ON, List.of(id(1)), false))
                .thenRejected(Kind.CONFLICT, "next-budget-not-adopted", "commitmentIds");
    }

    @Test
    void only_open_commitments_of_the_line_move_and_each_once() {
        var given = given(year2026()).and(committed(4, KONZEPT, "100.00"));
        given.when(carryOver("700.00", id(4))).thenRejected(Kind.UNPROCESSABLE, "commitment-line-mismatch",
                "commitmentIds[0]");
        given.when(carryOver("700.00", id(1), id(1))).thenRejected(Kind.UNPROCESSABLE, "duplicate-commitment",
                "commitmentIds[1]");
        given.when(carryOver("700.00", id(77))).thenRejected(Kind.UNPROCESSABLE, "unknown-commitment",
                "commitmentIds[0]");
        given.accepted(carryOver("600.00", id(1)));
        given.when(new CarryOverAppropriation(YEAR, id(10), ANALYSE, eur("600.00"), DECISION, null, DECIDED_ON,
                List.of(id(1)), true)).thenRejected(Kind.CONFLICT, "commitment-carried-over", "commitmentIds[0]");
    }

    @Test
    void a_carried_over_commitment_takes_no_more_expenses_in_the_old_year() {
        var given = given(year2026());
        given.accepted(carryOver("600.00", id(1)));
        given.when(new BookExpense(YEAR, id(30), ANALYSE, eur("10.00"), day(12, 1), VENDOR, null, "RE-99", id(1),
                null)).thenRejected(Kind.CONFLICT, "commitment-carried-over", "commitmentId");
    }

    private static CarryOverAppropriation carryOver(String amount, UUID... commitments) {
        return new CarryOverAppropriation(YEAR, id(9), ANALYSE, eur(amount), DECISION, "Aufträge laufen weiter",
                DECIDED_ON, List.of(commitments), true);
    }

    private static CarriedCommitment carried(long id, String open) {
        return new CarriedCommitment(id(id), VENDOR, "Bestellung 2026-" + id, "Auftrag " + id, day(3, 2), eur(open));
    }
}
