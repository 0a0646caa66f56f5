package de.souveraen.budget.appropriation;

import static de.souveraen.budget.testing.Budget2026.ANALYSE;
import static de.souveraen.budget.testing.Budget2026.SCHULUNG;
import static de.souveraen.budget.testing.Budget2026.YEAR;
import static de.souveraen.budget.testing.Budget2026.adopted;
import static de.souveraen.budget.testing.Budget2026.committed;
import static de.souveraen.budget.testing.Budget2026.day;
import static de.souveraen.budget.testing.Budget2026.eur;
import static de.souveraen.budget.testing.BudgetSpec.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.budget.fiscalyear.BudgetCommand.AdjustAppropriation;
import de.souveraen.budget.overview.BudgetOverview;
import de.souveraen.budget.overview.LineOverview;
import de.souveraen.contracts.budget.AdjustmentKind;
import de.souveraen.contracts.budget.AppropriationAdjusted;
import de.souveraen.contracts.budget.BudgetLineAdded;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Rejection.Kind;
import org.junit.jupiter.api.Test;

class AdjustAppropriationTest {
    private static final String NACHTRAG = "Nachtragshaushaltssatzung 2026, Ratsbeschluss 2026/088";
    private static final String APPROVAL = "Kämmerer-Verfügung 2026/12";

    @Test
    void a_supplementary_budget_raises_the_adjusted_appropriation_but_not_the_appropriation() {
        var when = given(adopted()).when(adjust(SCHULUNG, AdjustmentKind.SUPPLEMENTARY, "1500", NACHTRAG));
        when.then(new AppropriationAdjusted(YEAR, SCHULUNG, AdjustmentKind.SUPPLEMENTARY, eur("1500.00"), NACHTRAG,
                day(6, 20), "Mehr Schulungsbedarf", eur("3500.00")));
        LineOverview line = when.lineAfter(SCHULUNG);
        assertThat(line.appropriated()).isEqualTo(eur("2000.00"));
        assertThat(line.adjusted()).isEqualTo(eur("3500.00"));
        assertThat(line.available()).isEqualTo(eur("3500.00"));
        assertThat(line.overPlan()).isEqualTo(eur("0.00"));
    }

    @Test
    void a_supplementary_budget_may_lower_a_line_down_to_what_is_committed_and_spent() {
        var given = given(adopted(), committed(1, ANALYSE, "2000.00"));
        assertThat(given.when(adjust(ANALYSE, AdjustmentKind.SUPPLEMENTARY, "-1000.00", NACHTRAG))
                .lineAfter(ANALYSE).available()).isEqualTo(eur("0.00"));
        Rejection refused = given.when(adjust(ANALYSE, AdjustmentKind.SUPPLEMENTARY, "-1000.01", NACHTRAG))
                .thenRejected(Kind.CONFLICT, "insufficient-funds", "amount");
        assertThat(refused.extensions()).containsEntry("lineCode", ANALYSE).containsEntry("available", eur("1000.00"));
    }

    @Test
    void an_over_plan_amount_raises_the_line_and_is_counted_separately() {
        BudgetOverview overview = given(adopted())
                .when(adjust(ANALYSE, AdjustmentKind.OVER_PLAN, "800.00", APPROVAL)).overviewAfter();
        assertThat(overview.lines().get(0).adjusted()).isEqualTo(eur("3800.00"));
        assertThat(overview.lines().get(0).overPlan()).isEqualTo(eur("800.00"));
        assertThat(overview.overPlan()).isEqualTo(eur("800.00"));
        assertThat(overview.adjusted()).isEqualTo(eur("15800.00"));
        assertThat(overview.appropriated()).isEqualTo(eur("15000.00"));
    }

    @Test
    void over_plan_and_unplanned_amounts_cannot_be_negative() {
        given(adopted()).when(adjust(ANALYSE, AdjustmentKind.OVER_PLAN, "-100.00", APPROVAL))
                .thenRejected(Kind.UNPROCESSABLE, "not-positive", "amount");
        given(adopted()).when(adjust("NEU", AdjustmentKind.UNPLANNED, "-100.00", APPROVAL))
                .thenRejected(Kind.UNPROCESSABLE, "not-positive", "amount");
    }

    @Test
    void a_supplementary_change_of_zero_is_refused() {
        given(adopted()).when(adjust(ANALYSE, AdjustmentKind.SUPPLEMENTARY, "0.00", NACHTRAG))
                .thenRejected(Kind.UNPROCESSABLE, "zero", "amount");
    }

    @Test
    void over_plan_needs_an_existing_line() {
        Rejection refused = given(adopted()).when(adjust("SERVER", AdjustmentKind.OVER_PLAN, "100.00", APPROVAL))
                .thenRejected(Kind.NOT_FOUND, "line-not-found", "lineCode");
        assertThat(refused.extensions()).containsEntry("lineCode", "SERVER");
    }

    @Test
    void an_unplanned_amount_for_a_new_purpose_adds_the_line() {
        AdjustAppropriation command = new AdjustAppropriation(YEAR, "SICHERHEIT", AdjustmentKind.UNPLANNED,
                eur("1200.00"), APPROVAL, day(7, 1), "Sicherheitsaudit nach Vorfall", "Sicherheitsaudit");
        var when = given(adopted()).when(command);
        when.then(new BudgetLineAdded(YEAR, "SICHERHEIT", "Sicherheitsaudit", day(7, 1)),
                new AppropriationAdjusted(YEAR, "SICHERHEIT", AdjustmentKind.UNPLANNED, eur("1200.00"), APPROVAL,
                        day(7, 1), "Sicherheitsaudit nach Vorfall", eur("1200.00")));
        LineOverview line = when.lineAfter("SICHERHEIT");
        assertThat(line.appropriated()).isEqualTo(eur("0.00"));
        assertThat(line.adjusted()).isEqualTo(eur("1200.00"));
        assertThat(line.overPlan()).isEqualTo(eur("1200.00"));
        assertThat(line.available()).isEqualTo(eur("1200.00"));
    }

    @Test
    void a_new_line_needs_a_title() {
        given(adopted()).when(adjust("SICHERHEIT", AdjustmentKind.SUPPLEMENTARY, "100.00", NACHTRAG))
                .thenRejected(Kind.UNPROCESSABLE, "required", "lineTitle");
    }

    @Test
    void unplanned_is_refused_for_a_line_that_has_an_appropriation() {
        given(adopted()).when(adjust(ANALYSE, AdjustmentKind.UNPLANNED, "100.00", APPROVAL))
                .thenRejected(Kind.UNPROCESSABLE, "planned-line", "kind");
    }

    @Test
    void the_approval_reference_kind_and_date_are_required() {
        given(adopted()).when(adjust(ANALYSE, AdjustmentKind.OVER_PLAN, "100.00", " "))
                .thenRejected(Kind.UNPROCESSABLE, "required", "approvalReference");
        given(adopted()).when(adjust(ANALYSE, null, "100.00", APPROVAL))
                .thenRejected(Kind.UNPROCESSABLE, "required", "kind");
        given(adopted()).when(new AdjustAppropriation(YEAR, ANALYSE, AdjustmentKind.OVER_PLAN, eur("1.00"), APPROVAL,
                        java.time.LocalDate.of(2027, 1, 2), null, null))
                .thenRejected(Kind.UNPROCESSABLE, "outside-fiscal-year", "approvedOn");
    }

    private static AdjustAppropriation adjust(String line, AdjustmentKind kind, String amount, String approval) {
        return new AdjustAppropriation(YEAR, line, kind, eur(amount), approval, day(6, 20), "Mehr Schulungsbedarf",
                null);
    }
}
