package de.souveraen.inventory.dependency;

import static de.souveraen.inventory.testing.Fixtures.AZURE;
import static de.souveraen.inventory.testing.Fixtures.COUNTRIES;
import static de.souveraen.inventory.testing.Fixtures.M365;
import static de.souveraen.inventory.testing.Fixtures.m365;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.inventory.DependencyRegistered;
import de.souveraen.contracts.inventory.DependencyRelated;
import de.souveraen.contracts.inventory.DependencyRelationRemoved;
import de.souveraen.contracts.inventory.DependencyUpdated;
import de.souveraen.contracts.inventory.DependencyEvent;
import de.souveraen.contracts.inventory.RelationType;
import de.souveraen.eventstore.domain.Rejection.Kind;
import de.souveraen.inventory.dependency.DependencyCommand.RelateDependency;
import de.souveraen.inventory.dependency.DependencyCommand.RemoveRelation;
import de.souveraen.inventory.dependency.DependencyCommand.UpdateDependency;
import de.souveraen.eventstore.domain.DeciderSpec;
import de.souveraen.inventory.testing.Details;
import de.souveraen.inventory.testing.Fixtures;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpdateAndRelateTest {
    private final DeciderSpec<DependencyCommand, DependencyState, DependencyEvent> spec = DeciderSpec.of(Fixtures.decider())
            .given(new DependencyRegistered(M365, m365(), COUNTRIES.flags("IE")));

    @Test
    void an_update_carries_the_full_new_details_and_names_the_changed_fields() {
        var changed = Details.from(m365()).annualCost(new BigDecimal("41000.00")).vendorCountry("US").build();
        spec.when(new UpdateDependency(M365, changed)).then(new DependencyUpdated(M365, changed, COUNTRIES.flags("US"),
                List.of("vendorCountry", "annualCost")));
    }

    @Test
    void an_update_with_the_same_details_changes_nothing() {
        var same = Details.from(m365()).name(" Microsoft 365 E3 ").annualCost(new BigDecimal("38400")).build();
        spec.when(new UpdateDependency(M365, same)).thenNothing();
    }

    @Test
    void updating_an_unknown_dependency_is_not_found() {
        DeciderSpec.of(Fixtures.decider()).when(new UpdateDependency(M365, m365()))
                .thenRejected(Kind.NOT_FOUND, "dependency-not-found", null);
    }

    @Test
    void an_update_is_validated_like_a_registration() {
        spec.when(new UpdateDependency(M365, Details.from(m365()).vendorCountry("ZZ").build()))
                .thenRejected("unknown-country", "vendorCountry");
    }

    @Test
    void relating_records_runs_on_and_a_repeated_relation_changes_nothing() {
        spec.when(new RelateDependency(M365, RelationType.RUNS_ON, AZURE))
                .then(new DependencyRelated(M365, RelationType.RUNS_ON, AZURE));
        spec.given(new DependencyRelated(M365, RelationType.RUNS_ON, AZURE))
                .when(new RelateDependency(M365, RelationType.RUNS_ON, AZURE)).thenNothing();
    }

    @Test
    void runs_on_and_needs_the_same_target_are_two_relations() {
        var state = spec.given(new DependencyRelated(M365, RelationType.RUNS_ON, AZURE))
                .when(new RelateDependency(M365, RelationType.NEEDS, AZURE)).stateAfter();
        assertThat(state.relations()).containsExactly(new Relation(RelationType.RUNS_ON, AZURE),
                new Relation(RelationType.NEEDS, AZURE));
    }

    @Test
    void a_dependency_cannot_relate_to_itself() {
        spec.when(new RelateDependency(M365, RelationType.NEEDS, M365)).thenRejected(Kind.UNPROCESSABLE, "self-relation",
                "targetId");
    }

    @Test
    void a_relation_needs_a_type_and_a_target() {
        spec.when(new RelateDependency(M365, null, AZURE)).thenRejected("required", "relation");
        spec.when(new RelateDependency(M365, RelationType.NEEDS, null)).thenRejected("required", "targetId");
    }

    @Test
    void removing_a_relation_records_it_and_removing_an_absent_one_changes_nothing() {
        spec.when(new RemoveRelation(M365, RelationType.RUNS_ON, AZURE)).thenNothing();
        var afterRemoval = spec.given(new DependencyRelated(M365, RelationType.RUNS_ON, AZURE))
                .when(new RemoveRelation(M365, RelationType.RUNS_ON, AZURE));
        afterRemoval.then(new DependencyRelationRemoved(M365, RelationType.RUNS_ON, AZURE));
        assertThat(afterRemoval.stateAfter().relations()).isEmpty();
    }
}
