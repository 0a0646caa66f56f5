package de.souveraen.inventory.assessment;

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
import de.souveraen.contracts.inventory.ExitCapability;
import de.souveraen.contracts.inventory.DependencyEvent;
import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.contracts.inventory.MigrationStatusChanged;
import de.souveraen.contracts.inventory.SovereigntyObjective;
import de.souveraen.eventstore.domain.Rejection.Kind;
import de.souveraen.inventory.dependency.DependencyCommand;
import de.souveraen.inventory.dependency.DependencyCommand.AssessDependency;
import de.souveraen.inventory.dependency.DependencyState;
import de.souveraen.eventstore.domain.DeciderSpec;
import de.souveraen.inventory.testing.Fixtures;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AssessDependencyTest {
    private static final String WHY = "US-Mutterkonzern, Daten in EU-Rechenzentren, proprietäre Formate als Standard.";
    private final DeciderSpec<DependencyCommand, DependencyState, DependencyEvent> spec = DeciderSpec.of(Fixtures.decider())
            .given(new DependencyRegistered(M365, m365(), COUNTRIES.flags("IE")));

    private static AssessDependency assess(Map<SovereigntyObjective, Integer> scores, String rationale, ExitCapability exit) {
        return new AssessDependency(M365, ASSESSMENT, TODAY, scores, rationale, exit);
    }

    @Test
    void an_assessment_records_levels_score_seal_level_sds_rationale_and_exit() {
        spec.when(assess(levels(1, 1, 2, 2, 1, 1, 3, 2), WHY, canExit())).then(new DependencyAssessed(M365, ASSESSMENT,
                TODAY, levels(1, 1, 2, 2, 1, 1, 3, 2), WHY, canExit(), new BigDecimal("37.50"), 1, 4));
    }

    @Test
    void every_assessment_is_kept_and_the_latest_wins() {
        UUID second = UUID.fromString("5a1e0c3d-7b2a-4e55-8d1c-2f9e8a7b6c02");
        DependencyAssessed first = (DependencyAssessed) spec.when(assess(levels(1, 1, 1, 1, 1, 1, 1, 1), WHY, canExit()))
                .events().get(0);
        DependencyState state = spec.given(first)
                .when(new AssessDependency(M365, second, TODAY.plusMonths(3), levels(2, 2, 2, 2, 2, 2, 2, 2), WHY, canExit()))
                .stateAfter();
        assertThat(state.assessmentIds()).containsExactly(ASSESSMENT, second);
        assertThat(state.latestAssessment().score()).isEqualTo(new BigDecimal("50.00"));
    }

    @Test
    void the_same_assessment_id_twice_is_a_conflict() {
        DependencyAssessed first = (DependencyAssessed) spec.when(assess(levels(1, 1, 1, 1, 1, 1, 1, 1), WHY, canExit()))
                .events().get(0);
        spec.given(first).when(assess(levels(1, 1, 1, 1, 1, 1, 1, 1), WHY, canExit()))
                .thenRejected(Kind.CONFLICT, "assessment-exists", "assessmentId");
    }

    @Test
    void a_rationale_is_required() {
        spec.when(assess(levels(1, 1, 1, 1, 1, 1, 1, 1), "  ", canExit())).thenRejected(Kind.UNPROCESSABLE, "required",
                "rationale");
    }

    @Test
    void every_objective_needs_a_level_and_the_missing_one_is_named() {
        spec.when(assess(levels(1, 1), WHY, canExit())).thenRejected("required", "scores.SOV3");
        spec.when(assess(null, WHY, canExit())).thenRejected("required", "scores.SOV1");
    }

    @Test
    void a_level_outside_0_to_4_is_refused_with_its_objective() {
        spec.when(assess(levels(1, 1, 1, 1, 5, 1, 1, 1), WHY, canExit())).thenRejected("out-of-range", "scores.SOV5");
        spec.when(assess(levels(1, 1, 1, 1, 1, 1, 1, -1), WHY, canExit())).thenRejected("out-of-range", "scores.SOV8");
    }

    @Test
    void the_exit_capability_is_required_and_needs_months_and_cost_when_we_can_exit() {
        spec.when(assess(levels(1, 1, 1, 1, 1, 1, 1, 1), WHY, null)).thenRejected("required", "exit");
        spec.when(assess(levels(1, 1, 1, 1, 1, 1, 1, 1), WHY, new ExitCapability(null, 3, BigDecimal.TEN)))
                .thenRejected("required", "exit.canExit");
        spec.when(assess(levels(1, 1, 1, 1, 1, 1, 1, 1), WHY, new ExitCapability(true, null, BigDecimal.TEN)))
                .thenRejected("required", "exit.estimatedMonths");
        spec.when(assess(levels(1, 1, 1, 1, 1, 1, 1, 1), WHY, new ExitCapability(true, 6, null)))
                .thenRejected("required", "exit.estimatedCost");
        spec.when(assess(levels(1, 1, 1, 1, 1, 1, 1, 1), WHY, new ExitCapability(true, 6, new BigDecimal("1.001"))))
                .thenRejected(Kind.BAD_REQUEST, "too-many-decimals", "exit.estimatedCost");
        spec.when(assess(levels(1, 1, 1, 1, 1, 1, 1, 1), WHY, new ExitCapability(true, 6, new BigDecimal("-1.00"))))
                .thenRejected(Kind.UNPROCESSABLE, "negative", "exit.estimatedCost");
    }

    @Test
    void when_we_cannot_exit_no_estimate_is_needed() {
        DependencyAssessed event = (DependencyAssessed) spec
                .when(assess(levels(0, 0, 0, 0, 0, 0, 0, 0), WHY, new ExitCapability(false, null, null))).events().get(0);
        assertThat(event.exit()).isEqualTo(new ExitCapability(false, null, null));
        assertThat(event.sds()).isEqualTo(5);
    }

    @Test
    void an_assessment_date_is_required() {
        spec.when(new AssessDependency(M365, ASSESSMENT, null, levels(1, 1, 1, 1, 1, 1, 1, 1), WHY, canExit()))
                .thenRejected("required", "assessedOn");
    }

    @Test
    void an_unknown_dependency_cannot_be_assessed() {
        DeciderSpec.of(Fixtures.decider()).when(assess(levels(1, 1, 1, 1, 1, 1, 1, 1), WHY, canExit()))
                .thenRejected(Kind.NOT_FOUND, "dependency-not-found", null);
    }

    @Test
    void a_retired_dependency_is_not_assessed_any_more() {
        spec.given(status(MigrationStatus.IDENTIFIED, MigrationStatus.ASSESSED),
                status(MigrationStatus.ASSESSED, MigrationStatus.ALTERNATIVE_SELECTED),
                status(MigrationStatus.ALTERNATIVE_SELECTED, MigrationStatus.PILOT),
                status(MigrationStatus.PILOT, MigrationStatus.MIGRATING),
                status(MigrationStatus.MIGRATING, MigrationStatus.MIGRATED),
                status(MigrationStatus.MIGRATED, MigrationStatus.RETIRED))
                .when(assess(levels(4, 4, 4, 4, 4, 4, 4, 4), WHY, canExit()))
                .thenRejected(Kind.CONFLICT, "dependency-retired", "status");
    }

    private static MigrationStatusChanged status(MigrationStatus from, MigrationStatus to) {
        return new MigrationStatusChanged(M365, from, to, null, TODAY);
    }
}
