package de.souveraen.eventstore.web;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.EventEnvelope;
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
}
