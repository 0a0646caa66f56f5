package de.souveraen.eventstore.store;

import io.smallrye.mutiny.Uni;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The commands of one stream, within this process, one group after the other: a command that arrives while its
 * stream is busy waits, and every command that waited is handled together in the next group (one transaction, see
 * {@link CommandHandler}). So commands of a busy stream — all expenses of a fiscal year — neither race each other
 * at the version check nor pay a transaction each. Writers in other replicas are still caught by the version
 * check. Streams do not wait for each other. The runner completes the items itself; a failed group does not stop
 * the stream.
 */
final class StreamQueue<T> {
    static final int MAX_GROUP = 64;

    private final Function<List<T>, Uni<Void>> runner;
    private final Map<String, ArrayDeque<T>> waiting = new HashMap<>();

    StreamQueue(Function<List<T>, Uni<Void>> runner) {
        this.runner = runner;
    }

    void submit(String streamId, T item) {
        synchronized (waiting) {
            ArrayDeque<T> queue = waiting.get(streamId);
            if (queue != null) {
                queue.add(item);
                return;
            }
            waiting.put(streamId, new ArrayDeque<>());
        }
        run(streamId, List.of(item));
    }

    private void run(String streamId, List<T> group) {
        Uni<Void> work;
        try {
            work = runner.apply(group);
        } catch (RuntimeException e) {
            work = Uni.createFrom().failure(e);
        }
        work.subscribe().with(done -> next(streamId), failure -> next(streamId));
    }

    private void next(String streamId) {
        List<T> group = new ArrayList<>();
        synchronized (waiting) {
            ArrayDeque<T> queue = waiting.get(streamId);
            while (!queue.isEmpty() && group.size() < MAX_GROUP) {
                group.add(queue.poll());
            }
            if (group.isEmpty()) {
                waiting.remove(streamId);
                return;
            }
        }
        run(streamId, group);
    }

    /** Streams with a group running (tests and diagnostics). */
    int busyStreams() {
        synchronized (waiting) {
            return waiting.size();
        }
    }
}
