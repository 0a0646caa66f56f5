package de.souveraen.reporting.consume;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/** Tells open pages that the read model changed (server-sent events on {@code GET /api/live}). */
@ApplicationScoped
public class LiveUpdates {
    private final BroadcastProcessor<String> changes = BroadcastProcessor.create();
    private final AtomicLong version = new AtomicLong();

    public void changed(String topic) {
        long v = version.incrementAndGet();
        String source = topic.replace("souveraen.", "").replace(".events", "");
        changes.onNext("{\"version\":" + v + ",\"source\":\"" + source + "\"}");
    }

    public long version() {
        return version.get();
    }

    public Multi<String> stream() {
        return changes;
    }
}
