package de.souveraen.budget.appropriation;

import static de.souveraen.budget.testing.Budget2026.ANALYSE;
import static de.souveraen.budget.testing.Budget2026.YEAR;
import static de.souveraen.budget.testing.Budget2026.adopted;
import static de.souveraen.budget.testing.Budget2026.booked;
import static de.souveraen.budget.testing.Budget2026.committed;
import static de.souveraen.budget.testing.Budget2026.eur;
import static de.souveraen.budget.testing.Budget2026.id;
import static de.souveraen.budget.testing.BudgetSpec.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.budget.fiscalyear.BudgetCommand.CarryOverAppropriation;
import de.souveraen.budget.fiscalyear.BudgetCommand.ReceiveCarryOver;
import de.souveraen.budget.overview.LineOverview;
import de.souveraen.contracts.budget.AppropriationCarriedOver;
import de.souveraen.contracts.budget.BudgetAdopted;
import de.souveraen.contracts.budget.BudgetLine;
import de.souveraen.contracts.budget.BudgetLineAdded;
import de.souveraen.contracts.budget.CarryOverReceived;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Rejection.Kind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CarryOverTest {
    private static final String DECISION = "Übertragungsverfügung 2027/03";
    private static final LocalDate DECIDED_ON = LocalDate.of(2027, 2, 10);
    private static final BudgetAdopted ADOPTED_2027 = new BudgetAdopted(2027, "Digitale Souveränität 2027",
            "Ratsbeschluss 2026/140", LocalDate.of(2026, 12, 10),
            List.of(new BudgetLine("MIGRATION", "Migration Bürokommunikation", eur("20000.00"))), List.of());

    @Test
    void unused_authorisation_is_carried_into_the_next_year_and_lowers_this_year() {
        var when = given(adopted(), committed(1, ANALYSE, "1000.00"), booked(2, ANALYSE, "1200.00"))
                .when(carryOver(1, ANALYSE, "800.00"));
        when.then(new AppropriationCarriedOver(YEAR, id(1), ANALYSE, "Analyse der digitalen Abhängigkeiten", 2027,
                eur("800.00"), DECISION, "Analyse verzögert", DECIDED_ON, eur("2200.00")));
        LineOverview line = when.lineAfter(ANALYSE);
        assertThat(line.adjusted()).isEqualTo(eur("2200.00"));
        assertThat(line.available()).isEqualTo(eur("0.00"));
        assertThat(line.appropriated()).isEqualTo(eur("3000.00"));
    }

    @Test
    void only_what_is_unused_can_be_carried_over() {
        Rejection refused = given(adopted(), committed(1, ANALYSE, "1000.00"), booked(2, ANALYSE, "1200.00"))
                .when(carryOver(1, ANALYSE, "800.01")).thenRejected(Kind.CONFLICT, "insufficient-funds", "amount");
        assertThat(refused.extensions()).containsEntry("available", eur("800.00")).containsEntry("lineCode", ANALYSE);
    }

    @Test
    void the_decision_falls_in_the_year_or_the_year_after() {
        assertThat(given(adopted()).when(carryOverOn(LocalDate.of(2026, 12, 15))).events()).hasSize(1);
        given(adopted()).when(carryOverOn(LocalDate.of(2028, 1, 2)))
                .thenRejected(Kind.UNPROCESSABLE, "outside-fiscal-year", "decidedOn");
        given(adopted()).when(carryOverOn(LocalDate.of(2025, 12, 31)))
                .thenRejected(Kind.UNPROCESSABLE, "outside-fiscal-year", "decidedOn");
    }

    @Test
    void a_carry_over_id_is_used_once() {
        var given = given(adopted());
        given.accepted(carryOver(1, ANALYSE, "100.00"));
        given.when(carryOver(1, ANALYSE, "100.00")).thenRejected(Kind.CONFLICT, "carry-over-exists", "carryOverId");
    }

    @Test
    void an_unknown_line_cannot_be_carried_over() {
        given(adopted()).when(carryOver(1, "SERVER", "100.00"))
                .thenRejected(Kind.NOT_FOUND, "line-not-found", "lineCode");
    }

    @Test
    void the_reference_is_required() {
        given(adopted()).when(new CarryOverAppropriation(YEAR, id(1), ANALYSE, eur("1.00"), null, null, DECIDED_ON))
                .thenRejected(Kind.UNPROCESSABLE, "required", "reference");
    }

    @Test
    void the_next_year_receives_it_on_an_existing_line() {
        var when = given(ADOPTED_2027).when(receive(1, "MIGRATION", "800.00"));
        when.then(new CarryOverReceived(2027, id(1), 2026, "MIGRATION", eur("800.00"), DECISION, DECIDED_ON,
                eur("20800.00")));
        assertThat(when.lineAfter("MIGRATION").adjusted()).isEqualTo(eur("20800.00"));
        assertThat(when.lineAfter("MIGRATION").appropriated()).isEqualTo(eur("20000.00"));
    }

    @Test
    void the_next_year_adds_the_line_if_it_has_none() {
        var when = given(ADOPTED_2027).when(receive(1, ANALYSE, "800.00"));
        when.then(new BudgetLineAdded(2027, ANALYSE, "Analyse der digitalen Abhängigkeiten", DECIDED_ON),
                new CarryOverReceived(2027, id(1), 2026, ANALYSE, eur("800.00"), DECISION, DECIDED_ON,
                        eur("800.00")));
        assertThat(when.lineAfter(ANALYSE).available()).isEqualTo(eur("800.00"));
    }

    @Test
    void receiving_the_same_carry_over_again_changes_nothing_but_a_different_one_under_its_id_is_refused() {
        var given = given(ADOPTED_2027);
        given.accepted(receive(1, "MIGRATION", "800.00"));
        given.when(receive(1, "MIGRATION", "800.00")).thenNothing();
        given.when(receive(1, "MIGRATION", "900.00"))
                .thenRejected(Kind.CONFLICT, "carry-over-exists", "carryOverId");
    }

    @Test
    void only_the_previous_year_can_carry_over_into_a_year() {
        given(ADOPTED_2027).when(new ReceiveCarryOver(2027, id(1), 2025, ANALYSE, "Analyse", eur("1.00"), DECISION,
                DECIDED_ON)).thenRejected(Kind.UNPROCESSABLE, "not-previous-year", "fromFiscalYear");
    }

    @Test
    void the_receiving_year_books_it_within_itself() {
        given(ADOPTED_2027).when(new ReceiveCarryOver(2027, id(1), 2026, ANALYSE, "Analyse", eur("1.00"), DECISION,
                LocalDate.of(2026, 12, 31))).thenRejected(Kind.UNPROCESSABLE, "outside-fiscal-year", "effectiveOn");
    }

    private static CarryOverAppropriation carryOver(long id, String line, String amount) {
        return new CarryOverAppropriation(YEAR, id(id), line, eur(amount), DECISION, "Analyse verzögert", DECIDED_ON);
    }

    private static CarryOverAppropriation carryOverOn(LocalDate date) {
        return new CarryOverAppropriation(YEAR, id(1), ANALYSE, eur("1.00"), DECISION, null, date);
    }

    private static ReceiveCarryOver receive(long id, String line, String amount) {
        return new ReceiveCarryOver(2027, id(id), 2026, line, "Analyse der digitalen Abhängigkeiten", eur(amount),
                DECISION, DECIDED_ON);
    }
}
