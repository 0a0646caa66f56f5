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
import io.vertx.mutiny.sqlclient.Row;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.Logger;

/**
 * Consumer support for projections. For each received record: decode the CloudEvent, then in ONE
 * transaction record the event id for this consumer and apply the projection — a redelivered event finds
 * its id recorded and changes nothing; so does a stream version recorded before under another event id (it is
 * dead-lettered). A record that cannot be decoded or applied (a poison event) is written to {@code es_dead_letter}
 * and to the topic's dead-letter topic with the reason, and the stream goes on. Failures that may pass (database or
 * broker away) are returned as failures, so the caller does not acknowledge the record and it is delivered again.
 * An event of a type the consumer does not know yet is such a failure too, not poison: a newer producer wrote it,
 * and skipping it would lose it for good — the consumer pauses there ({@link #waiting()}) and retries until it is
 * upgraded.
 */
public final class ProjectionRunner {
    private static final Logger LOG = Logger.getLogger(ProjectionRunner.class);

    public enum Result {
        APPLIED, DUPLICATE, DEAD_LETTERED
    }

    /** Where a record came from, for dead-lettering. */
    public record Origin(String topic, int partition, long offset, String key) {
    }

    /** One received record. */
    public record Delivery(Origin origin, Headers headers, byte[] value) {
    }

    /** What became of a batch: records applied, already processed before (or twice in the batch), dead-lettered. */
    public record BatchOutcome(int applied, int duplicates, int deadLettered) {
        public static final BatchOutcome NONE = new BatchOutcome(0, 0, 0);

        public BatchOutcome plus(BatchOutcome other) {
            return new BatchOutcome(applied + other.applied, duplicates + other.duplicates,
                    deadLettered + other.deadLettered);
        }

        static BatchOutcome of(Result result) {
            return switch (result) {
                case APPLIED -> new BatchOutcome(1, 0, 0);
                case DUPLICATE -> new BatchOutcome(0, 1, 0);
                case DEAD_LETTERED -> new BatchOutcome(0, 0, 1);
            };
        }
    }

    private final Pool pool;
    private final String consumer;
    private final EventTypeRegistry registry;
    private final Producer<String, byte[]> deadLetterProducer;
    private final java.util.concurrent.atomic.AtomicLong gaps = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicReference<Waiting> waiting =
            new java.util.concurrent.atomic.AtomicReference<>();

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
        } catch (UnknownEventTypeException e) {
            return Uni.createFrom().failure(waitFor(origin, headers, e));
        } catch (CloudEventCodec.MalformedRecordException | MalformedEventException e) {
            return deadLetter(origin, headers, value, e.getMessage());
        }
        return pool.withTransaction(tx -> tx
                        .preparedQuery("insert into es_processed_event (consumer, event_id, stream_id, stream_version)"
                                + " values ($1, $2, $3, $4) on conflict do nothing")
                        .execute(Tuple.of(consumer, envelope.eventId(), stream(envelope), envelope.streamVersion()))
                        .chain(inserted -> inserted.rowCount() == 1
                                ? projection.apply(tx, envelope, event).replaceWith(Result.APPLIED)
                                : tx.preparedQuery("select 1 from es_processed_event where consumer = $1 and event_id = $2")
                                        .execute(Tuple.of(consumer, envelope.eventId()))
                                        .map(seen -> {
                                            if (seen.rowCount() == 0) {
                                                throw versionSeenBefore(envelope);
                                            }
                                            return Result.DUPLICATE;
                                        })))
                .onFailure(ProjectionRunner::isConstraintViolation).retry().atMost(CONSTRAINT_RETRIES)
                .onFailure(ProjectionRunner::isPoison)
                .recoverWithUni(failure -> deadLetter(origin, headers, value,
                        failure.getClass().getSimpleName() + ": " + failure.getMessage()))
                .invoke(() -> waiting.set(null));
    }

    /**
     * Handles records in delivery order in ONE transaction: their event ids are recorded as processed in one
     * statement, and the projection gets only the events not processed before, all at once
     * ({@link Projection#applyAll}). Records that cannot be decoded are dead-lettered first. If the batch fails
     * with a poison failure, it is handled again record by record, so only the poison record is dead-lettered; a
     * failure that may pass fails the whole batch, nothing of it is recorded, and the caller delivers it again.
     */
    public Uni<BatchOutcome> handleBatch(List<Delivery> deliveries, Projection projection) {
        List<Delivery> undecodable = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        Map<UUID, Projection.Decoded> fresh = new LinkedHashMap<>();
        List<Delivery> decodedDeliveries = new ArrayList<>();
        int repeated = 0;
        for (Delivery delivery : deliveries) {
            try {
                EventEnvelope envelope = CloudEventCodec.fromParts(delivery.headers(), delivery.value());
                DomainEvent event = envelope.decode(registry);
                decodedDeliveries.add(delivery);
                if (fresh.putIfAbsent(envelope.eventId(), new Projection.Decoded(envelope, event)) != null) {
                    repeated++;
                }
            } catch (UnknownEventTypeException e) {
                // a newer producer's event: nothing of this batch is applied (per-stream order), the caller retries
                return Uni.createFrom().failure(waitFor(delivery.origin(), delivery.headers(), e));
            } catch (CloudEventCodec.MalformedRecordException | MalformedEventException e) {
                undecodable.add(delivery);
                reasons.add(e.getMessage());
            }
        }
        Uni<BatchOutcome> dead = Uni.createFrom().item(BatchOutcome.NONE);
        for (int i = 0; i < undecodable.size(); i++) {
            Delivery delivery = undecodable.get(i);
            String reason = reasons.get(i);
            dead = dead.chain(sum -> deadLetter(delivery.origin(), delivery.headers(), delivery.value(), reason)
                    .map(result -> sum.plus(BatchOutcome.of(result))));
        }
        if (fresh.isEmpty()) {
            return dead.invoke(() -> waiting.set(null));
        }
        int repeatedInBatch = repeated;
        UUID[] ids = fresh.keySet().toArray(UUID[]::new);
        String[] streams = fresh.values().stream().map(d -> stream(d.envelope())).toArray(String[]::new);
        Long[] versions = fresh.values().stream().map(d -> d.envelope().streamVersion()).toArray(Long[]::new);
        return dead.chain(deadOutcome -> pool.withTransaction(tx -> tx
                        .preparedQuery("insert into es_processed_event (consumer, event_id, stream_id, stream_version)"
                                + " select $1, id, stream, version from unnest($2::uuid[], $3::text[], $4::bigint[])"
                                + " as u(id, stream, version) on conflict do nothing returning event_id")
                        .execute(Tuple.of(consumer, ids, streams, versions))
                        .chain(inserted -> inserted.rowCount() == ids.length ? Uni.createFrom().item(inserted)
                                : tx.preparedQuery("select count(*) from es_processed_event where consumer = $1"
                                        + " and event_id = any($2::uuid[])").execute(Tuple.of(consumer, ids))
                                        .map(seen -> {
                                            // ids recorded = inserted now + processed before; fewer means a stream
                                            // version came again under a new id: one by one, it is dead-lettered
                                            if (seen.iterator().next().getLong(0) < ids.length) {
                                                throw new PoisonEventException("a stream version of the batch was"
                                                        + " applied before under another event id");
                                            }
                                            return inserted;
                                        }))
                        .chain(inserted -> {
                            Set<UUID> newIds = new HashSet<>();
                            for (Row row : inserted) {
                                newIds.add(row.getUUID(0));
                            }
                            List<Projection.Decoded> toApply = fresh.values().stream()
                                    .filter(d -> newIds.contains(d.envelope().eventId())).toList();
                            BatchOutcome outcome = new BatchOutcome(toApply.size(),
                                    fresh.size() - toApply.size() + repeatedInBatch, 0);
                            return toApply.isEmpty() ? Uni.createFrom().item(outcome)
                                    : detectGaps(tx, toApply).chain(() -> projection.applyAll(tx, toApply))
                                            .replaceWith(outcome);
                        }))
                .onFailure(ProjectionRunner::isConstraintViolation).retry().atMost(CONSTRAINT_RETRIES)
                .onFailure(ProjectionRunner::isPoison)
                .recoverWithUni(failure -> {
                    LOG.warnf("batch of %d records for %s failed (%s); handling them one by one", decodedDeliveries.size(),
                            consumer, failure.toString());
                    Uni<BatchOutcome> one = Uni.createFrom().item(BatchOutcome.NONE);
                    for (Delivery delivery : decodedDeliveries) {
                        one = one.chain(sum -> handle(delivery.origin(), delivery.headers(), delivery.value(), projection)
                                .map(result -> sum.plus(BatchOutcome.of(result))));
                    }
                    return one;
                })
                .map(deadOutcome::plus))
                .invoke(() -> waiting.set(null));
    }

    /**
     * A stream version that was applied before under another event id: the producing service wrote that version
     * anew (e.g. restored from a backup older than what it had published). Applying it would count the change twice.
     */
    private static PoisonEventException versionSeenBefore(EventEnvelope envelope) {
        return new PoisonEventException("stream " + envelope.streamId() + " version " + envelope.streamVersion()
                + " was applied before under another event id; event " + envelope.eventId() + " is not applied");
    }

    /**
     * The consumer waits for an event type it does not know yet: records state and returns the (not poison)
     * failure with which the caller retries — the stream pauses visibly until the consumer is upgraded.
     */
    private UnknownEventTypeWaiting waitFor(Origin origin, Headers headers, UnknownEventTypeException cause) {
        String type = CloudEventCodec.header(headers, de.souveraen.contracts.CloudEventHeaders.TYPE);
        Waiting now = new Waiting(type, origin, java.time.Instant.now());
        Waiting before = waiting.get();
        if (before == null || !before.type().equals(type) || before.origin().offset() != origin.offset()) {
            waiting.set(now);
            LOG.warnf("%s waits at %s/%d@%d for an event type it does not know yet (%s): it pauses that partition"
                    + " and retries until the service knows the type", consumer, origin.topic(), origin.partition(),
                    origin.offset(), type);
        }
        return new UnknownEventTypeWaiting(type, cause);
    }

    /** Where the consumer waits for an unknown event type; {@code null} when it does not. */
    public Waiting waiting() {
        return waiting.get();
    }

    /** The consumer's pause: the unknown type, the record it waits at, since when. */
    public record Waiting(String type, Origin origin, java.time.Instant since) {
    }

    /** Not poison: an event of a type this consumer does not know yet (a newer producer); retried, not skipped. */
    public static final class UnknownEventTypeWaiting extends RuntimeException {
        UnknownEventTypeWaiting(String type, Throwable cause) {
            super("event type " + type + " is not known yet; waiting", cause);
        }
    }

    /** The stream of an event as consumers record it: {@code <tenant>/<stream id>} (streams are per municipality). */
    private static String stream(EventEnvelope envelope) {
        return envelope.tenant() + "/" + envelope.streamId();
    }

    /**
     * Finds gaps in the stream versions this consumer applies: within the batch the versions of a stream must follow
     * each other, and the first of a stream (above 1) must follow one applied before (one look-up per stream, not
     * per event). A gap means an event of the stream was not applied (dead-lettered, or lost upstream): it is logged
     * and counted ({@link #gaps()}), and the stream goes on — the event that follows is real and applying it keeps
     * the read model closer to the truth than stopping would.
     */
    private Uni<Void> detectGaps(io.vertx.mutiny.sqlclient.SqlConnection tx, List<Projection.Decoded> applying) {
        Map<String, Long> last = new LinkedHashMap<>();
        Map<String, Long> first = new LinkedHashMap<>();
        for (Projection.Decoded d : applying) {
            String stream = stream(d.envelope());
            long version = d.envelope().streamVersion();
            Long before = last.put(stream, version);
            if (before == null) {
                first.put(stream, version);
            } else if (version != before + 1) {
                gap(stream, before + 1, version);
            }
        }
        first.values().removeIf(v -> v <= 1);
        if (first.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String[] streams = first.keySet().toArray(String[]::new);
        Long[] previous = first.values().stream().map(v -> v - 1).toArray(Long[]::new);
        return tx.preparedQuery("select u.stream from unnest($2::text[], $3::bigint[]) as u(stream, version)"
                        + " where not exists (select 1 from es_processed_event p where p.consumer = $1"
                        + " and p.stream_id = u.stream and p.stream_version = u.version)")
                .execute(Tuple.of(consumer, streams, previous))
                .invoke(missing -> {
                    for (Row row : missing) {
                        String stream = row.getString(0);
                        gap(stream, first.get(stream) - 1, first.get(stream));
                    }
                }).replaceWithVoid();
    }

    private void gap(String stream, long missing, long next) {
        gaps.incrementAndGet();
        LOG.warnf("%s: stream %s goes on at version %d, version %d was never applied here (dead-lettered or lost"
                + " upstream)", consumer, stream, next, missing);
    }

    /** Gaps found in the stream versions applied since start (see {@link #detectGaps}). */
    public long gaps() {
        return gaps.get();
    }

    /**
     * How often a transaction that failed on a constraint is tried again before the record counts as poison: a
     * constraint violation can be a race with a concurrent writer (two replicas creating one document), which the
     * next attempt no longer meets.
     */
    static final int CONSTRAINT_RETRIES = 2;

    /** A PostgreSQL integrity constraint violation (SQLSTATE class 23). */
    static boolean isConstraintViolation(Throwable failure) {
        return failure instanceof PgException pg && pg.getSqlState() != null && pg.getSqlState().startsWith("23");
    }

    /**
     * Poison = will fail again however often it is retried. A constraint violation counts only after
     * {@link #CONSTRAINT_RETRIES} more attempts. Connection and broker trouble is not poison. */
    static boolean isPoison(Throwable failure) {
        if (failure instanceof PoisonEventException || failure instanceof IllegalArgumentException
                || failure instanceof IllegalStateException || failure instanceof NullPointerException
                || failure instanceof ClassCastException || failure instanceof ArithmeticException
                || failure instanceof MalformedEventException) {
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
