package de.souveraen.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * One stored or published event: where it belongs, what it is, and its payload as JSON.
 *
 * @param eventId unique id (CloudEvents {@code id}); consumers deduplicate on it
 * @param streamId aggregate id, also the Kafka key
 * @param streamType aggregate type, e.g. {@code budget}
 * @param streamVersion 1-based position in the stream
 * @param type stable type name, e.g. {@code budget.ExpenseBooked.v1}
 * @param payload the event record as JSON
 * @param occurredAt business time
 * @param recordedAt when the store committed it
 * @param actor who did it
 * @param correlationId correlation id
 * @param causationId causation id
 * @param tenant tenant
 */
public record EventEnvelope(
        UUID eventId,
        String streamId,
        String streamType,
        long streamVersion,
        String type,
        JsonNode payload,
        Instant occurredAt,
        Instant recordedAt,
        Actor actor,
        UUID correlationId,
        UUID causationId,
        String tenant) {

    /** The payload decoded to its record, upcast to the newest version if needed. */
    public DomainEvent decode(EventTypeRegistry registry) {
        return registry.decode(type, payload);
    }
}
