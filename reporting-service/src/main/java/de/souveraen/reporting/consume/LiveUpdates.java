package de.souveraen.reporting.consume;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Tells open pages that the read model of their municipality changed (server-sent events on {@code GET /api/live}),
 * at most one message per municipality, source (budget, inventory, workgroup) and {@link #WINDOW}: the first change
 * after a quiet window is told at once (leading edge), further changes within the window are told together by one
 * message at its end (carrying the latest version), so a burst of events makes each open page fetch itself at most
 * once per window, not once per event, and no change waits longer than one window.
 * A page hears only its own municipality's changes, and the version counts that municipality's changes only.
 */
@ApplicationScoped
public class LiveUpdates {
    /**
     * The coalescing window: a change is told at most this late (the live target is 1 s at p99, with the projection's
     * own delay before it); a burst refreshes an open page at most four times a second.
     */
    static final Duration WINDOW = Duration.ofMillis(250);

    /** Runs a task after a delay (the worker pool's scheduler; a test drives it by hand). */
    interface Scheduler {
        void schedule(Runnable task, long delayNanos);
    }

    private record Told(String tenant, String message) {
    }

    private final BroadcastProcessor<Told> changes = BroadcastProcessor.create();
    private final Map<String, AtomicLong> versions = new ConcurrentHashMap<>();
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final Scheduler scheduler;
    private final Map<String, Long> lastTold = new HashMap<>();
    private final Set<String> pending = new HashSet<>();

    @Inject
    LiveUpdates() {
        this(WINDOW);
    }

    LiveUpdates(Duration window) {
        this(window, System::nanoTime, (task, delay) -> Infrastructure.getDefaultWorkerPool().schedule(task, delay,
                TimeUnit.NANOSECONDS));
    }

    LiveUpdates(Duration window, LongSupplier nanoTime, Scheduler scheduler) {
        this.windowNanos = window.toNanos();
        this.nanoTime = nanoTime;
        this.scheduler = scheduler;
    }

    /** The read model of {@code tenant} changed by events of {@code topic}. */
    public void changed(String tenant, String topic) {
        AtomicLong version = versions.computeIfAbsent(tenant, t -> new AtomicLong());
        version.incrementAndGet();
        String source = topic.replace("souveraen.", "").replace(".events", "");
        String key = tenant + "|" + source;
        synchronized (this) {
            Long last = lastTold.get(key);
            long now = nanoTime.getAsLong();
            if (pending.contains(key)) {
                return; // the message at the window's end carries this change too
            }
            if (last == null || now - last >= windowNanos) {
                tell(tenant, source, now);
            } else {
                pending.add(key);
                scheduler.schedule(() -> {
                    synchronized (this) {
                        pending.remove(key);
                        tell(tenant, source, nanoTime.getAsLong());
                    }
                }, last + windowNanos - now);
            }
        }
    }

    private void tell(String tenant, String source, long now) {
        lastTold.put(tenant + "|" + source, now);
        changes.onNext(new Told(tenant, "{\"version\":" + version(tenant) + ",\"source\":\"" + source + "\"}"));
    }

    /** How often the read model of {@code tenant} changed since the start. */
    public long version(String tenant) {
        AtomicLong version = versions.get(tenant);
        return version == null ? 0 : version.get();
    }

    /** The changes of {@code tenant}'s read model. */
    public Multi<String> stream(String tenant) {
        return changes.filter(told -> told.tenant().equals(tenant)).map(Told::message);
    }
}
