package de.souveraen.reporting.consume;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A burst of changes is told to open pages as one message at once and one at the window's end, per municipality and
 * source; a page hears its own municipality only; the first change after a quiet window goes out at once.
 */
class LiveUpdatesTest {
    /** A clock and a scheduler moved by hand: the window's edges without waiting for them. */
    private static final class FakeTime implements LiveUpdates.Scheduler {
        final AtomicLong now = new AtomicLong(1_000_000_000L);
        final List<long[]> due = new ArrayList<>();
        final List<Runnable> tasks = new ArrayList<>();

        @Override
        public void schedule(Runnable task, long delayNanos) {
            due.add(new long[] {now.get() + delayNanos});
            tasks.add(task);
        }

        /** Moves the clock on by {@code millis} and runs what became due. */
        void advance(long millis) {
            now.addAndGet(Duration.ofMillis(millis).toNanos());
            for (int i = 0; i < tasks.size(); i++) {
                if (due.get(i)[0] <= now.get()) {
                    Runnable task = tasks.remove(i);
                    due.remove(i);
                    i--;
                    task.run();
                }
            }
        }
    }

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

    @Test
    void the_first_change_after_a_quiet_window_is_told_at_once_and_a_change_within_it_at_the_windows_end() {
        FakeTime time = new FakeTime();
        LiveUpdates live = new LiveUpdates(Duration.ofMillis(250), time.now::get, time);
        List<String> told = new ArrayList<>();
        live.stream("blankenheim").subscribe().with(told::add);

        live.changed("blankenheim", "souveraen.budget.events");
        assertThat(told).as("leading edge: told at once").containsExactly("{\"version\":1,\"source\":\"budget\"}");

        time.advance(100);
        live.changed("blankenheim", "souveraen.budget.events");
        time.advance(50);
        live.changed("blankenheim", "souveraen.budget.events");
        assertThat(told).as("within the window: waiting for its end").hasSize(1);
        assertThat(time.tasks).as("one trailing message scheduled for the burst").hasSize(1);

        time.advance(99);
        assertThat(told).as("1 ms before the window's end").hasSize(1);
        time.advance(1);
        assertThat(told).as("at the window's end: one message with the latest version")
                .containsExactly("{\"version\":1,\"source\":\"budget\"}", "{\"version\":3,\"source\":\"budget\"}");

        // a quiet window later the next change goes out at once again
        time.advance(250);
        live.changed("blankenheim", "souveraen.budget.events");
        assertThat(told).hasSize(3).last().isEqualTo("{\"version\":4,\"source\":\"budget\"}");
        assertThat(time.tasks).isEmpty();
    }

    @Test
    void under_a_steady_stream_of_changes_none_waits_longer_than_the_window() {
        FakeTime time = new FakeTime();
        LiveUpdates live = new LiveUpdates(LiveUpdates.WINDOW, time.now::get, time);
        List<long[]> told = new ArrayList<>(); // version told, at
        live.stream("blankenheim").subscribe().with(message -> told.add(new long[] {
                Long.parseLong(message.replaceAll(".*\"version\":(\\d+).*", "$1")), time.now.get()}));
        List<Long> changedAt = new ArrayList<>(); // index: version - 1
        for (int i = 0; i < 200; i++) { // a change every 10 ms for two seconds
            live.changed("blankenheim", "souveraen.budget.events");
            changedAt.add(time.now.get());
            time.advance(10);
        }
        time.advance(LiveUpdates.WINDOW.toMillis());
        long longest = 0;
        for (int version = 1; version <= changedAt.size(); version++) {
            int v = version;
            long at = told.stream().filter(t -> t[0] >= v).findFirst().orElseThrow()[1];
            longest = Math.max(longest, at - changedAt.get(version - 1));
        }
        assertThat(Duration.ofNanos(longest)).isLessThanOrEqualTo(LiveUpdates.WINDOW);
        assertThat(LiveUpdates.WINDOW).as("the window leaves the projection time within the 1-s live target")
                .isLessThanOrEqualTo(Duration.ofMillis(250));
        // one message per window, not one per change
        assertThat(told).hasSizeBetween(8, 10);
    }
}
