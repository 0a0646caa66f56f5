package de.souveraen.eventstore.store;

import de.souveraen.contracts.DomainEvent;
import de.souveraen.eventstore.domain.Decider;

/**
 * An aggregate type as the command handler sees it: its stream type name (stored with every event), its
 * pure decider and the sealed interface of its events. Its streams are named {@code <stream type>-<id>}.
 */
public record Aggregate<C, S, E extends DomainEvent>(String streamType, Decider<C, S, E> decider, Class<E> eventType) {

    /** The stream of the aggregate with this id: {@code dependency-<uuid>}, {@code budget-2026}. */
    public String streamId(Object id) {
        return streamType + "-" + id;
    }
}
