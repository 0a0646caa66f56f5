package de.souveraen.reporting.consume;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A burst of changes is told to open pages as one message at once and one at the window's end, per municipality and
 * source; a page hears its own municipality only.
 */
class LiveUpdatesTest {
    @Test
    void a_burst_of_changes_is_coalesced_per_source_into_the_first_and_one_trailing_message() {
        // a window far longer than the loop below takes, even on a busy machine: the burst lies within one window
        LiveUpdates live = new LiveUpdates(Duration.ofSeconds(3));
        List<String> told = new CopyOnWriteArrayList<>();
        live.stream("blankenheim").subscribe().with(told::add);
        List<String> neighbour = new CopyOnWriteArrayList<>();
        live.stream("nettersheim").subscribe().with(neighbour::add);
        for (int i = 0; i < 100; i++) {
            live.changed("blankenheim", "souveraen.budget.events");
        }
        live.changed("blankenheim", "souveraen.inventory.events");
        live.changed("nettersheim", "souveraen.budget.events");
        assertThat(told).containsExactly("{\"version\":1,\"source\":\"budget\"}",
                "{\"version\":101,\"source\":\"inventory\"}");
        Awaitility.await("the trailing message of the budget burst").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50)).until(() -> told.size() == 3);
        assertThat(told.get(2)).isEqualTo("{\"version\":101,\"source\":\"budget\"}");
        assertThat(live.version("blankenheim")).isEqualTo(101);
        // the neighbour hears its own change only, counted on its own
        assertThat(neighbour).containsExactly("{\"version\":1,\"source\":\"budget\"}");
        assertThat(live.version("nettersheim")).isEqualTo(1);
    }
}
