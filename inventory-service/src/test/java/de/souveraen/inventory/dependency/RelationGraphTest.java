package de.souveraen.inventory.dependency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.souveraen.contracts.inventory.DependencyEvent;
import de.souveraen.contracts.inventory.DependencyRegistered;
import de.souveraen.contracts.inventory.DependencyRelated;
import de.souveraen.contracts.inventory.RelationType;
import de.souveraen.inventory.testing.Details;
import de.souveraen.inventory.testing.Fixtures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** "Used by" next to "runs on", and the impact of a change: a chain, a fork and a cycle. */
class RelationGraphTest {
    private static final UUID SERVER = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID DATABASE = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID APP = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final UUID PORTAL = UUID.fromString("00000000-0000-0000-0000-00000000000d");
    private static final UUID MAIL = UUID.fromString("00000000-0000-0000-0000-00000000000e");

    private static DependencyState dependency(UUID id, String name, int users, String cost, Object... relations) {
        List<DependencyEvent> events = new ArrayList<>();
        events.add(new DependencyRegistered(id, Details.from(Fixtures.m365()).name(name).users(users)
                .annualCost(new BigDecimal(cost)).build(), Fixtures.COUNTRIES.flags("DE")));
        for (int i = 0; i < relations.length; i += 2) {
            events.add(new DependencyRelated(id, (RelationType) relations[i], (UUID) relations[i + 1]));
        }
        DependencyState state = DependencyState.NONE;
        for (DependencyEvent e : events) {
            state = Fixtures.decider().evolve(state, e);
        }
        return state;
    }

    /** Fachverfahren → Datenbank → Server; Portal needs Fachverfahren; Mail runs on Server. */
    private static RelationGraph chain() {
        return new RelationGraph(List.of(
                dependency(SERVER, "Server", 0, "5000.00"),
                dependency(DATABASE, "Datenbank", 2, "3000.00", RelationType.RUNS_ON, SERVER),
                dependency(APP, "Fachverfahren", 40, "12000.00", RelationType.RUNS_ON, DATABASE),
                dependency(PORTAL, "Bürgerportal", 10, "2500.50", RelationType.NEEDS, APP),
                dependency(MAIL, "E-Mail", 120, "8000.00", RelationType.RUNS_ON, SERVER)));
    }

    @Test
    void used_by_is_the_inverse_of_runs_on_and_needs() {
        RelationGraph.Relations database = chain().relations(DATABASE).orElseThrow();
        assertThat(database.uses()).extracting(RelationGraph.Related::relation, RelationGraph.Related::name,
                RelationGraph.Related::relationLabel).containsExactly(tuple(RelationType.RUNS_ON, "Server", "Läuft auf"));
        assertThat(database.usedBy()).extracting(RelationGraph.Related::name, RelationGraph.Related::relationLabel)
                .containsExactly(tuple("Fachverfahren", "Trägt"));
        assertThat(chain().relations(APP).orElseThrow().usedBy())
                .extracting(RelationGraph.Related::name, RelationGraph.Related::relationLabel)
                .containsExactly(tuple("Bürgerportal", "Wird benötigt von"));
        assertThat(chain().relations(SERVER).orElseThrow().usedBy()).extracting(RelationGraph.Related::name)
                .containsExactly("Datenbank", "E-Mail");
    }

    @Test
    void the_impact_of_a_change_reaches_everything_above_with_depth_users_and_cost() {
        RelationGraph.Impact impact = chain().impact(SERVER).orElseThrow();
        assertThat(impact.touched()).extracting(RelationGraph.Touched::name, RelationGraph.Touched::depth,
                RelationGraph.Touched::viaName).containsExactly(tuple("Datenbank", 1, "Server"),
                        tuple("E-Mail", 1, "Server"), tuple("Fachverfahren", 2, "Datenbank"),
                        tuple("Bürgerportal", 3, "Fachverfahren"));
        assertThat(impact.dependencies()).isEqualTo(4);
        assertThat(impact.maxDepth()).isEqualTo(3);
        assertThat(impact.users()).isEqualTo(2 + 120 + 40 + 10);
        assertThat(impact.annualCost()).isEqualByComparingTo("25500.50");
    }

    @Test
    void the_top_of_the_chain_touches_nothing() {
        RelationGraph.Impact impact = chain().impact(PORTAL).orElseThrow();
        assertThat(impact.touched()).isEmpty();
        assertThat(impact.annualCost()).isEqualByComparingTo("0");
    }

    @Test
    void a_cycle_ends_where_a_dependency_was_reached_and_never_includes_the_changed_one() {
        RelationGraph cycle = new RelationGraph(List.of(
                dependency(SERVER, "Server", 1, "100.00", RelationType.NEEDS, APP),
                dependency(DATABASE, "Datenbank", 2, "200.00", RelationType.RUNS_ON, SERVER),
                dependency(APP, "Fachverfahren", 4, "400.00", RelationType.RUNS_ON, DATABASE)));
        RelationGraph.Impact impact = cycle.impact(SERVER).orElseThrow();
        assertThat(impact.touched()).extracting(RelationGraph.Touched::name, RelationGraph.Touched::depth)
                .containsExactly(tuple("Datenbank", 1), tuple("Fachverfahren", 2));
        assertThat(impact.users()).isEqualTo(6);
        assertThat(cycle.relations(SERVER).orElseThrow().usedBy()).extracting(RelationGraph.Related::name)
                .containsExactly("Datenbank");
    }

    @Test
    void an_unknown_id_has_no_relations_and_a_relation_to_a_missing_dependency_is_left_out() {
        RelationGraph graph = new RelationGraph(List.of(dependency(APP, "Fachverfahren", 4, "400.00",
                RelationType.RUNS_ON, UUID.fromString("00000000-0000-0000-0000-0000000000ff"))));
        assertThat(graph.relations(SERVER)).isEmpty();
        assertThat(graph.impact(SERVER)).isEmpty();
        assertThat(graph.relations(APP).orElseThrow().uses()).isEmpty();
    }
}
