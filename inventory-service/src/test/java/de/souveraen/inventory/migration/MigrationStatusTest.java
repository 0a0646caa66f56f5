package de.souveraen.inventory.migration;

import static de.souveraen.contracts.inventory.MigrationStatus.ALTERNATIVE_SELECTED;
import static de.souveraen.contracts.inventory.MigrationStatus.ASSESSED;
import static de.souveraen.contracts.inventory.MigrationStatus.IDENTIFIED;
import static de.souveraen.contracts.inventory.MigrationStatus.KEPT;
import static de.souveraen.contracts.inventory.MigrationStatus.MIGRATED;
import static de.souveraen.contracts.inventory.MigrationStatus.MIGRATING;
import static de.souveraen.contracts.inventory.MigrationStatus.PILOT;
import static de.souveraen.contracts.inventory.MigrationStatus.RETIRED;
import static de.souveraen.inventory.testing.Fixtures.ALTERNATIVE;
import static de.souveraen.inventory.testing.Fixtures.ASSESSMENT;
import static de.souveraen.inventory.testing.Fixtures.COUNTRIES;
import static de.souveraen.inventory.testing.Fixtures.M365;
import static de.souveraen.inventory.testing.Fixtures.TODAY;
import static de.souveraen.inventory.testing.Fixtures.canExit;
import static de.souveraen.inventory.testing.Fixtures.levels;
import static de.souveraen.inventory.testing.Fixtures.m365;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.inventory.AlternativeEvaluated;
import de.souveraen.contracts.inventory.AlternativeProposed;
import de.souveraen.contracts.inventory.DependencyAssessed;
import de.souveraen.contracts.inventory.DependencyRegistered;
import de.souveraen.contracts.inventory.EvaluationState;
import de.souveraen.contracts.inventory.DependencyEvent;
import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.contracts.inventory.MigrationStatusChanged;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Rejection.Kind;
import de.souveraen.inventory.dependency.DependencyCommand;
import de.souveraen.inventory.dependency.DependencyCommand.ChangeMigrationStatus;
import de.souveraen.inventory.dependency.DependencyState;
import de.souveraen.eventstore.domain.DeciderSpec;
import de.souveraen.inventory.testing.Fixtures;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MigrationStatusTest {
    private static final DependencyAssessed ASSESSED_EVENT = new DependencyAssessed(M365, ASSESSMENT, TODAY,
            levels(1, 1, 1, 1, 1, 1, 1, 1), "erste Bewertung", canExit(), new BigDecimal("25.00"), 1, 4);
    private static final AlternativeProposed PROPOSED = new AlternativeProposed(M365, ALTERNATIVE, "openDesk", "opendesk",
            null);
    private static final AlternativeEvaluated RECOMMENDED = new AlternativeEvaluated(M365, ALTERNATIVE,
            EvaluationState.CANDIDATE, EvaluationState.RECOMMENDED, null, TODAY);

    private final DeciderSpec<DependencyCommand, DependencyState, DependencyEvent> spec = DeciderSpec.of(Fixtures.decider())
            .given(new DependencyRegistered(M365, m365(), COUNTRIES.flags("IE")));

    private static MigrationStatusChanged changed(MigrationStatus from, MigrationStatus to) {
        return new MigrationStatusChanged(M365, from, to, null, TODAY);
    }

    private static ChangeMigrationStatus change(MigrationStatus to, String note) {
        return new ChangeMigrationStatus(M365, to, note, TODAY);
    }

    /** History that walks the main path up to (and including) {@code status}, with the prerequisites met. */
    private DeciderSpec<DependencyCommand, DependencyState, DependencyEvent> at(MigrationStatus status) {
        spec.given(ASSESSED_EVENT, PROPOSED, RECOMMENDED);
        List<MigrationStatus> path = MigrationTransitions.PATH;
        for (int i = 1; i <= path.indexOf(status); i++) {
            spec.given(changed(path.get(i - 1), path.get(i)));
        }
        return spec;
    }

    @Test
    void the_main_path_is_walked_one_step_at_a_time() {
        List<MigrationStatus> path = MigrationTransitions.PATH;
        for (int i = 1; i < path.size(); i++) {
            DeciderSpec<DependencyCommand, DependencyState, DependencyEvent> fresh = DeciderSpec.of(Fixtures.decider())
                    .given(new DependencyRegistered(M365, m365(), COUNTRIES.flags("IE")), ASSESSED_EVENT, PROPOSED,
                            RECOMMENDED);
            for (int j = 1; j < i; j++) {
                fresh.given(changed(path.get(j - 1), path.get(j)));
            }
            fresh.when(change(path.get(i), "Schritt " + i)).then(new MigrationStatusChanged(M365, path.get(i - 1),
                    path.get(i), "Schritt " + i, TODAY));
        }
    }

    @Test
    void skipping_a_step_is_a_conflict_on_status_naming_the_allowed_moves() {
        Rejection rejection = at(IDENTIFIED).when(change(PILOT, null)).thenRejected(Kind.CONFLICT, "invalid-transition",
                "status");
        assertThat(rejection.extensions()).containsEntry("from", "IDENTIFIED").containsEntry("to", "PILOT")
                .containsEntry("allowed", List.of("ASSESSED", "KEPT"));
    }

    @Test
    void going_back_is_a_conflict() {
        at(PILOT).when(change(ALTERNATIVE_SELECTED, null)).thenRejected(Kind.CONFLICT, "invalid-transition", "status");
    }

    @Test
    void the_same_status_again_is_a_conflict() {
        at(ASSESSED).when(change(ASSESSED, null)).thenRejected(Kind.CONFLICT, "invalid-transition", "status");
    }

    @ParameterizedTest
    @EnumSource(value = MigrationStatus.class, names = {"IDENTIFIED", "ASSESSED", "ALTERNATIVE_SELECTED", "PILOT",
        "MIGRATING"})
    void a_dependency_can_be_kept_with_a_justification_from_every_state_before_migrated(MigrationStatus from) {
        at(from).when(change(KEPT, "Fachverfahren ohne Alternative")).then(new MigrationStatusChanged(M365, from, KEPT,
                "Fachverfahren ohne Alternative", TODAY));
    }

    @Test
    void keeping_without_a_justification_is_refused() {
        at(ASSESSED).when(change(KEPT, "  ")).thenRejected(Kind.UNPROCESSABLE, "justification-required", "note");
    }

    @ParameterizedTest
    @EnumSource(value = MigrationStatus.class, names = {"MIGRATED", "RETIRED"})
    void a_migrated_or_retired_dependency_cannot_be_kept(MigrationStatus from) {
        at(from).when(change(KEPT, "doch nicht")).thenRejected(Kind.CONFLICT, "invalid-transition", "status");
    }

    @Test
    void retired_is_final() {
        for (MigrationStatus to : MigrationStatus.values()) {
            DeciderSpec.of(Fixtures.decider()).given(new DependencyRegistered(M365, m365(), COUNTRIES.flags("IE")))
                    .given(ASSESSED_EVENT, PROPOSED, RECOMMENDED, changed(IDENTIFIED, ASSESSED),
                            changed(ASSESSED, ALTERNATIVE_SELECTED), changed(ALTERNATIVE_SELECTED, PILOT),
                            changed(PILOT, MIGRATING), changed(MIGRATING, MIGRATED), changed(MIGRATED, RETIRED))
                    .when(change(to, "x")).thenRejected(Kind.CONFLICT, "invalid-transition", "status");
        }
    }

    @Test
    void a_kept_dependency_can_be_reconsidered_from_assessed() {
        at(ASSESSED).given(new MigrationStatusChanged(M365, ASSESSED, KEPT, "Vertrag läuft noch", TODAY))
                .when(change(ASSESSED, "Vertragsende naht")).then(new MigrationStatusChanged(M365, KEPT, ASSESSED,
                        "Vertragsende naht", TODAY));
    }

    @Test
    void assessed_needs_an_assessment() {
        spec.when(change(ASSESSED, null)).thenRejected(Kind.CONFLICT, "assessment-required", "status");
    }

    @Test
    void alternative_selected_needs_a_recommended_alternative() {
        spec.given(ASSESSED_EVENT, changed(IDENTIFIED, ASSESSED), PROPOSED)
                .when(change(ALTERNATIVE_SELECTED, null))
                .thenRejected(Kind.CONFLICT, "recommended-alternative-required", "status");
    }

    @Test
    void a_status_and_a_date_are_required() {
        spec.when(change(null, null)).thenRejected("required", "status");
        spec.given(ASSESSED_EVENT).when(new ChangeMigrationStatus(M365, ASSESSED, null, null))
                .thenRejected("required", "changedOn");
    }

    @Test
    void the_state_follows_the_status() {
        assertThat(at(MIGRATING).state().status()).isEqualTo(MIGRATING);
    }
}
