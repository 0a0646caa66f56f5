package de.souveraen.budget.overview;

import static de.souveraen.budget.testing.Budget2026.ANALYSE;
import static de.souveraen.budget.testing.Budget2026.KONZEPT;
import static de.souveraen.budget.testing.Budget2026.SCHULUNG;
import static de.souveraen.budget.testing.Budget2026.YEAR;
import static de.souveraen.budget.testing.Budget2026.adopted;
import static de.souveraen.budget.testing.Budget2026.booked;
import static de.souveraen.budget.testing.Budget2026.bookedOverPlan;
import static de.souveraen.budget.testing.Budget2026.bookedSettling;
import static de.souveraen.budget.testing.Budget2026.committed;
import static de.souveraen.budget.testing.Budget2026.day;
import static de.souveraen.budget.testing.Budget2026.eur;
import static de.souveraen.budget.testing.Budget2026.id;
import static de.souveraen.budget.testing.BudgetSpec.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.budget.FreezeAuthority;
import de.souveraen.contracts.Json;
import de.souveraen.contracts.budget.AdjustmentKind;
import de.souveraen.contracts.budget.AppropriationAdjusted;
import de.souveraen.contracts.budget.BudgetLineFrozen;
import de.souveraen.contracts.budget.ExpenseReversed;
import org.junit.jupiter.api.Test;

class BudgetOverviewTest {

    private static BudgetOverview scenario() {
        return BudgetOverview.of(given(adopted(),
                new AppropriationAdjusted(YEAR, SCHULUNG, AdjustmentKind.SUPPLEMENTARY, eur("500.00"), "Nachtrag 1",
                        day(6, 1), null, eur("2500.00")),
                committed(1, ANALYSE, "2000.00"),
                bookedSettling(2, ANALYSE, "1200.00", 1, "1200.00"),
                booked(3, KONZEPT, "4000.00"),
                bookedOverPlan(4, KONZEPT, "250.00", "Üpl 2026/2", "250.00"),
                booked(5, SCHULUNG, "300.00"),
                new ExpenseReversed(YEAR, id(6), id(5), SCHULUNG, eur("300.00"), "RE-5", "doppelt", day(5, 1), null,
                        eur("0.00")),
                new BudgetLineFrozen(YEAR, "EMPFEHLUNG", FreezeAuthority.TREASURER,
                        "Sperre 1", null, day(7, 1))).state());
    }

    @Test
    void lines_show_appropriated_adjusted_open_committed_spent_and_available() {
        BudgetOverview overview = scenario();
        LineOverview analyse = overview.lines().get(0);
        assertThat(analyse).isEqualTo(new LineOverview(ANALYSE, "Analyse der digitalen Abhängigkeiten",
                eur("3000.00"), eur("3000.00"), eur("800.00"), eur("1200.00"), eur("1000.00"), eur("0.00"), eur("0.00"),
                false, null, null));
        LineOverview konzept = overview.lines().get(1);
        assertThat(konzept.adjusted()).isEqualTo(eur("4250.00"));
        assertThat(konzept.spent()).isEqualTo(eur("4250.00"));
        assertThat(konzept.overPlan()).isEqualTo(eur("250.00"));
        assertThat(konzept.available()).isEqualTo(eur("0.00"));
        LineOverview schulung = overview.lines().get(3);
        assertThat(schulung.adjusted()).isEqualTo(eur("2500.00"));
        assertThat(schulung.spent()).isEqualTo(eur("0.00"));
        assertThat(overview.lines().get(4).frozen()).isTrue();
    }

    @Test
    void totals_are_the_sums_of_the_lines() {
        BudgetOverview overview = scenario();
        assertThat(overview.fiscalYear()).isEqualTo(YEAR);
        assertThat(overview.appropriated()).isEqualTo(eur("15000.00"));
        assertThat(overview.adjusted()).isEqualTo(eur("15750.00"));
        assertThat(overview.committed()).isEqualTo(eur("800.00"));
        assertThat(overview.spent()).isEqualTo(eur("5450.00"));
        assertThat(overview.available()).isEqualTo(eur("9500.00"));
        assertThat(overview.overPlan()).isEqualTo(eur("250.00"));
    }

    @Test
    void serialises_with_the_field_names_of_the_public_api() {
        JsonNode json = Json.mapper().valueToTree(scenario());
        assertThat(json.fieldNames()).toIterable().contains("fiscalYear", "appropriated", "adjusted", "committed",
                "spent", "available", "lines");
        assertThat(json.get("lines").get(0).fieldNames()).toIterable().contains("code", "title", "appropriated",
                "adjusted", "committed", "spent", "available");
        assertThat(Json.text(json.get("available"))).isEqualTo("9500.00");
    }
}
