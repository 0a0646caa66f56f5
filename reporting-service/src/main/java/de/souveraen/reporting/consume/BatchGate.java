package de.souveraen.reporting.consume;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Lets the rebuild stop the live consumers cleanly: {@link #close()} completes once no batch is in flight any more
 * (a batch that started before is drained, not cut off by the reset of the read models), and batches that arrive
 * while it is closed wait until {@link #open()} — then they are applied after the replay, their events already
 * there are skipped by id. Pausing the Kafka consumers alone is not enough: a batch already polled may still be
 * in flight, and a read-modify-write of a document read before the reset would put the old document back.
 */
final class BatchGate {
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean closed;

    /** Runs {@code batch} when the gate is open, counting it as in flight until it ends. */
    <T> Uni<T> through(Supplier<Uni<T>> batch) {
        return Uni.createFrom().deferred(() -> {
            inFlight.incrementAndGet();
            if (closed) {
                inFlight.decrementAndGet();
                return Uni.createFrom().<T>failure(new Closed());
            }
            return batch.get().onTermination().invoke(inFlight::decrementAndGet);
        }).onFailure(Closed.class).retry().withBackOff(Duration.ofMillis(20), Duration.ofMillis(250)).indefinitely();
    }

    /** Closes the gate; completes when every batch that had entered has ended (at most {@code timeout}). */
    Uni<Void> close(Duration timeout) {
        closed = true;
        long attempts = Math.max(1, timeout.toMillis() / 10);
        return Uni.createFrom().item(inFlight::get)
                .onItem().transformToUni(n -> n == 0 ? Uni.createFrom().voidItem()
                        : Uni.createFrom().<Void>failure(new IllegalStateException(n + " batches still in flight")))
                .onFailure().retry().withBackOff(Duration.ofMillis(5), Duration.ofMillis(10)).atMost(attempts);
    }

    void open() {
        closed = false;
    }

    int inFlight() {
        return inFlight.get();
    }

    /** The gate was closed when a batch arrived: it waits and tries again. */
    private static final class Closed extends RuntimeException {
        Closed() {
            super("rebuild in progress", null, false, false);
        }
    }
}
