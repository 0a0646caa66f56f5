package de.souveraen.inventory.migration;

import static de.souveraen.contracts.inventory.MigrationStatus.ASSESSED;
import static de.souveraen.contracts.inventory.MigrationStatus.IDENTIFIED;
import static de.souveraen.contracts.inventory.MigrationStatus.KEPT;
import static de.souveraen.contracts.inventory.MigrationStatus.MIGRATED;
import static de.souveraen.contracts.inventory.MigrationStatus.PILOT;
import static de.souveraen.contracts.inventory.MigrationStatus.RETIRED;
import static de.souveraen.inventory.testing.Fixtures.ASSESSMENT;
import static de.souveraen.inventory.testing.Fixtures.COUNTRIES;
import static de.souveraen.inventory.testing.Fixtures.M365;
import static de.souveraen.inventory.testing.Fixtures.TODAY;
import static de.souveraen.inventory.testing.Fixtures.canExit;
import static de.souveraen.inventory.testing.Fixtures.levels;
import static de.souveraen.inventory.testing.Fixtures.m365;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.inventory.DependencyAssessed;
import de.souveraen.contracts.inventory.DependencyRegistered;
import de.souveraen.contracts.inventory.DependencyEvent;
import de.souveraen.contracts.inventory.MigrationStatusChanged;
import de.souveraen.contracts.inventory.MigrationStepPlanned;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Rejection.Kind;
import de.souveraen.inventory.dependency.DependencyCommand;
import de.souveraen.inventory.dependency.DependencyCommand.PlanMigrationStep;
import de.souveraen.inventory.dependency.DependencyState;
import de.souveraen.eventstore.domain.DeciderSpec;
import de.souveraen.inventory.testing.Fixtures;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MigrationPlanTest {
    private static final RoadmapWindow WINDOW = RoadmapWindow.THREE_YEAR_CONCEPT;

    private final DeciderSpec<DependencyCommand, DependencyState, DependencyEvent> spec = DeciderSpec.of(Fixtures.decider())
            .given(new DependencyRegistered(M365, m365(), COUNTRIES.flags("IE")));

    @Test
    void a_step_gets_a_target_quarter_of_the_three_year_concept() {
        var when = spec.when(new PlanMigrationStep(M365, PILOT, " 2026-Q3 ", WINDOW));
        when.then(new MigrationStepPlanned(M365, PILOT, "2026-Q3"));
        assertThat(when.stateAfter().plan()).containsEntry(PILOT, "2026-Q3");
    }

    @Test
    void quarters_outside_2026_to_2028_or_malformed_are_refused() {
        spec.when(new PlanMigrationStep(M365, PILOT, "2025-Q4", WINDOW)).thenRejected(Kind.UNPROCESSABLE, "quarter-out-of-range",
                "targetQuarter");
        spec.when(new PlanMigrationStep(M365, PILOT, "2029-Q1", WINDOW)).thenRejected("quarter-out-of-range", "targetQuarter");
        spec.when(new PlanMigrationStep(M365, PILOT, "2026-Q5", WINDOW)).thenRejected("invalid-quarter", "targetQuarter");
        spec.when(new PlanMigrationStep(M365, PILOT, "Q3/2026", WINDOW)).thenRejected("invalid-quarter", "targetQuarter");
        spec.when(new PlanMigrationStep(M365, PILOT, null, WINDOW)).thenRejected("invalid-quarter", "targetQuarter");
    }

    @Test
    void the_boundaries_2026_q1_and_2028_q4_are_inside() {
        spec.when(new PlanMigrationStep(M365, ASSESSED, "2026-Q1", WINDOW)).then(new MigrationStepPlanned(M365, ASSESSED, "2026-Q1"));
        spec.when(new PlanMigrationStep(M365, RETIRED, "2028-Q4", WINDOW)).then(new MigrationStepPlanned(M365, RETIRED, "2028-Q4"));
    }

    @Test
    void identified_and_kept_cannot_be_planned() {
        spec.when(new PlanMigrationStep(M365, IDENTIFIED, "2026-Q2", WINDOW)).thenRejected("not-plannable", "step");
        spec.when(new PlanMigrationStep(M365, KEPT, "2026-Q2", WINDOW)).thenRejected("not-plannable", "step");
        spec.when(new PlanMigrationStep(M365, null, "2026-Q2", WINDOW)).thenRejected("required", "step");
    }

    @Test
    void a_later_step_cannot_be_planned_before_an_earlier_one_and_vice_versa() {
        var planned = spec.given(new MigrationStepPlanned(M365, PILOT, "2026-Q3"));
        Rejection rejection = planned.when(new PlanMigrationStep(M365, MIGRATED, "2026-Q2", WINDOW))
                .thenRejected(Kind.UNPROCESSABLE, "plan-out-of-order", "targetQuarter");
        assertThat(rejection.extensions()).containsEntry("conflictingStep", "PILOT")
                .containsEntry("conflictingQuarter", "2026-Q3");
        planned.when(new PlanMigrationStep(M365, ASSESSED, "2026-Q4", WINDOW)).thenRejected("plan-out-of-order", "targetQuarter");
    }

    @Test
    void steps_may_share_a_quarter_and_replanning_a_step_moves_it() {
        var planned = spec.given(new MigrationStepPlanned(M365, PILOT, "2026-Q3"));
        planned.when(new PlanMigrationStep(M365, MIGRATED, "2026-Q3", WINDOW))
                .then(new MigrationStepPlanned(M365, MIGRATED, "2026-Q3"));
        planned.when(new PlanMigrationStep(M365, PILOT, "2027-Q1", WINDOW)).then(new MigrationStepPlanned(M365, PILOT, "2027-Q1"));
    }

    @Test
    void planning_the_same_quarter_again_changes_nothing() {
        spec.given(new MigrationStepPlanned(M365, PILOT, "2026-Q3")).when(new PlanMigrationStep(M365, PILOT, "2026-Q3", WINDOW))
                .thenNothing();
    }

    @Test
    void a_step_already_reached_cannot_be_planned() {
        spec.given(new DependencyAssessed(M365, ASSESSMENT, TODAY, levels(1, 1, 1, 1, 1, 1, 1, 1), "x", canExit(),
                new BigDecimal("25.00"), 1, 4), new MigrationStatusChanged(M365, IDENTIFIED, ASSESSED, null, TODAY))
                .when(new PlanMigrationStep(M365, ASSESSED, "2026-Q2", WINDOW))
                .thenRejected(Kind.CONFLICT, "step-already-reached", "step");
    }

    @Test
    void the_window_comes_from_configuration_and_bounds_the_target_quarter() {
        RoadmapWindow longer = RoadmapWindow.of("2026-Q1", "2030-Q4");
        spec.when(new PlanMigrationStep(M365, PILOT, "2029-Q1", longer))
                .then(new MigrationStepPlanned(M365, PILOT, "2029-Q1"));
        spec.when(new PlanMigrationStep(M365, PILOT, "2031-Q1", longer))
                .thenRejected(Kind.UNPROCESSABLE, "quarter-out-of-range", "targetQuarter");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RoadmapWindow.of("2028-Q1", "2026-Q4"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
