package de.souveraen.reporting.consume;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tells open pages that the read model changed (server-sent events on {@code GET /api/live}), at most one message
 * per source (budget, inventory, workgroup) and {@link #WINDOW}: the first change of a source is told at once,
 * further changes within the window are told together by one message at its end (carrying the latest version), so
 * a burst of events makes each open page fetch itself twice, not once per event.
 */
@ApplicationScoped
public class LiveUpdates {
    static final Duration WINDOW = Duration.ofSeconds(1);

    private final BroadcastProcessor<String> changes = BroadcastProcessor.create();
    private final AtomicLong version = new AtomicLong();
    private final long windowNanos;
    private final Map<String, Long> lastTold = new HashMap<>();
    private final Set<String> pending = new HashSet<>();

    LiveUpdates() {
        this(WINDOW);
    }

    LiveUpdates(Duration window) {
        this.windowNanos = window.toNanos();
    }

    public void changed(String topic) {
        version.incrementAndGet();
        String source = topic.replace("souveraen.", "").replace(".events", "");
        synchronized (this) {
            Long last = lastTold.get(source);
            long now = System.nanoTime();
            if (last == null || now - last >= windowNanos) {
                tell(source, now);
            } else if (pending.add(source)) {
                Infrastructure.getDefaultWorkerPool().schedule(() -> {
                    synchronized (this) {
                        pending.remove(source);
                        tell(source, System.nanoTime());
                    }
                }, last + windowNanos - now, TimeUnit.NANOSECONDS);
            }
        }
    }

    private void tell(String source, long now) {
        lastTold.put(source, now);
        changes.onNext("{\"version\":" + version.get() + ",\"source\":\"" + source + "\"}");
    }

    public long version() {
        return version.get();
    }

    public Multi<String> stream() {
        return changes;
    }
}
