package de.souveraen.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.Actor;
import de.souveraen.contracts.CloudEventHeaders;
import de.souveraen.contracts.EventMetadata;
import de.souveraen.contracts.Topics;
import de.souveraen.eventstore.idempotency.IdempotencyStore;
import de.souveraen.eventstore.outbox.CloudEventCodec;
import de.souveraen.eventstore.outbox.OutboxRelay;
import de.souveraen.eventstore.projection.Projection;
import de.souveraen.eventstore.projection.ProjectionRunner;
import de.souveraen.eventstore.store.CommandHandler;
import de.souveraen.eventstore.store.EventStore;
import de.souveraen.testing.EmbeddedKafkaBroker;
import de.souveraen.testing.KafkaTopicReader;
import de.souveraen.testing.SharedInfrastructure;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Consumer support: exactly-once effect on the read model, and poison events to the dead-letter topic. */
class ProjectionRunnerTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    private KernelFixture db;
    private EmbeddedKafkaBroker kafka;
    private Producer<String, byte[]> producer;
    private ProjectionRunner runner;
    private String topic;

    /** The read model: a running total per stream, written in the runner's transaction. */
    private final Projection totals = (tx, envelope, event) -> {
        Counter.Incremented incremented = (Counter.Incremented) event;
        return tx.preparedQuery("insert into test_totals (stream_id, total, events) values ($1, $2, 1)"
                        + " on conflict (stream_id) do update set total = test_totals.total + excluded.total,"
                        + " events = test_totals.events + 1")
                .execute(Tuple.of(envelope.streamId(), incremented.by())).replaceWithVoid();
    };

    @BeforeEach
    void setUp() throws Exception {
        db = new KernelFixture();
        try (var c = db.jdbc(); var st = c.createStatement()) {
            st.execute("create table test_totals (stream_id text primary key, total int not null, events int not null)");
        }
        kafka = SharedInfrastructure.kafka();
        topic = "test.projection." + UUID.randomUUID();
        kafka.createTopics(1, topic, Topics.deadLetter(topic));
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        runner = new ProjectionRunner(db.pool, "test-projection", Counter.REGISTRY, producer);
    }

    @AfterEach
    void tearDown() {
        producer.close();
        db.close();
    }

    private ProjectionRunner.Result deliver(ConsumerRecord<String, byte[]> record) {
        return runner.handle(new ProjectionRunner.Origin(record.topic(), record.partition(), record.offset(), record.key()),
                record.headers(), record.value(), totals).await().atMost(WAIT);
    }

    /** Writes events through the real store and relay, and reads them back from the real topic. */
    private List<ConsumerRecord<String, byte[]>> publishedEvents(int count) throws Exception {
        EventStore store = new EventStore(Counter.REGISTRY);
        CommandHandler handler = new CommandHandler(db.pool, store, new IdempotencyStore(), 10, 10);
        for (int i = 0; i < count; i++) {
            handler.handle(Counter.AGGREGATE, "c-1", new Counter.Increment(10, 1000),
                    EventMetadata.of(Instant.parse("2026-01-29T18:00:00Z"), new Actor("u", "U"), UUID.randomUUID()))
                    .await().atMost(WAIT);
        }
        try (OutboxRelay relay = new OutboxRelay(db.dataSource, () -> producer(), new OutboxRelay.Settings("p", topic,
                "/souveraen/test", 100, Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofSeconds(10)),
                Clock.systemUTC())) {
            int published = 0;
            while (published < count) {
                published += relay.publishOnce();
            }
        }
        try (KafkaTopicReader reader = new KafkaTopicReader(kafka.bootstrapServers(), topic)) {
            return reader.readUntil(r -> r.size() >= count, WAIT);
        }
    }

    private Producer<String, byte[]> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "projection-" + topic);
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    private long total(String stream) {
        return db.count("select coalesce(sum(total), 0) from test_totals where stream_id = '" + stream + "'");
    }

    @Test
    void the_same_event_delivered_twice_changes_the_read_model_once() throws Exception {
        List<ConsumerRecord<String, byte[]>> records = publishedEvents(2);
        assertThat(deliver(records.get(0))).isEqualTo(ProjectionRunner.Result.APPLIED);
        assertThat(deliver(records.get(0))).isEqualTo(ProjectionRunner.Result.DUPLICATE);
        assertThat(deliver(records.get(1))).isEqualTo(ProjectionRunner.Result.APPLIED);
        assertThat(deliver(records.get(1))).isEqualTo(ProjectionRunner.Result.DUPLICATE);
        assertThat(total("c-1")).isEqualTo(20);
        assertThat(db.count("select events from test_totals where stream_id = 'c-1'")).isEqualTo(2);
        assertThat(db.count("select count(*) from es_processed_event where consumer = 'test-projection'")).isEqualTo(2);
    }

    @Test
    void a_failing_projection_leaves_no_trace_so_the_redelivery_applies_it() throws Exception {
        List<ConsumerRecord<String, byte[]>> records = publishedEvents(1);
        ConsumerRecord<String, byte[]> record = records.get(0);
        // the database refuses the read-model write for a passing reason: nothing is recorded as processed
        Projection broken = (tx, envelope, event) -> Uni.createFrom().failure(new java.io.IOException("connection reset"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runner.handle(
                new ProjectionRunner.Origin(record.topic(), record.partition(), record.offset(), record.key()),
                record.headers(), record.value(), broken).await().atMost(WAIT)).hasMessageContaining("connection reset");
        assertThat(db.count("select count(*) from es_processed_event")).isZero();
        assertThat(deliver(record)).isEqualTo(ProjectionRunner.Result.APPLIED);
        assertThat(total("c-1")).isEqualTo(10);
    }

    @Test
    void a_poison_event_goes_to_the_dead_letter_topic_and_the_stream_goes_on() throws Exception {
        List<ConsumerRecord<String, byte[]>> good = publishedEvents(1);
        ProducerRecord<String, byte[]> garbage = new ProducerRecord<>(topic, "c-1", "not json".getBytes(StandardCharsets.UTF_8));
        producer.send(garbage).get();

        List<ConsumerRecord<String, byte[]>> all;
        try (KafkaTopicReader reader = new KafkaTopicReader(kafka.bootstrapServers(), topic)) {
            all = reader.readUntil(r -> r.size() >= 2, WAIT);
        }
        assertThat(deliver(all.get(1))).isEqualTo(ProjectionRunner.Result.DEAD_LETTERED);
        assertThat(deliver(all.get(0))).isEqualTo(ProjectionRunner.Result.APPLIED);
        assertThat(total("c-1")).isEqualTo(10);

        try (KafkaTopicReader dlt = new KafkaTopicReader(kafka.bootstrapServers(), Topics.deadLetter(topic))) {
            List<ConsumerRecord<String, byte[]>> dead = dlt.readUntil(r -> r.size() >= 1, WAIT);
            assertThat(CloudEventCodec.header(dead.get(0).headers(), "dead-letter-reason")).contains("missing header");
            assertThat(CloudEventCodec.header(dead.get(0).headers(), "dead-letter-offset"))
                    .isEqualTo(Long.toString(all.get(1).offset()));
        }
        assertThat(db.count("select count(*) from es_dead_letter where consumer = 'test-projection'")).isEqualTo(1);
        // dead-lettering the same record again (a redelivery) does not duplicate the admin entry
        deliver(all.get(1));
        assertThat(db.count("select count(*) from es_dead_letter")).isEqualTo(1);
    }

    @Test
    void an_event_of_a_type_not_known_yet_pauses_the_consumer_visibly_instead_of_being_skipped() throws Exception {
        List<ConsumerRecord<String, byte[]>> good = publishedEvents(2);
        // an event type nobody here knows, published by a hypothetical newer producer
        ProducerRecord<String, byte[]> newer = CloudEventCodec.toRecord(topic, "/souveraen/elsewhere",
                CloudEventCodec.fromRecord(good.get(0)));
        newer.headers().remove(CloudEventHeaders.TYPE);
        newer.headers().add(CloudEventHeaders.TYPE, "test.Unheard.v9".getBytes(StandardCharsets.UTF_8));
        producer.send(newer).get();
        List<ConsumerRecord<String, byte[]>> all;
        try (KafkaTopicReader reader = new KafkaTopicReader(kafka.bootstrapServers(), topic)) {
            all = reader.readUntil(r -> r.size() >= 3, WAIT);
        }
        List<ProjectionRunner.Delivery> batch = all.stream().map(ProjectionRunnerTest::delivery).toList();
        for (int attempt = 0; attempt < 2; attempt++) { // the caller retries: each time the same answer
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> runner.handleBatch(batch, totals).await()
                    .atMost(WAIT)).isInstanceOf(ProjectionRunner.UnknownEventTypeWaiting.class)
                    .hasMessageContaining("test.Unheard.v9");
        }
        assertThat(runner.waiting()).isNotNull();
        assertThat(runner.waiting().type()).isEqualTo("test.Unheard.v9");
        assertThat(runner.waiting().origin().offset()).isEqualTo(all.get(2).offset());
        assertThat(db.count("select count(*) from es_dead_letter")).as("nothing skipped").isZero();
        assertThat(db.count("select count(*) from es_processed_event")).as("nothing of the batch applied").isZero();
        // once the batch goes through (here: without the record, as after an upgrade that knows the type) the
        // pause is over
        assertThat(runner.handleBatch(batch.subList(0, 2), totals).await().atMost(WAIT))
                .isEqualTo(new ProjectionRunner.BatchOutcome(2, 0, 0));
        assertThat(runner.waiting()).isNull();
    }

    private static ProjectionRunner.Delivery delivery(ConsumerRecord<String, byte[]> record) {
        return new ProjectionRunner.Delivery(new ProjectionRunner.Origin(record.topic(), record.partition(),
                record.offset(), record.key()), record.headers(), record.value());
    }

    @Test
    void a_batch_applies_each_new_event_once_in_one_call_and_skips_processed_and_repeated_ones() throws Exception {
        List<ConsumerRecord<String, byte[]>> records = publishedEvents(4);
        assertThat(deliver(records.get(0))).isEqualTo(ProjectionRunner.Result.APPLIED);
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        java.util.List<Integer> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        Projection counting = new Projection() {
            @Override
            public Uni<Void> apply(io.vertx.mutiny.sqlclient.SqlConnection tx, de.souveraen.contracts.EventEnvelope envelope,
                    de.souveraen.contracts.DomainEvent event) {
                seen.add(((Counter.Incremented) event).total());
                return totals.apply(tx, envelope, event);
            }

            @Override
            public Uni<Void> applyAll(io.vertx.mutiny.sqlclient.SqlConnection tx, List<Decoded> events) {
                calls.incrementAndGet();
                return Projection.super.applyAll(tx, events);
            }
        };
        // record 0 was processed before; record 2 comes twice (an at-least-once redelivery inside one poll)
        var outcome = runner.handleBatch(List.of(delivery(records.get(0)), delivery(records.get(1)),
                delivery(records.get(2)), delivery(records.get(2)), delivery(records.get(3))), counting).await().atMost(WAIT);

        assertThat(outcome).isEqualTo(new ProjectionRunner.BatchOutcome(3, 2, 0));
        assertThat(calls.get()).isEqualTo(1);
        assertThat(seen).containsExactly(20, 30, 40); // delivery order, each once
        assertThat(total("c-1")).isEqualTo(40);
        assertThat(db.count("select count(*) from es_processed_event where consumer = 'test-projection'")).isEqualTo(4);
        // the same batch again changes nothing
        assertThat(runner.handleBatch(List.of(delivery(records.get(1)), delivery(records.get(3))), counting)
                .await().atMost(WAIT)).isEqualTo(new ProjectionRunner.BatchOutcome(0, 2, 0));
        assertThat(total("c-1")).isEqualTo(40);
    }

    @Test
    void a_batch_that_fails_for_a_passing_reason_leaves_no_trace() throws Exception {
        List<ConsumerRecord<String, byte[]>> records = publishedEvents(3);
        Projection flaky = new Projection() {
            @Override
            public Uni<Void> apply(io.vertx.mutiny.sqlclient.SqlConnection tx, de.souveraen.contracts.EventEnvelope envelope,
                    de.souveraen.contracts.DomainEvent event) {
                return ((Counter.Incremented) event).total() == 30
                        ? Uni.createFrom().failure(new java.io.IOException("connection reset"))
                        : totals.apply(tx, envelope, event);
            }
        };
        List<ProjectionRunner.Delivery> batch = records.stream().map(ProjectionRunnerTest::delivery).toList();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runner.handleBatch(batch, flaky).await().atMost(WAIT))
                .hasMessageContaining("connection reset");
        assertThat(db.count("select count(*) from es_processed_event")).isZero();
        assertThat(total("c-1")).isZero();
        assertThat(runner.handleBatch(batch, totals).await().atMost(WAIT))
                .isEqualTo(new ProjectionRunner.BatchOutcome(3, 0, 0));
        assertThat(total("c-1")).isEqualTo(30);
    }

    @Test
    void a_poison_record_in_a_batch_is_dead_lettered_alone_and_the_others_are_applied() throws Exception {
        List<ConsumerRecord<String, byte[]>> records = publishedEvents(3);
        ProducerRecord<String, byte[]> garbage = new ProducerRecord<>(topic, "c-1", "not json".getBytes(StandardCharsets.UTF_8));
        producer.send(garbage).get();
        List<ConsumerRecord<String, byte[]>> all;
        try (KafkaTopicReader reader = new KafkaTopicReader(kafka.bootstrapServers(), topic)) {
            all = reader.readUntil(r -> r.size() >= 4, WAIT);
        }
        // the projection cannot interpret the second event (poison), and the fourth record is no CloudEvent at all
        Projection picky = (tx, envelope, event) -> ((Counter.Incremented) event).total() == 20
                ? Uni.createFrom().failure(new IllegalArgumentException("cannot interpret"))
                : totals.apply(tx, envelope, event);
        var outcome = runner.handleBatch(all.stream().map(ProjectionRunnerTest::delivery).toList(), picky)
                .await().atMost(WAIT);

        assertThat(outcome).isEqualTo(new ProjectionRunner.BatchOutcome(2, 0, 2));
        assertThat(total("c-1")).isEqualTo(20); // the events with totals 10 and 30, each adding 10
        assertThat(db.count("select events from test_totals where stream_id = 'c-1'")).isEqualTo(2);
        assertThat(db.count("select count(*) from es_dead_letter where consumer = 'test-projection'")).isEqualTo(2);
        assertThat(db.count("select count(*) from es_dead_letter where reason like '%cannot interpret%'")).isEqualTo(1);
    }

    /** The same stream version under a new event id: what a service restored from an older backup writes anew. */
    private ConsumerRecord<String, byte[]> sameVersionNewId(ConsumerRecord<String, byte[]> record) throws Exception {
        de.souveraen.contracts.EventEnvelope e = CloudEventCodec.fromRecord(record);
        producer.send(CloudEventCodec.toRecord(topic, "/souveraen/test", new de.souveraen.contracts.EventEnvelope(
                UUID.randomUUID(), e.streamId(), e.streamType(), e.streamVersion(), e.type(), e.payload(),
                e.occurredAt(), e.recordedAt(), e.actor(), e.correlationId(), e.causationId(), e.tenant()))).get();
        try (KafkaTopicReader reader = new KafkaTopicReader(kafka.bootstrapServers(), topic)) {
            List<ConsumerRecord<String, byte[]>> all = reader.readUntil(r -> r.size() > record.offset() + 1, WAIT);
            return all.get(all.size() - 1);
        }
    }

    @Test
    void a_stream_version_seen_again_under_a_new_event_id_is_dead_lettered_not_counted_twice() throws Exception {
        List<ConsumerRecord<String, byte[]>> records = publishedEvents(2);
        ConsumerRecord<String, byte[]> again = sameVersionNewId(records.get(1));
        assertThat(deliver(records.get(0))).isEqualTo(ProjectionRunner.Result.APPLIED);
        assertThat(deliver(records.get(1))).isEqualTo(ProjectionRunner.Result.APPLIED);
        assertThat(deliver(again)).isEqualTo(ProjectionRunner.Result.DEAD_LETTERED);
        assertThat(total("c-1")).isEqualTo(20);
        assertThat(db.count("select count(*) from es_dead_letter where reason like '%applied before under another"
                + " event id%'")).isEqualTo(1);
    }

    @Test
    void in_a_batch_a_stream_version_seen_again_under_a_new_event_id_is_dead_lettered_alone() throws Exception {
        List<ConsumerRecord<String, byte[]>> records = publishedEvents(3);
        ConsumerRecord<String, byte[]> again = sameVersionNewId(records.get(0));
        assertThat(deliver(records.get(0))).isEqualTo(ProjectionRunner.Result.APPLIED);
        var outcome = runner.handleBatch(List.of(delivery(records.get(1)), delivery(again), delivery(records.get(2))),
                totals).await().atMost(WAIT);
        assertThat(outcome).isEqualTo(new ProjectionRunner.BatchOutcome(2, 0, 1));
        assertThat(total("c-1")).isEqualTo(30);
        assertThat(db.count("select events from test_totals where stream_id = 'c-1'")).isEqualTo(3);
    }

    @Test
    void a_constraint_violation_is_tried_again_before_it_counts_as_poison() throws Exception {
        List<ConsumerRecord<String, byte[]>> records = publishedEvents(2);
        java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
        // a race with another writer: the first attempt meets a unique violation, the next one does not
        Projection racing = (tx, envelope, event) -> attempts.incrementAndGet() == 1
                ? Uni.createFrom().failure(new io.vertx.pgclient.PgException("duplicate key", "ERROR", "23505", "race"))
                : totals.apply(tx, envelope, event);
        assertThat(runner.handle(new ProjectionRunner.Origin(records.get(0).topic(), records.get(0).partition(),
                records.get(0).offset(), records.get(0).key()), records.get(0).headers(), records.get(0).value(),
                racing).await().atMost(WAIT)).isEqualTo(ProjectionRunner.Result.APPLIED);
        assertThat(total("c-1")).isEqualTo(10);
        // one that stays is poison after the retries: dead-lettered, the stream goes on
        Projection alwaysViolating = (tx, envelope, event) -> Uni.createFrom()
                .failure(new io.vertx.pgclient.PgException("check violated", "ERROR", "23514", "always"));
        assertThat(runner.handleBatch(List.of(delivery(records.get(1))), alwaysViolating).await().atMost(WAIT))
                .isEqualTo(new ProjectionRunner.BatchOutcome(0, 0, 1));
        assertThat(db.count("select count(*) from es_dead_letter where reason like '%check violated%'")).isEqualTo(1);
    }

    @Test
    void a_gap_in_a_streams_versions_is_detected_within_a_batch_and_across_batches() throws Exception {
        List<ConsumerRecord<String, byte[]>> records = publishedEvents(5);
        // version 2 never arrives (lost upstream): the stream goes on at 3, and the gap is counted once
        assertThat(runner.handleBatch(List.of(delivery(records.get(0)), delivery(records.get(2))), totals)
                .await().atMost(WAIT)).isEqualTo(new ProjectionRunner.BatchOutcome(2, 0, 0));
        assertThat(runner.gaps()).isEqualTo(1);
        assertThat(runner.handleBatch(List.of(delivery(records.get(3))), totals).await().atMost(WAIT))
                .isEqualTo(new ProjectionRunner.BatchOutcome(1, 0, 0));
        assertThat(runner.gaps()).as("4 follows 3: no gap").isEqualTo(1);
        // across batches: 5 arrives without 4 having been seen by a fresh consumer
        ProjectionRunner other = new ProjectionRunner(db.pool, "other-consumer", Counter.REGISTRY, producer);
        other.handleBatch(List.of(delivery(records.get(4))), (tx, e, ev) -> Uni.createFrom().voidItem())
                .await().atMost(WAIT);
        assertThat(other.gaps()).isEqualTo(1);
    }
}
