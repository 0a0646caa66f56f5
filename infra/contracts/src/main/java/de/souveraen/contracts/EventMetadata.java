package de.souveraen.contracts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Metadata the caller supplies with a command: it comes in from outside the domain (time, ids, actor).
 * The store adds stream id, stream version, type and recordedAt.
 *
 * @param occurredAt business time of the change
 * @param actor who did it
 * @param correlationId the request or process this belongs to
 * @param causationId the command or event that caused it (may equal correlationId)
 * @param tenant the municipality, default {@value #DEFAULT_TENANT}
 */
public record EventMetadata(Instant occurredAt, Actor actor, UUID correlationId, UUID causationId, String tenant) {
    public static final String DEFAULT_TENANT = "blankenheim";

    public EventMetadata {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(correlationId, "correlationId");
        causationId = causationId == null ? correlationId : causationId;
        tenant = tenant == null || tenant.isBlank() ? DEFAULT_TENANT : tenant;
    }

    public static EventMetadata of(Instant occurredAt, Actor actor, UUID correlationId) {
        return new EventMetadata(occurredAt, actor, correlationId, correlationId, DEFAULT_TENANT);
    }
}
