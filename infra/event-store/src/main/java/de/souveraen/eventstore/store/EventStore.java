package de.souveraen.eventstore.store;

import de.souveraen.contracts.Actor;
import de.souveraen.contracts.DomainEvent;
import de.souveraen.contracts.EventEnvelope;
import de.souveraen.contracts.EventMetadata;
import de.souveraen.contracts.EventTypeRegistry;
import de.souveraen.contracts.Json;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The one store adapter: appends events to {@code es_event} with optimistic concurrency and reads streams
 * back. Stateless; every method takes the connection (or transaction) to run on, so callers can put
 * an append, an idempotency record and anything else into one transaction.
 */
public final class EventStore {
    private static final String COLUMNS = "event_id, stream_id, stream_type, stream_version, event_type, payload::text,"
            + " occurred_at, recorded_at, actor_subject, actor_name, correlation_id, causation_id, tenant";
    private static final String INSERT = "insert into es_event (event_id, stream_id, stream_type, stream_version,"
            + " event_type, payload, occurred_at, actor_subject, actor_name, correlation_id, causation_id, tenant)"
            + " values ($1, $2, $3, $4, $5, $6::text::jsonb, $7, $8, $9, $10, $11, $12) returning recorded_at";
    private static final String STREAM_VERSION_KEY = "es_event_stream_version_key";

    private final EventTypeRegistry registry;

    public EventStore(EventTypeRegistry registry) {
        this.registry = registry;
    }

    public EventTypeRegistry registry() {
        return registry;
    }

    /** Events of a municipality's stream with a version above {@code afterVersion}, in stream order. */
    public Uni<List<EventEnvelope>> load(SqlClient client, String tenant, String streamId, long afterVersion) {
        return client.preparedQuery("select " + COLUMNS + " from es_event where tenant = $1 and stream_id = $2"
                        + " and stream_version > $3 order by stream_version")
                .execute(Tuple.of(tenant, streamId, afterVersion))
                .map(EventStore::envelopes);
    }

    /**
     * All events of all streams of a type (e.g. every dependency) of one municipality, by stream and version: for
     * folding a register.
     */
    public Uni<List<EventEnvelope>> loadType(SqlClient client, String tenant, String streamType) {
        return client.preparedQuery("select " + COLUMNS + " from es_event where tenant = $1 and stream_type = $2"
                        + " order by stream_id, stream_version")
                .execute(Tuple.of(tenant, streamType))
                .map(EventStore::envelopes);
    }

    /** The current version of a municipality's stream, 0 if it has no events. */
    public Uni<Long> version(SqlClient client, String tenant, String streamId) {
        return client.preparedQuery("select coalesce(max(stream_version), 0) from es_event where tenant = $1"
                        + " and stream_id = $2")
                .execute(Tuple.of(tenant, streamId))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /**
     * Appends events at {@code expectedVersion + 1 ...} to the stream of the municipality the metadata names. Fails with {@link ConcurrencyConflictException} when
     * another transaction got there first; the caller's transaction is then rolled back as a whole.
     */
    public Uni<List<EventEnvelope>> append(SqlConnection tx, String streamType, String streamId, long expectedVersion,
            List<? extends DomainEvent> events, EventMetadata metadata) {
        return appendAll(tx, streamType, streamId, expectedVersion, List.of(new Pending(events, metadata)));
    }

    /** The events of one command with that command's metadata (actor, time, correlation). */
    public record Pending(List<? extends DomainEvent> events, EventMetadata metadata) {
    }

    /**
     * Appends the events of several commands, in order, at {@code expectedVersion + 1 ...} in one statement; each
     * command's events carry its own metadata. Fails as {@link #append} does.
     */
    public Uni<List<EventEnvelope>> appendAll(SqlConnection tx, String streamType, String streamId,
            long expectedVersion, List<Pending> commands) {
        String tenant = commands.isEmpty() ? null : commands.get(0).metadata().tenant();
        for (Pending command : commands) {
            if (!command.metadata().tenant().equals(tenant)) {
                throw new IllegalArgumentException("the commands of one append name different municipalities: "
                        + tenant + ", " + command.metadata().tenant());
            }
        }
        List<Tuple> rows = new ArrayList<>();
        List<EventEnvelope> pending = new ArrayList<>();
        long version = expectedVersion;
        for (Pending command : commands) {
            version = encode(streamType, streamId, version, command.events(), command.metadata(), rows, pending);
        }
        if (rows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return insert(tx, tenant + "/" + streamId, expectedVersion, rows, pending);
    }

    private long encode(String streamType, String streamId, long afterVersion, List<? extends DomainEvent> events,
            EventMetadata metadata, List<Tuple> rows, List<EventEnvelope> pending) {
        long version = afterVersion;
        OffsetDateTime occurredAt = metadata.occurredAt().atOffset(ZoneOffset.UTC);
        for (DomainEvent event : events) {
            version++;
            UUID eventId = UUID.randomUUID();
            String type = registry.nameOf(event);
            var payload = registry.encode(event);
            rows.add(Tuple.from(List.of(eventId, streamId, streamType, version, type, Json.text(payload), occurredAt,
                    metadata.actor().subject(), metadata.actor().name(), metadata.correlationId(),
                    metadata.causationId(), metadata.tenant())));
            pending.add(new EventEnvelope(eventId, streamId, streamType, version, type, payload,
                    metadata.occurredAt(), null, metadata.actor(), metadata.correlationId(), metadata.causationId(),
                    metadata.tenant()));
        }
        return version;
    }

    private Uni<List<EventEnvelope>> insert(SqlConnection tx, String streamId, long expectedVersion, List<Tuple> rows,
            List<EventEnvelope> pending) {
        return tx.preparedQuery(INSERT).executeBatch(rows)
                .map(result -> {
                    List<EventEnvelope> stored = new ArrayList<>(pending.size());
                    RowSet<Row> current = result;
                    for (EventEnvelope e : pending) {
                        Instant recordedAt = current.iterator().next().getOffsetDateTime(0).toInstant();
                        stored.add(new EventEnvelope(e.eventId(), e.streamId(), e.streamType(), e.streamVersion(),
                                e.type(), e.payload(), e.occurredAt(), recordedAt, e.actor(), e.correlationId(),
                                e.causationId(), e.tenant()));
                        current = current.next();
                    }
                    return stored;
                })
                .onFailure(EventStore::isVersionConflict)
                .transform(failure -> new ConcurrencyConflictException(streamId, expectedVersion));
    }

    static boolean isVersionConflict(Throwable failure) {
        return failure instanceof PgException pg && "23505".equals(pg.getSqlState())
                && STREAM_VERSION_KEY.equals(pg.getConstraint());
    }

    private static List<EventEnvelope> envelopes(RowSet<Row> rows) {
        List<EventEnvelope> result = new ArrayList<>(rows.rowCount());
        for (Row row : rows) {
            result.add(envelope(row));
        }
        return result;
    }

    private static EventEnvelope envelope(Row row) {
        try {
            return new EventEnvelope(
                    row.getUUID(0),
                    row.getString(1),
                    row.getString(2),
                    row.getLong(3),
                    row.getString(4),
                    Json.mapper().readTree(row.getString(5)),
                    row.getOffsetDateTime(6).toInstant(),
                    row.getOffsetDateTime(7).toInstant(),
                    new Actor(row.getString(8), row.getString(9)),
                    row.getUUID(10),
                    row.getUUID(11),
                    row.getString(12));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored payload is not JSON", e);
        }
    }
}
