package de.souveraen.eventstore.store;

import io.smallrye.mutiny.Uni;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Runs the commands of one stream one after the other within this process: a command waits for the previous one
 * on its stream instead of racing it, losing at the version check and retrying with back-off (which on a busy
 * stream — all expenses of a fiscal year — cost most of the throughput, docs/benchmarks.md). Writers in other
 * replicas are still caught by the version check. Commands on different streams do not wait for each other.
 */
final class StreamQueue {
    private final ConcurrentHashMap<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    <T> Uni<T> run(String streamId, Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> {
            CompletableFuture<Void> mine = new CompletableFuture<>();
            CompletableFuture<Void> before = tails.put(streamId, mine);
            Uni<Void> turn = before == null ? Uni.createFrom().voidItem() : Uni.createFrom().completionStage(before);
            return turn.chain(work::get).onTermination().invoke(() -> {
                tails.remove(streamId, mine);
                mine.complete(null);
            });
        });
    }

    /** Streams with a command running or waiting (tests and diagnostics). */
    int busyStreams() {
        return tails.size();
    }
}
