package de.souveraen.inventory.alternative;

import static de.souveraen.inventory.testing.Fixtures.ALTERNATIVE;
import static de.souveraen.inventory.testing.Fixtures.COUNTRIES;
import static de.souveraen.inventory.testing.Fixtures.M365;
import static de.souveraen.inventory.testing.Fixtures.TODAY;
import static de.souveraen.inventory.testing.Fixtures.m365;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.inventory.AlternativeCosted;
import de.souveraen.contracts.inventory.AlternativeProposed;
import de.souveraen.contracts.inventory.DependencyEvent;
import de.souveraen.contracts.inventory.DependencyRegistered;
import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.contracts.inventory.MigrationStatusChanged;
import de.souveraen.eventstore.domain.DeciderSpec;
import de.souveraen.eventstore.domain.Rejection.Kind;
import de.souveraen.inventory.dependency.DependencyCommand;
import de.souveraen.inventory.dependency.DependencyCommand.CostAlternative;
import de.souveraen.inventory.dependency.DependencyState;
import de.souveraen.inventory.dependency.DependencyView;
import de.souveraen.inventory.migration.RoadmapWindow;
import de.souveraen.inventory.testing.Fixtures;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The economics of an alternative over the concept's years: "wirtschaftlich tragfähig" (issue 21). */
class AlternativeCostingTest {
    private final DeciderSpec<DependencyCommand, DependencyState, DependencyEvent> spec = DeciderSpec.of(Fixtures.decider())
            .given(new DependencyRegistered(M365, m365(), COUNTRIES.flags("IE")),
                    new AlternativeProposed(M365, ALTERNATIVE, "openDesk", "opendesk", null));

    private static CostAlternative costing(String migration, String yearly, String days, String training) {
        return new CostAlternative(M365, ALTERNATIVE, money(migration), money(yearly),
                days == null ? null : new BigDecimal(days), money(training), "Angebot Dataport", TODAY, 3);
    }

    private static BigDecimal money(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    @Test
    void savings_are_the_current_cost_over_the_years_minus_one_off_yearly_and_training() {
        // 38.400 € × 3 − (25.000 + 9.600 × 3 + 6.000) = 115.200 − 59.800 = 55.400 €
        spec.when(costing("25000", "9600", "40", "6000")).then(new AlternativeCosted(M365, ALTERNATIVE,
                new BigDecimal("25000.00"), new BigDecimal("9600.00"), new BigDecimal("40.0"),
                new BigDecimal("6000.00"), 3, new BigDecimal("38400.00"), new BigDecimal("55400.00"),
                "Angebot Dataport", TODAY));
    }

    @Test
    void an_alternative_costing_more_over_the_years_is_not_viable() {
        AlternativeCosted event = spec.when(costing("90000", "20000", null, "10000")).event(AlternativeCosted.class);
        // 115.200 − (90.000 + 60.000 + 10.000) = −44.800 €
        assertThat(event.savings()).isEqualByComparingTo("-44800.00");
        assertThat(event.viable()).isFalse();
        assertThat(event.trainingDays()).isNull();
    }

    @Test
    void break_even_counts_as_viable() {
        // 115.200 − (0 + 38.400 × 3 + 0) = 0
        AlternativeCosted event = spec.when(costing("0", "38400", "0", "0")).event(AlternativeCosted.class);
        assertThat(event.savings()).isEqualByComparingTo("0");
        assertThat(event.viable()).isTrue();
    }

    @Test
    void the_latest_costing_is_shown_with_the_alternative_and_the_same_again_changes_nothing() {
        var when = spec.when(costing("25000", "9600", "40", "6000"));
        AlternativeCosted first = when.event(AlternativeCosted.class);
        DependencyState state = when.stateAfter();
        assertThat(state.alternatives().get(ALTERNATIVE).costing()).isEqualTo(first);
        DependencyView.AlternativeView view = DependencyView.of(state, TODAY).alternatives().get(0);
        assertThat(view.viable()).isTrue();
        assertThat(view.costing().savings()).isEqualByComparingTo("55400");
        spec.given(first).when(costing("25000", "9600", "40", "6000")).thenNothing();
        assertThat(spec.given(first).when(costing("30000", "9600", "40", "6000")).events()).hasSize(1);
    }

    @Test
    void amounts_are_required_not_negative_with_two_decimals() {
        spec.when(costing(null, "9600", null, "0")).thenRejected(Kind.UNPROCESSABLE, "required", "migrationCost");
        spec.when(costing("1", "-1", null, "0")).thenRejected(Kind.UNPROCESSABLE, "negative", "annualCost");
        spec.when(costing("1", "1", null, "0.001")).thenRejected(Kind.BAD_REQUEST, "too-many-decimals",
                "trainingCost");
    }

    @Test
    void training_days_are_whole_or_half_days_within_range() {
        assertThat(spec.when(costing("1", "1", "2.5", "0")).event(AlternativeCosted.class).trainingDays())
                .isEqualByComparingTo("2.5");
        spec.when(costing("1", "1", "2.25", "0")).thenRejected(Kind.BAD_REQUEST, "too-many-decimals", "trainingDays");
        spec.when(costing("1", "1", "-1", "0")).thenRejected(Kind.UNPROCESSABLE, "out-of-range", "trainingDays");
    }

    @Test
    void an_unknown_alternative_is_not_found_and_a_retired_dependency_is_not_costed() {
        spec.when(new CostAlternative(M365, UUID.randomUUID(), BigDecimal.ONE, BigDecimal.ONE, null, BigDecimal.ZERO,
                null, TODAY, 3)).thenRejected(Kind.NOT_FOUND, "alternative-not-found", null);
        spec.given(new MigrationStatusChanged(M365, MigrationStatus.IDENTIFIED, MigrationStatus.RETIRED, null, TODAY))
                .when(costing("1", "1", null, "0")).thenRejected(Kind.CONFLICT, "dependency-retired", "status");
    }

    @Test
    void the_concepts_years_come_from_the_roadmap_window() {
        assertThat(RoadmapWindow.THREE_YEAR_CONCEPT.years()).isEqualTo(3);
        assertThat(RoadmapWindow.of("2026-Q1", "2026-Q4").years()).isEqualTo(1);
        assertThat(RoadmapWindow.of("2026-Q3", "2028-Q4").years()).isEqualTo(3);
    }
}
