package de.souveraen.eventstore.web;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.EventEnvelope;
import de.souveraen.eventstore.store.Aggregate;
import de.souveraen.eventstore.store.AggregateStore;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;

/**
 * One change of an aggregate (a dependency, a risk, a meeting, a training) as its history shows it: the event's type,
 * its position in the stream, when it was recorded, who made it (subject and name from the event metadata) and the
 * event itself.
 */
public record HistoryEntry(String type, long version, Instant recordedAt, String actorSubject, String actorName,
        JsonNode change) {

    /** Every event of a stream, oldest first. */
    public static List<HistoryEntry> of(List<EventEnvelope> events) {
        return events.stream().map(e -> new HistoryEntry(e.type(), e.streamVersion(), e.recordedAt(),
                e.actor() == null ? null : e.actor().subject(), e.actor() == null ? null : e.actor().name(),
                e.payload())).toList();
    }

    /**
     * The history of the aggregate {@code id} once {@code existing} found it (its failure, e.g. a 404, is the
     * answer otherwise): what a resource's {@code GET …/{id}/history} returns.
     */
    public static Uni<List<HistoryEntry>> read(Uni<?> existing, AggregateStore store, Aggregate<?, ?, ?> aggregate,
            Object id) {
        return existing.chain(ignored -> store.events(aggregate, id)).map(HistoryEntry::of);
    }
}
