package de.souveraen.eventstore.store;

import de.souveraen.contracts.EventEnvelope;
import java.util.List;

/**
 * The result of a handled command: the stream (qualified key {@code <tenant>/<stream id>}), its new version and state,
 * and what was appended.
 */
public record Handled<S, E>(String streamId, long version, S state, List<E> events, List<EventEnvelope> appended) {
}
