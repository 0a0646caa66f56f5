package de.souveraen.eventstore.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Last known folded state per stream, so a command loads only the events after it instead of the whole
 * stream. Only ever filled after a successful commit or a read, and evicted on any failure; a stale entry is
 * harmless because the append's version check catches it. Bounded LRU.
 */
final class StateCache {
    private final Map<String, Versioned<?>> entries;

    StateCache(int capacity) {
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Versioned<?>> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Versioned<?> get(String streamId) {
        return entries.get(streamId);
    }

    synchronized void put(String streamId, Versioned<?> state) {
        Versioned<?> known = entries.get(streamId);
        if (known == null || known.version() < state.version()) {
            entries.put(streamId, state);
        }
    }

    synchronized void evict(String streamId) {
        entries.remove(streamId);
    }
}
