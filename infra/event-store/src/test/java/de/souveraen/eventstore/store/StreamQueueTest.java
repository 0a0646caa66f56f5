package de.souveraen.eventstore.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A stream's items run one group at a time: what arrives while a group runs waits and goes as the next group, in
 * arrival order; other streams do not wait; a failed group lets the next one run.
 */
class StreamQueueTest {
    /** Groups as the runner saw them; each group finishes when the test completes its gate. */
    private final List<List<String>> groups = new CopyOnWriteArrayList<>();
    private final ConcurrentHashMap<List<String>, CompletableFuture<Void>> gates = new ConcurrentHashMap<>();
    private final StreamQueue<String> queue = new StreamQueue<>(group -> {
        groups.add(group);
        CompletableFuture<Void> gate = new CompletableFuture<>();
        gates.put(group, gate);
        return Uni.createFrom().completionStage(gate);
    });

    private void finish(List<String> group, boolean fail) {
        CompletableFuture<Void> gate = gates.get(group);
        if (fail) {
            gate.completeExceptionally(new IllegalStateException("database away"));
        } else {
            gate.complete(null);
        }
    }

    @Test
    void items_that_arrive_while_their_stream_is_busy_go_together_as_the_next_group() {
        queue.submit("s", "a");
        queue.submit("s", "b");
        queue.submit("s", "c");
        queue.submit("t", "x");
        assertThat(groups).containsExactly(List.of("a"), List.of("x")); // t does not wait for s
        finish(List.of("a"), false);
        assertThat(groups).containsExactly(List.of("a"), List.of("x"), List.of("b", "c"));
        queue.submit("s", "d");
        finish(List.of("b", "c"), true); // a failed group: the stream goes on
        assertThat(groups).endsWith(List.of("d"));
        finish(List.of("d"), false);
        finish(List.of("x"), false);
        assertThat(queue.busyStreams()).isZero();
    }

    @Test
    void a_long_queue_is_cut_into_groups_of_at_most_the_maximum_and_keeps_its_order() {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 2 * StreamQueue.MAX_GROUP + 10; i++) {
            queue.submit("s", "i" + i);
            expected.add("i" + i);
        }
        for (int round = 0; round < 10 && queue.busyStreams() > 0; round++) {
            finish(groups.get(groups.size() - 1), false);
        }
        assertThat(queue.busyStreams()).isZero();
        assertThat(groups).allSatisfy(g -> assertThat(g.size()).isLessThanOrEqualTo(StreamQueue.MAX_GROUP));
        assertThat(groups.stream().flatMap(List::stream).toList()).isEqualTo(expected);
        assertThat(groups).hasSize(4); // 1, 64, 64, 9
    }

    @Test
    void a_runner_that_throws_does_not_stop_the_stream() {
        List<String> seen = new CopyOnWriteArrayList<>();
        StreamQueue<String> throwing = new StreamQueue<>(group -> {
            seen.addAll(group);
            if (group.contains("bad")) {
                throw new IllegalStateException("bug");
            }
            return Uni.createFrom().voidItem();
        });
        throwing.submit("s", "bad");
        throwing.submit("s", "good");
        assertThat(seen).containsExactly("bad", "good");
        assertThat(throwing.busyStreams()).isZero();
    }
}
