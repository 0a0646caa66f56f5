package de.souveraen.eventstore.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Commands of one stream run one after the other, in arrival order; other streams do not wait; failures release. */
class StreamQueueTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final StreamQueue queue = new StreamQueue();

    @Test
    void the_second_command_of_a_stream_starts_only_when_the_first_has_finished() {
        List<String> log = new CopyOnWriteArrayList<>();
        CompletableFuture<String> firstGate = new CompletableFuture<>();
        CompletableFuture<String> first = queue.run("s", () -> {
            log.add("first started");
            return Uni.createFrom().completionStage(firstGate).invoke(() -> log.add("first ended"));
        }).subscribeAsCompletionStage();
        CompletableFuture<String> second = queue.run("s", () -> {
            log.add("second started");
            return Uni.createFrom().item("two");
        }).subscribeAsCompletionStage();
        CompletableFuture<String> other = queue.run("other stream", () -> Uni.createFrom().item("other"))
                .subscribeAsCompletionStage();

        assertThat(other.join()).isEqualTo("other"); // not held up by stream s
        assertThat(second).isNotDone();
        assertThat(log).containsExactly("first started");
        firstGate.complete("one");
        assertThat(first.join()).isEqualTo("one");
        assertThat(second.orTimeout(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS).join()).isEqualTo("two");
        assertThat(log).containsExactly("first started", "first ended", "second started");
        assertThat(queue.busyStreams()).isZero();
    }

    @Test
    void a_failed_command_lets_the_next_one_run() {
        assertThatThrownBy(() -> queue.run("s", () -> Uni.createFrom().failure(new IllegalStateException("boom")))
                .await().atMost(WAIT)).hasMessage("boom");
        assertThat(queue.run("s", () -> Uni.createFrom().item(1)).await().atMost(WAIT)).isEqualTo(1);
        assertThat(queue.busyStreams()).isZero();
    }

    @Test
    void many_commands_on_one_stream_never_overlap_and_keep_their_order() {
        List<Integer> order = new CopyOnWriteArrayList<>();
        int[] running = {0};
        int[] maxRunning = {0};
        List<CompletableFuture<Integer>> all = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int n = i;
            all.add(queue.run("s", () -> Uni.createFrom().item(() -> {
                synchronized (running) {
                    running[0]++;
                    maxRunning[0] = Math.max(maxRunning[0], running[0]);
                }
                return n;
            }).emitOn(io.smallrye.mutiny.infrastructure.Infrastructure.getDefaultWorkerPool()).invoke(() -> {
                order.add(n);
                synchronized (running) {
                    running[0]--;
                }
            })).subscribeAsCompletionStage());
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).orTimeout(30, java.util.concurrent.TimeUnit.SECONDS)
                .join();
        assertThat(maxRunning[0]).isEqualTo(1);
        assertThat(order).hasSize(200).isSorted();
    }
}
