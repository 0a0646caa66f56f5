package de.souveraen.reporting.consume;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class BatchGateTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void closing_waits_for_the_batch_in_flight_and_holds_new_ones_until_it_opens() throws Exception {
        BatchGate gate = new BatchGate();
        CompletableFuture<String> slowBatch = new CompletableFuture<>();
        CompletableFuture<String> first = gate.through(() -> Uni.createFrom().completionStage(slowBatch))
                .subscribeAsCompletionStage().toCompletableFuture();
        assertThat(gate.inFlight()).isEqualTo(1);

        CompletableFuture<Void> closed = gate.close(WAIT).subscribeAsCompletionStage().toCompletableFuture();
        AtomicInteger laterRuns = new AtomicInteger();
        CompletableFuture<String> later = gate.through(() -> {
            laterRuns.incrementAndGet();
            return Uni.createFrom().item("later");
        }).subscribeAsCompletionStage().toCompletableFuture();
        assertThat(closed).as("a batch is still in flight").isNotDone();
        assertThat(laterRuns).as("a batch arriving while closed waits").hasValue(0);

        slowBatch.complete("first");
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
        closed.get(10, TimeUnit.SECONDS); // drained
        assertThat(later).isNotDone();
        assertThat(laterRuns).hasValue(0);

        gate.open();
        assertThat(later.get(10, TimeUnit.SECONDS)).isEqualTo("later");
        Awaitility.await().atMost(WAIT).until(() -> gate.inFlight() == 0);
        assertThat(laterRuns).hasValue(1);
    }

    @Test
    void closing_an_idle_gate_completes_at_once() throws Exception {
        BatchGate gate = new BatchGate();
        gate.close(WAIT).subscribeAsCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        gate.open();
        assertThat(gate.through(() -> Uni.createFrom().item(1)).await().atMost(WAIT)).isEqualTo(1);
    }
}
