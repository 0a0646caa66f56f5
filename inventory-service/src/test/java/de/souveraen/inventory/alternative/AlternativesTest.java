package de.souveraen.inventory.alternative;

import static de.souveraen.inventory.testing.Fixtures.ALTERNATIVE;
import static de.souveraen.inventory.testing.Fixtures.COUNTRIES;
import static de.souveraen.inventory.testing.Fixtures.M365;
import static de.souveraen.inventory.testing.Fixtures.TODAY;
import static de.souveraen.inventory.testing.Fixtures.m365;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.inventory.AlternativeEvaluated;
import de.souveraen.contracts.inventory.AlternativeProposed;
import de.souveraen.contracts.inventory.DependencyRegistered;
import de.souveraen.contracts.inventory.EvaluationState;
import de.souveraen.contracts.inventory.DependencyEvent;
import de.souveraen.eventstore.domain.Rejection.Kind;
import de.souveraen.inventory.dependency.DependencyCommand;
import de.souveraen.inventory.dependency.DependencyCommand.EvaluateAlternative;
import de.souveraen.inventory.dependency.DependencyCommand.ProposeAlternative;
import de.souveraen.inventory.dependency.DependencyState;
import de.souveraen.eventstore.domain.DeciderSpec;
import de.souveraen.inventory.testing.Fixtures;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AlternativesTest {
    private static final UUID OTHER = UUID.fromString("9c3f7e21-1d4b-4a8e-b6c2-3e5f7a9b1d02");
    private final DeciderSpec<DependencyCommand, DependencyState, DependencyEvent> spec = DeciderSpec.of(Fixtures.decider())
            .given(new DependencyRegistered(M365, m365(), COUNTRIES.flags("IE")));

    private DeciderSpec<DependencyCommand, DependencyState, DependencyEvent> proposed() {
        return spec.given(new AlternativeProposed(M365, ALTERNATIVE, "openDesk", "opendesk", null));
    }

    private static AlternativeEvaluated moved(EvaluationState from, EvaluationState to) {
        return new AlternativeEvaluated(M365, ALTERNATIVE, from, to, null, TODAY);
    }

    @Test
    void a_catalogue_entry_can_be_proposed_by_id_alone_and_starts_as_candidate() {
        var when = spec.when(new ProposeAlternative(M365, ALTERNATIVE, null, "opendesk", "Gesamtpaket prüfen"));
        when.then(new AlternativeProposed(M365, ALTERNATIVE, "openDesk", "opendesk", "Gesamtpaket prüfen"));
        assertThat(when.stateAfter().alternatives().get(ALTERNATIVE).state()).isEqualTo(EvaluationState.CANDIDATE);
    }

    @Test
    void an_alternative_outside_the_catalogue_needs_a_name() {
        spec.when(new ProposeAlternative(M365, ALTERNATIVE, "Eigenentwicklung KDN", null, null))
                .then(new AlternativeProposed(M365, ALTERNATIVE, "Eigenentwicklung KDN", null, null));
        spec.when(new ProposeAlternative(M365, ALTERNATIVE, " ", null, null)).thenRejected("required", "name");
    }

    @Test
    void an_unknown_catalogue_id_is_unprocessable() {
        spec.when(new ProposeAlternative(M365, ALTERNATIVE, null, "staroffice", null))
                .thenRejected(Kind.UNPROCESSABLE, "unknown-catalogue-entry", "catalogueId");
    }

    @Test
    void the_same_alternative_twice_is_a_conflict_by_id_and_by_name() {
        proposed().when(new ProposeAlternative(M365, ALTERNATIVE, "Anderes", null, null))
                .thenRejected(Kind.CONFLICT, "alternative-exists", "alternativeId");
        proposed().when(new ProposeAlternative(M365, OTHER, "OPENDESK", null, null))
                .thenRejected(Kind.CONFLICT, "alternative-exists", "name");
    }

    @Test
    void evaluation_moves_forward_and_records_from_and_to() {
        proposed().when(new EvaluateAlternative(M365, ALTERNATIVE, EvaluationState.EVALUATING, null, TODAY))
                .then(moved(EvaluationState.CANDIDATE, EvaluationState.EVALUATING));
    }

    @Test
    void a_recommendation_can_be_withdrawn_into_a_new_evaluation() {
        proposed().given(moved(EvaluationState.CANDIDATE, EvaluationState.RECOMMENDED))
                .when(new EvaluateAlternative(M365, ALTERNATIVE, EvaluationState.EVALUATING, null, TODAY))
                .then(moved(EvaluationState.RECOMMENDED, EvaluationState.EVALUATING));
    }

    @Test
    void rejecting_needs_a_reason() {
        proposed().when(new EvaluateAlternative(M365, ALTERNATIVE, EvaluationState.REJECTED, " ", TODAY))
                .thenRejected(Kind.UNPROCESSABLE, "required", "reason");
        proposed().when(new EvaluateAlternative(M365, ALTERNATIVE, EvaluationState.REJECTED, "Fachverfahren X braucht Word",
                TODAY)).then(new AlternativeEvaluated(M365, ALTERNATIVE, EvaluationState.CANDIDATE,
                        EvaluationState.REJECTED, "Fachverfahren X braucht Word", TODAY));
    }

    @ParameterizedTest
    @EnumSource(value = EvaluationState.class, names = {"EVALUATING", "PILOT", "RECOMMENDED", "REJECTED"})
    void a_rejected_alternative_can_only_become_a_candidate_again(EvaluationState target) {
        var rejected = proposed().given(new AlternativeEvaluated(M365, ALTERNATIVE, EvaluationState.CANDIDATE,
                EvaluationState.REJECTED, "zu teuer", TODAY));
        rejected.when(new EvaluateAlternative(M365, ALTERNATIVE, target, "x", TODAY))
                .thenRejected(Kind.CONFLICT, "invalid-transition", "state");
    }

    @Test
    void a_rejected_alternative_taken_up_again_loses_its_rejection_reason() {
        var state = proposed().given(new AlternativeEvaluated(M365, ALTERNATIVE, EvaluationState.CANDIDATE,
                EvaluationState.REJECTED, "zu teuer", TODAY))
                .when(new EvaluateAlternative(M365, ALTERNATIVE, EvaluationState.CANDIDATE, null, TODAY)).stateAfter();
        assertThat(state.alternatives().get(ALTERNATIVE)).isEqualTo(
                new Alternative(ALTERNATIVE, "openDesk", "opendesk", EvaluationState.CANDIDATE, null));
    }

    @Test
    void staying_in_the_same_state_is_not_a_move() {
        proposed().when(new EvaluateAlternative(M365, ALTERNATIVE, EvaluationState.CANDIDATE, null, TODAY))
                .thenRejected(Kind.CONFLICT, "invalid-transition", "state");
    }

    @Test
    void evaluating_an_unknown_alternative_is_not_found() {
        spec.when(new EvaluateAlternative(M365, ALTERNATIVE, EvaluationState.EVALUATING, null, TODAY))
                .thenRejected(Kind.NOT_FOUND, "alternative-not-found", null);
    }

    @Test
    void a_state_and_a_date_are_required() {
        proposed().when(new EvaluateAlternative(M365, ALTERNATIVE, null, null, TODAY)).thenRejected("required", "state");
        proposed().when(new EvaluateAlternative(M365, ALTERNATIVE, EvaluationState.PILOT, null, null))
                .thenRejected("required", "evaluatedOn");
    }
}
