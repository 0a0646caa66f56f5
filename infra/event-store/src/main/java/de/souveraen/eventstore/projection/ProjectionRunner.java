package de.souveraen.eventstore.projection;

import de.souveraen.contracts.DomainEvent;
import de.souveraen.contracts.EventEnvelope;
import de.souveraen.contracts.EventTypeRegistry;
import de.souveraen.contracts.MalformedEventException;
import de.souveraen.contracts.Topics;
import de.souveraen.contracts.UnknownEventTypeException;
import de.souveraen.eventstore.outbox.CloudEventCodec;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.Logger;

/**
 * Consumer support for projections. For each received record: decode the CloudEvent, then in ONE
 * transaction record the event id for this consumer and apply the projection — a redelivered event finds
 * its id recorded and changes nothing. A record that cannot be decoded or applied (a poison event) is
 * written to {@code es_dead_letter} and to the topic's dead-letter topic with the reason, and the stream
 * goes on. Failures that may pass (database or broker away) are returned as failures, so the caller does
 * not acknowledge the record and it is delivered again.
 */
public final class ProjectionRunner {
    private static final Logger LOG = Logger.getLogger(ProjectionRunner.class);

    public enum Result {
        APPLIED, DUPLICATE, DEAD_LETTERED
    }

    /** Where a record came from, for dead-lettering. */
    public record Origin(String topic, int partition, long offset, String key) {
    }

    private final Pool pool;
    private final String consumer;
    private final EventTypeRegistry registry;
    private final Producer<String, byte[]> deadLetterProducer;

    public ProjectionRunner(Pool pool, String consumer, EventTypeRegistry registry,
            Producer<String, byte[]> deadLetterProducer) {
        this.pool = pool;
        this.consumer = consumer;
        this.registry = registry;
        this.deadLetterProducer = deadLetterProducer;
    }

    public Uni<Result> handle(Origin origin, Headers headers, byte[] value, Projection projection) {
        EventEnvelope envelope;
        DomainEvent event;
        try {
            envelope = CloudEventCodec.fromParts(headers, value);
            event = envelope.decode(registry);
        } catch (CloudEventCodec.MalformedRecordException | UnknownEventTypeException | MalformedEventException e) {
            return deadLetter(origin, headers, value, e.getMessage());
        }
        return pool.withTransaction(tx -> tx
                        .preparedQuery("insert into es_processed_event (consumer, event_id) values ($1, $2)"
                                + " on conflict do nothing")
                        .execute(Tuple.of(consumer, envelope.eventId()))
                        .chain(inserted -> inserted.rowCount() == 0
                                ? Uni.createFrom().item(Result.DUPLICATE)
                                : projection.apply(tx, envelope, event).replaceWith(Result.APPLIED)))
                .onFailure(ProjectionRunner::isPoison)
                .recoverWithUni(failure -> deadLetter(origin, headers, value,
                        failure.getClass().getSimpleName() + ": " + failure.getMessage()));
    }

    /** Poison = will fail again however often it is retried. Connection and broker trouble is not poison. */
    static boolean isPoison(Throwable failure) {
        if (failure instanceof PoisonEventException || failure instanceof IllegalArgumentException
                || failure instanceof IllegalStateException || failure instanceof NullPointerException
                || failure instanceof ClassCastException || failure instanceof ArithmeticException
                || failure instanceof UnknownEventTypeException || failure instanceof MalformedEventException) {
            return true;
        }
        if (failure instanceof PgException pg && pg.getSqlState() != null) {
            String state = pg.getSqlState();
            // 22 data exception, 23 integrity constraint violation, 42 syntax/access rule
            return state.startsWith("22") || state.startsWith("23") || state.startsWith("42");
        }
        return false;
    }

    private Uni<Result> deadLetter(Origin origin, Headers headers, byte[] value, String reason) {
        String safeReason = reason == null ? "unknown" : reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        LOG.warnf("dead-lettering %s/%d@%d for %s: %s", origin.topic(), origin.partition(), origin.offset(), consumer,
                safeReason);
        return Uni.createFrom().item(() -> {
            publishDeadLetter(origin, headers, value, safeReason);
            return Result.DEAD_LETTERED;
        }).runSubscriptionOn(io.smallrye.mutiny.infrastructure.Infrastructure.getDefaultWorkerPool())
                .chain(result -> pool.preparedQuery("insert into es_dead_letter (consumer, topic, partition, record_offset,"
                                + " record_key, event_id, event_type, reason, payload) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
                                + " on conflict do nothing")
                        .execute(Tuple.from(java.util.Arrays.asList(consumer, origin.topic(), origin.partition(),
                                origin.offset(), origin.key(),
                                CloudEventCodec.header(headers, de.souveraen.contracts.CloudEventHeaders.ID),
                                CloudEventCodec.header(headers, de.souveraen.contracts.CloudEventHeaders.TYPE),
                                safeReason, value == null ? null : new String(value, StandardCharsets.UTF_8)
                                        .replace('\u0000', '\uFFFD'))))
                        .replaceWith(result));
    }

    private void publishDeadLetter(Origin origin, Headers headers, byte[] value, String reason) {
        RecordHeaders out = new RecordHeaders(headers.toArray());
        out.add("dead-letter-reason", reason.getBytes(StandardCharsets.UTF_8));
        out.add("dead-letter-consumer", consumer.getBytes(StandardCharsets.UTF_8));
        out.add("dead-letter-topic", origin.topic().getBytes(StandardCharsets.UTF_8));
        out.add("dead-letter-partition", Integer.toString(origin.partition()).getBytes(StandardCharsets.UTF_8));
        out.add("dead-letter-offset", Long.toString(origin.offset()).getBytes(StandardCharsets.UTF_8));
        try {
            deadLetterProducer.send(new ProducerRecord<>(Topics.deadLetter(origin.topic()), null, origin.key(), value, out))
                    .get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering", e);
        } catch (Exception e) {
            // not poison: the record stays unacknowledged and comes again
            throw new DeadLetterUnavailableException(e);
        }
    }

    /** The dead-letter topic could not be written: the record must be retried, not dropped. */
    public static class DeadLetterUnavailableException extends RuntimeException {
        DeadLetterUnavailableException(Throwable cause) {
            super("dead-letter topic unavailable: " + cause.getMessage(), cause);
        }
    }
}
