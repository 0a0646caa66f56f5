package de.souveraen.budget.appropriation;

import static de.souveraen.budget.testing.Budget2026.ANALYSE;
import static de.souveraen.budget.testing.Budget2026.EMPFEHLUNG;
import static de.souveraen.budget.testing.Budget2026.KONZEPT;
import static de.souveraen.budget.testing.Budget2026.PROTOTYPEN;
import static de.souveraen.budget.testing.Budget2026.SCHULUNG;
import static de.souveraen.budget.testing.Budget2026.YEAR;
import static de.souveraen.budget.testing.Budget2026.adopted;
import static de.souveraen.budget.testing.Budget2026.booked;
import static de.souveraen.budget.testing.Budget2026.committed;
import static de.souveraen.budget.testing.Budget2026.day;
import static de.souveraen.budget.testing.Budget2026.eur;
import static de.souveraen.budget.testing.Budget2026.id;
import static de.souveraen.budget.testing.BudgetSpec.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.budget.FreezeAuthority;
import de.souveraen.budget.fiscalyear.BudgetCommand.DeclareCoverage;
import de.souveraen.budget.fiscalyear.BudgetCommand.TransferFunds;
import de.souveraen.budget.overview.BudgetOverview;
import de.souveraen.contracts.budget.BudgetLineFrozen;
import de.souveraen.contracts.budget.CoverageDeclared;
import de.souveraen.contracts.budget.FundsTransferred;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Rejection.Kind;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {
    private static final String VERMERK = "Haushaltsvermerk Deckungsfähigkeit 2026/1";
    private static final String ORDER = "Umschichtungsverfügung 2026/4";
    /** KONZEPT and SCHULUNG cover each other. */
    private static final CoverageDeclared MUTUAL = new CoverageDeclared(YEAR, id(1), List.of(KONZEPT, SCHULUNG),
            true, VERMERK, day(2, 1));
    /** PROTOTYPEN may be reinforced from ANALYSE and EMPFEHLUNG, not the other way round. */
    private static final CoverageDeclared ONE_SIDED = new CoverageDeclared(YEAR, id(2),
            List.of(PROTOTYPEN, ANALYSE, EMPFEHLUNG), false, VERMERK, day(2, 1));

    private static DeclareCoverage declare(long id, Boolean mutual, String... lines) {
        return new DeclareCoverage(YEAR, id(id), lines == null ? null : Arrays.asList(lines), mutual, VERMERK,
                day(2, 1));
    }

    private static TransferFunds transfer(long id, String from, String to, String amount) {
        return new TransferFunds(YEAR, id(id), from, to, eur(amount), ORDER, day(6, 1), "Mehrbedarf Workshops");
    }

    private static FundsTransferred transferred(long id, long coverage, String from, String to, String amount,
            String fromAfter, String toAfter) {
        return new FundsTransferred(YEAR, id(id), id(coverage), from, to, eur(amount), ORDER, "Mehrbedarf Workshops",
                day(6, 1), eur(fromAfter), eur(toAfter));
    }

    @Test
    void a_coverage_is_declared_for_two_or_more_lines_of_the_year() {
        given(adopted()).when(declare(1, true, KONZEPT, SCHULUNG)).then(MUTUAL);
        given(adopted()).when(declare(2, false, PROTOTYPEN, ANALYSE, EMPFEHLUNG)).then(ONE_SIDED);
    }

    @Test
    void a_declaration_changes_no_amount() {
        BudgetOverview after = given(adopted()).when(declare(1, true, KONZEPT, SCHULUNG)).overviewAfter();
        assertThat(after.adjusted()).isEqualTo(eur("15000.00"));
        assertThat(after.available()).isEqualTo(eur("15000.00"));
    }

    @Test
    void a_declaration_needs_at_least_two_different_known_lines_a_direction_a_reference_and_a_date() {
        var given = given(adopted());
        given.when(declare(1, true, KONZEPT)).thenRejected(Kind.UNPROCESSABLE, "too-few-lines", "lineCodes");
        given.when(declare(1, true, (String[]) null)).thenRejected(Kind.UNPROCESSABLE, "required", "lineCodes");
        given.when(declare(1, true, KONZEPT, "SERVER")).thenRejected(Kind.UNPROCESSABLE, "unknown-line", "lineCodes[1]");
        given.when(declare(1, true, KONZEPT, "konzept")).thenRejected(Kind.UNPROCESSABLE, "invalid-line-code",
                "lineCodes[1]");
        given.when(declare(1, true, KONZEPT, SCHULUNG, KONZEPT)).thenRejected(Kind.UNPROCESSABLE, "duplicate-line",
                "lineCodes[2]");
        given.when(declare(1, null, KONZEPT, SCHULUNG)).thenRejected(Kind.UNPROCESSABLE, "required", "mutual");
        given.when(new DeclareCoverage(YEAR, id(1), List.of(KONZEPT, SCHULUNG), true, " ", day(2, 1)))
                .thenRejected(Kind.UNPROCESSABLE, "required", "reference");
        given.when(new DeclareCoverage(YEAR, id(1), List.of(KONZEPT, SCHULUNG), true, VERMERK,
                LocalDate.of(2027, 1, 2))).thenRejected(Kind.UNPROCESSABLE, "outside-fiscal-year", "declaredOn");
        given(adopted(), MUTUAL).when(declare(1, true, ANALYSE, SCHULUNG))
                .thenRejected(Kind.CONFLICT, "coverage-exists", "coverageId");
    }

    @Test
    void without_a_coverage_funds_cannot_be_moved() {
        given(adopted()).when(transfer(10, KONZEPT, SCHULUNG, "100.00"))
                .thenRejected(Kind.UNPROCESSABLE, "no-coverage", "fromLine");
        given(adopted(), MUTUAL).when(transfer(10, KONZEPT, ANALYSE, "100.00"))
                .thenRejected(Kind.UNPROCESSABLE, "no-coverage", "fromLine");
    }

    @Test
    void mutual_coverage_moves_funds_both_ways_and_keeps_the_total() {
        var given = given(adopted(), MUTUAL);
        var when = given.when(transfer(10, KONZEPT, SCHULUNG, "500.00"));
        when.then(transferred(10, 1, KONZEPT, SCHULUNG, "500.00", "3500.00", "2500.00"));
        assertThat(when.lineAfter(KONZEPT).adjusted()).isEqualTo(eur("3500.00"));
        assertThat(when.lineAfter(KONZEPT).available()).isEqualTo(eur("3500.00"));
        assertThat(when.lineAfter(KONZEPT).appropriated()).isEqualTo(eur("4000.00"));
        assertThat(when.lineAfter(SCHULUNG).adjusted()).isEqualTo(eur("2500.00"));
        assertThat(when.lineAfter(SCHULUNG).available()).isEqualTo(eur("2500.00"));
        assertThat(when.lineAfter(SCHULUNG).overPlan()).isEqualTo(eur("0.00"));
        assertThat(when.lineAfter(SCHULUNG).transferred()).isEqualTo(eur("500.00"));
        assertThat(when.lineAfter(KONZEPT).transferred()).isEqualTo(eur("-500.00"));
        assertThat(when.overviewAfter().adjusted()).isEqualTo(eur("15000.00"));
        assertThat(when.overviewAfter().available()).isEqualTo(eur("15000.00"));
        assertThat(when.overviewAfter().appropriated()).isEqualTo(eur("15000.00"));

        given.accepted(transfer(10, KONZEPT, SCHULUNG, "500.00"));
        given.when(transfer(11, SCHULUNG, KONZEPT, "2500.00"))
                .then(transferred(11, 1, SCHULUNG, KONZEPT, "2500.00", "0.00", "6000.00"));
    }

    @Test
    void one_sided_coverage_only_reinforces_the_first_line() {
        var given = given(adopted(), ONE_SIDED);
        given.when(transfer(10, ANALYSE, PROTOTYPEN, "1000.00"))
                .then(transferred(10, 2, ANALYSE, PROTOTYPEN, "1000.00", "2000.00", "5500.00"));
        given.when(transfer(10, EMPFEHLUNG, PROTOTYPEN, "1500.00"))
                .then(transferred(10, 2, EMPFEHLUNG, PROTOTYPEN, "1500.00", "0.00", "6000.00"));
        Rejection back = given.when(transfer(10, PROTOTYPEN, ANALYSE, "100.00"))
                .thenRejected(Kind.UNPROCESSABLE, "coverage-one-sided", "toLine");
        assertThat(back.messageDe()).contains(PROTOTYPEN);
        given.when(transfer(10, ANALYSE, EMPFEHLUNG, "100.00"))
                .thenRejected(Kind.UNPROCESSABLE, "coverage-one-sided", "toLine");
    }

    @Test
    void no_more_than_the_giving_line_has_available_is_a_conflict() {
        var given = given(adopted(), MUTUAL, committed(1, KONZEPT, "1500.00"), booked(2, KONZEPT, "1000.00"));
        given.when(transfer(10, KONZEPT, SCHULUNG, "1500.00"))
                .then(transferred(10, 1, KONZEPT, SCHULUNG, "1500.00", "2500.00", "3500.00"));
        Rejection refused = given.when(transfer(10, KONZEPT, SCHULUNG, "1500.01"))
                .thenRejected(Kind.CONFLICT, "insufficient-funds", "amount");
        assertThat(refused.extensions()).containsEntry("lineCode", KONZEPT)
                .containsEntry("available", eur("1500.00")).containsEntry("requested", eur("1500.01"));
    }

    @Test
    void a_frozen_line_neither_gives_nor_receives() {
        BudgetLineFrozen konzeptFrozen = new BudgetLineFrozen(YEAR, KONZEPT, FreezeAuthority.TREASURER,
                "Sperre 2026/2", null, day(3, 1));
        BudgetLineFrozen schulungFrozen = new BudgetLineFrozen(YEAR, SCHULUNG, FreezeAuthority.TREASURER,
                "Sperre 2026/3", null, day(3, 1));
        Rejection giving = given(adopted(), MUTUAL, konzeptFrozen).when(transfer(10, KONZEPT, SCHULUNG, "10.00"))
                .thenRejected(Kind.CONFLICT, "line-frozen", "fromLine");
        assertThat(giving.extensions()).containsEntry("lineCode", KONZEPT);
        given(adopted(), MUTUAL, schulungFrozen).when(transfer(10, KONZEPT, SCHULUNG, "10.00"))
                .thenRejected(Kind.CONFLICT, "line-frozen", "toLine");
    }

    @Test
    void a_transfer_needs_two_different_known_lines_a_positive_amount_a_reference_and_a_date_in_the_year() {
        var given = given(adopted(), MUTUAL);
        given.when(transfer(10, "SERVER", SCHULUNG, "10.00"))
                .thenRejected(Kind.UNPROCESSABLE, "unknown-line", "fromLine");
        given.when(transfer(10, KONZEPT, null, "10.00")).thenRejected(Kind.UNPROCESSABLE, "required", "toLine");
        given.when(transfer(10, KONZEPT, KONZEPT, "10.00")).thenRejected(Kind.UNPROCESSABLE, "same-line", "toLine");
        given.when(transfer(10, KONZEPT, SCHULUNG, "0.00")).thenRejected(Kind.UNPROCESSABLE, "not-positive", "amount");
        given.when(transfer(10, KONZEPT, SCHULUNG, "-5.00"))
                .thenRejected(Kind.UNPROCESSABLE, "not-positive", "amount");
        given.when(transfer(10, KONZEPT, SCHULUNG, "1.005"))
                .thenRejected(Kind.BAD_REQUEST, "too-many-decimals", "amount");
        given.when(new TransferFunds(YEAR, id(10), KONZEPT, SCHULUNG, eur("10.00"), "", day(6, 1), null))
                .thenRejected(Kind.UNPROCESSABLE, "required", "reference");
        given.when(new TransferFunds(YEAR, id(10), KONZEPT, SCHULUNG, eur("10.00"), ORDER, LocalDate.of(2025, 12, 31),
                null)).thenRejected(Kind.UNPROCESSABLE, "outside-fiscal-year", "transferredOn");
        given.when(new TransferFunds(YEAR, null, KONZEPT, SCHULUNG, eur("10.00"), ORDER, day(6, 1), null))
                .thenRejected(Kind.BAD_REQUEST, "required", "transferId");
    }

    @Test
    void a_reason_is_optional() {
        given(adopted(), MUTUAL).when(new TransferFunds(YEAR, id(10), KONZEPT, SCHULUNG, eur("10.00"), ORDER,
                day(6, 1), "  ")).then(new FundsTransferred(YEAR, id(10), id(1), KONZEPT, SCHULUNG, eur("10.00"),
                ORDER, null, day(6, 1), eur("3990.00"), eur("2010.00")));
    }
}
