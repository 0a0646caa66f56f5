package de.souveraen.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.Actor;
import de.souveraen.contracts.CloudEventHeaders;
import de.souveraen.contracts.EventEnvelope;
import de.souveraen.contracts.EventMetadata;
import de.souveraen.eventstore.idempotency.IdempotencyStore;
import de.souveraen.eventstore.outbox.CloudEventCodec;
import de.souveraen.eventstore.outbox.OutboxRelay;
import de.souveraen.eventstore.store.CommandHandler;
import de.souveraen.eventstore.store.EventStore;
import de.souveraen.testing.EmbeddedKafkaBroker;
import de.souveraen.testing.KafkaTopicReader;
import de.souveraen.testing.SharedInfrastructure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox relay against a real PostgreSQL and a real Kafka broker. */
class OutboxRelayTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final AtomicInteger TOPICS = new AtomicInteger();

    private KernelFixture db;
    private EventStore store;
    private CommandHandler handler;
    private OutboxRelay relay;
    private String topic;
    private EmbeddedKafkaBroker kafka;

    @BeforeEach
    void setUp() {
        db = new KernelFixture();
        kafka = SharedInfrastructure.kafka();
        store = new EventStore(Counter.REGISTRY);
        handler = new CommandHandler(db.pool, store, new IdempotencyStore(), 10_000, 200);
        topic = "test.relay." + TOPICS.incrementAndGet() + "." + UUID.randomUUID();
        kafka.createTopics(3, topic);
    }

    @AfterEach
    void tearDown() {
        if (relay != null) {
            relay.close();
        }
        db.close();
    }

    private OutboxRelay newRelay() {
        return new OutboxRelay(db.dataSource, this::producer, new OutboxRelay.Settings("test", topic, "/souveraen/test",
                200, Duration.ofMillis(20), Duration.ofMillis(500), Duration.ofSeconds(10)), Clock.systemUTC());
    }

    /** A relay that listens for commits and otherwise polls only every {@code safetyPoll}. */
    private OutboxRelay listeningRelay(Duration idlePoll, Duration safetyPoll) {
        return new OutboxRelay(db.dataSource, this::producer, new OutboxRelay.Settings("test", topic, "/souveraen/test",
                200, idlePoll, Duration.ofMillis(500), Duration.ofSeconds(10), safetyPoll), Clock.systemUTC());
    }

    private Producer<String, byte[]> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "relay-" + topic);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 2_000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 8_000);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    private static EventMetadata metadata() {
        return EventMetadata.of(Instant.parse("2026-03-01T10:15:30Z"), new Actor("u-1", "Test"), UUID.randomUUID());
    }

    private void increment(String stream) {
        handler.handle(Counter.AGGREGATE, stream, new Counter.Increment(1, Integer.MAX_VALUE), metadata()).await().atMost(WAIT);
    }

    @Test
    void publishes_cloud_events_keyed_by_stream_with_all_attributes() {
        increment("counter-a");
        relay = newRelay();
        relay.start();
        try (KafkaTopicReader reader = new KafkaTopicReader(kafka.bootstrapServers(), topic)) {
            List<ConsumerRecord<String, byte[]>> records = reader.readUntil(r -> r.size() >= 1, WAIT);
            ConsumerRecord<String, byte[]> record = records.get(0);
            assertThat(record.key()).isEqualTo("blankenheim/counter-a");
            EventEnvelope envelope = CloudEventCodec.fromRecord(record);
            assertThat(envelope.type()).isEqualTo("test.Incremented.v1");
            assertThat(envelope.streamVersion()).isEqualTo(1);
            assertThat(envelope.actor()).isEqualTo(new Actor("u-1", "Test"));
            assertThat(envelope.tenant()).isEqualTo("blankenheim");
            assertThat(CloudEventCodec.header(record.headers(), CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(CloudEventCodec.header(record.headers(), CloudEventHeaders.SOURCE)).isEqualTo("/souveraen/test");
            assertThat(envelope.decode(Counter.REGISTRY)).isEqualTo(new Counter.Incremented(1, 1));
        }
        Awaitility.await().atMost(WAIT).until(() -> relay.lag() == 0);
    }

    /**
     * Both polls are far longer than the test waits: only the commit's notification (the trigger on es_event) can
     * wake the relay. The handler is not wired to the relay, as a write of another replica is not.
     */
    @Test
    void a_write_is_published_when_its_commit_notifies_without_waiting_for_the_poll() {
        relay = listeningRelay(Duration.ofMinutes(10), Duration.ofMinutes(10));
        relay.start();
        Awaitility.await().atMost(WAIT).until(relay::listening);
        increment("notified-a");
        try (KafkaTopicReader reader = new KafkaTopicReader(kafka.bootstrapServers(), topic)) {
            assertThat(reader.readUntil(r -> r.size() >= 1, WAIT)).extracting(ConsumerRecord::key)
                    .containsExactly("blankenheim/notified-a");
            increment("notified-b");
            increment("notified-a");
            assertThat(reader.readUntil(r -> r.size() >= 3, WAIT)).extracting(ConsumerRecord::key)
                    .containsExactlyInAnyOrder("blankenheim/notified-a", "blankenheim/notified-b",
                            "blankenheim/notified-a");
        }
        assertThat(relay.notifications()).isPositive();
    }

    /** Without any notification (the trigger dropped: every one of them lost), the safety poll publishes everything. */
    @Test
    void with_notifications_lost_the_safety_poll_still_publishes_everything_in_stream_order() throws Exception {
        sql("drop trigger es_event_appended on es_event");
        relay = listeningRelay(Duration.ofMinutes(10), Duration.ofMillis(50));
        relay.start();
        Awaitility.await().atMost(WAIT).until(relay::listening);
        Set<UUID> written = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            written.addAll(handler.handle(Counter.AGGREGATE, "lost-" + (i % 4), new Counter.Increment(1,
                    Integer.MAX_VALUE), metadata()).await().atMost(WAIT).appended().stream()
                    .map(EventEnvelope::eventId).toList());
        }
        assertPublishedOnceInOrder(written);
        assertThat(relay.notifications()).as("no notification arrived").isZero();
        assertThat(relay.listening()).isTrue();
    }

    /** The listener's session ends: the relay polls meanwhile, listens again, and a notified write is published. */
    @Test
    void a_dropped_listener_reconnects_and_nothing_is_lost_meanwhile() throws Exception {
        relay = listeningRelay(Duration.ofMillis(20), Duration.ofMinutes(10));
        relay.start();
        Awaitility.await().atMost(WAIT).until(relay::listening);
        Set<UUID> written = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            if (i == 20) {
                sql("select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database()"
                        + " and query = 'listen " + OutboxRelay.CHANNEL + "'");
            }
            written.addAll(handler.handle(Counter.AGGREGATE, "drop-" + (i % 3), new Counter.Increment(1,
                    Integer.MAX_VALUE), metadata()).await().atMost(WAIT).appended().stream()
                    .map(EventEnvelope::eventId).toList());
        }
        Awaitility.await().atMost(WAIT).until(relay::listening);
        long before = relay.notifications();
        written.addAll(handler.handle(Counter.AGGREGATE, "drop-0", new Counter.Increment(1, Integer.MAX_VALUE),
                metadata()).await().atMost(WAIT).appended().stream().map(EventEnvelope::eventId).toList());
        assertPublishedOnceInOrder(written);
        assertThat(relay.notifications()).as("listening again").isGreaterThan(before);
    }

    /** Several writers on several streams, the relay woken only by notifications: once each, in stream order. */
    @Test
    void concurrent_writers_woken_by_notifications_arrive_exactly_once_in_stream_order() throws Exception {
        relay = listeningRelay(Duration.ofMinutes(10), Duration.ofMinutes(10));
        relay.start();
        Awaitility.await().atMost(WAIT).until(relay::listening);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Set<UUID> written = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<CompletableFuture<Void>> jobs = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            jobs.add(CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 100; i++) {
                    written.addAll(handler.handle(Counter.AGGREGATE, "c" + writer + "-" + (i % 5),
                            new Counter.Increment(1, Integer.MAX_VALUE), metadata()).await().atMost(WAIT)
                            .appended().stream().map(EventEnvelope::eventId).toList());
                }
            }, pool));
        }
        CompletableFuture.allOf(jobs.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
        pool.shutdown();
        assertPublishedOnceInOrder(written);
    }

    /** The lag is counted when it is read; after everything was published, it reads 0. */
    @Test
    void the_lag_is_counted_when_it_is_read() throws Exception {
        relay = newRelay(); // driven step by step with publishOnce()
        increment("lag-a");
        increment("lag-b");
        assertThat(relay.lag()).as("not counted before the first cycle").isEqualTo(-1);
        relay.start();
        Awaitility.await().atMost(WAIT).until(() -> relay.lag() == 0);
        assertThat(relay.status().published()).isEqualTo(2);
    }

    private void assertPublishedOnceInOrder(Set<UUID> written) {
        try (KafkaTopicReader reader = new KafkaTopicReader(kafka.bootstrapServers(), topic)) {
            List<ConsumerRecord<String, byte[]>> records = reader.readUntil(r -> r.size() >= written.size(), WAIT);
            Map<UUID, Integer> seen = new HashMap<>();
            Map<String, Long> lastVersion = new HashMap<>();
            for (ConsumerRecord<String, byte[]> record : records) {
                EventEnvelope e = CloudEventCodec.fromRecord(record);
                seen.merge(e.eventId(), 1, Integer::sum);
                long previous = lastVersion.getOrDefault(e.streamId(), 0L);
                assertThat(e.streamVersion()).as("order of %s", e.streamId()).isEqualTo(previous + 1);
                lastVersion.put(e.streamId(), e.streamVersion());
                assertThat(record.key()).isEqualTo(e.tenant() + "/" + e.streamId());
            }
            assertThat(seen.keySet()).isEqualTo(written);
            assertThat(seen.values()).containsOnly(1);
        }
        Awaitility.await().atMost(WAIT).until(() -> relay.lag() == 0);
    }

    @Test
    void an_event_committed_late_by_a_slow_transaction_is_not_skipped() throws Exception {
        relay = newRelay(); // driven step by step with publishOnce()
        increment("before");
        assertThat(relay.publishOnce()).isEqualTo(1);
        // a slow transaction takes the next position and holds it
        var slow = db.pool.getConnection().await().atMost(WAIT);
        var slowTx = slow.begin().await().atMost(WAIT);
        store.append(slow, "counter", "slow", 0, List.of(new Counter.Incremented(1, 1)), metadata()).await().atMost(WAIT);
        // later transactions take higher positions and commit first
        for (int i = 0; i < 5; i++) {
            increment("fast-" + i);
        }
        // a reader that trusted positions would now publish the five and pass the slow one forever
        for (int i = 0; i < 3; i++) {
            assertThat(relay.publishOnce()).as("nothing may pass the open transaction").isZero();
        }
        slowTx.commit().await().atMost(WAIT);
        slow.closeAndAwait();
        int published = 0;
        for (int i = 0; i < 5 && published < 6; i++) {
            published += relay.publishOnce();
        }
        assertThat(published).isEqualTo(6);
        try (KafkaTopicReader reader = new KafkaTopicReader(kafka.bootstrapServers(), topic)) {
            List<ConsumerRecord<String, byte[]>> records = reader.readUntil(r -> r.size() >= 7, WAIT);
            assertThat(records).extracting(ConsumerRecord::key).contains("blankenheim/slow", "blankenheim/before", "blankenheim/fast-0", "blankenheim/fast-4").hasSize(7);
        }
    }

    @Test
    void a_transaction_open_in_another_database_of_the_server_does_not_hold_the_relay_back() throws Exception {
        relay = newRelay(); // driven step by step with publishOnce()
        var postgres = de.souveraen.testing.SharedInfrastructure.postgres();
        postgres.createDatabaseIfMissing("elsewhere");
        try (var other = java.sql.DriverManager.getConnection(postgres.jdbcUrl("elsewhere"), postgres.username(),
                postgres.password())) {
            other.setAutoCommit(false);
            try (var st = other.createStatement(); var rs = st.executeQuery("select pg_current_xact_id()")) {
                rs.next(); // this transaction now has an id older than the events below, and stays open
            }
            increment("while-elsewhere-open");
            assertThat(relay.publishOnce()).as("another database's transaction cannot write our events").isEqualTo(1);
            other.rollback();
        }
        try (KafkaTopicReader reader = new KafkaTopicReader(kafka.bootstrapServers(), topic)) {
            assertThat(reader.readUntil(r -> r.size() >= 1, WAIT)).extracting(ConsumerRecord::key)
                    .containsExactly("blankenheim/while-elsewhere-open");
        }
    }

    @Test
    void eight_writers_times_a_thousand_with_late_commits_arrive_exactly_once_in_stream_order() throws Exception {
        relay = newRelay();
        relay.start();
        int writers = 8;
        int perWriter = 1000;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
        Set<UUID> written = java.util.concurrent.ConcurrentHashMap.newKeySet();
        CommitCounter commits = new CommitCounter();
        List<CompletableFuture<Void>> jobs = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            jobs.add(CompletableFuture.runAsync(() -> {
                for (int i = 0; i < perWriter; i++) {
                    String stream = "w" + writer + "-s" + (i % 10);
                    // writers 0 and 1 now and then keep a transaction (and its position) open until others
                    // have committed 100 events after it; the other six never wait, so there is always progress
                    boolean holdOpen = writer < 2 && i % 100 == 37;
                    if (holdOpen) {
                        written.addAll(appendHeldOpen(stream, commits));
                    } else {
                        written.addAll(handler.handle(Counter.AGGREGATE, stream,
                                new Counter.Increment(1, Integer.MAX_VALUE), metadata()).await().atMost(WAIT)
                                .appended().stream().map(EventEnvelope::eventId).toList());
                        commits.increment();
                    }
                }
            }, pool));
        }
        CompletableFuture.allOf(jobs.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
        pool.shutdown();
        assertThat(written).hasSize(writers * perWriter);
        try {
            Awaitility.await().atMost(WAIT).until(() -> relay.lag() == 0);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("relay stalled: " + relay.status() + " sessions: " + sessions(), e);
        }

        assertPublishedOnceInOrder(written);
    }

    private String sessions() {
        StringBuilder out = new StringBuilder();
        try (var c = db.jdbc(); var st = c.createStatement(); var rs = st.executeQuery(
                "select pid, state, backend_xid::text, backend_xmin::text, left(query, 80) from pg_stat_activity"
                        + " where datname = current_database()")) {
            while (rs.next()) {
                out.append('[').append(rs.getString(2)).append(" xid=").append(rs.getString(3)).append(" xmin=")
                        .append(rs.getString(4)).append(' ').append(rs.getString(5)).append("] ");
            }
            try (var rs2 = st.executeQuery("select tx_id::text, position from es_outbox_checkpoint")) {
                while (rs2.next()) {
                    out.append(" checkpoint=").append(rs2.getString(1)).append('/').append(rs2.getLong(2));
                }
            }
            try (var rs3 = st.executeQuery("select pg_snapshot_xmin(pg_current_snapshot())::text, (select min(tx_id)::text from es_event e where (e.tx_id, e.position) > (select tx_id, position from es_outbox_checkpoint))")) {
                rs3.next();
                out.append(" horizon=").append(rs3.getString(1)).append(" oldestUnpublished=").append(rs3.getString(2));
            }
        } catch (Exception e) {
            out.append(e);
        }
        return out.toString();
    }

    /** Counts commits of the writers that never wait; a held transaction waits on it with a timeout. */
    private static final class CommitCounter {
        private long count;

        synchronized void increment() {
            count++;
            notifyAll();
        }

        synchronized long count() {
            return count;
        }

        synchronized void awaitAtLeast(long target, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (count < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }
    }

    /** Appends one event in a transaction that stays open until other writers have committed after it. */
    private List<UUID> appendHeldOpen(String stream, CommitCounter commits) {
        long target = commits.count() + 100;
        return db.pool.withTransaction(tx -> store.version(tx, "blankenheim", stream)
                        .chain(version -> store.append(tx, "counter", stream, version,
                                List.of(new Counter.Incremented(1, (int) (version + 1))), metadata()))
                        .call(appended -> io.smallrye.mutiny.Uni.createFrom().item(() -> {
                            try {
                                commits.awaitAtLeast(target, Duration.ofSeconds(30));
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return appended;
                        }).runSubscriptionOn(io.smallrye.mutiny.infrastructure.Infrastructure.getDefaultWorkerPool())))
                .await().atMost(WAIT).stream().map(EventEnvelope::eventId).toList();
    }

    @Test
    void kafka_stopped_mid_run_and_restarted_loses_nothing() throws Exception {
        relay = newRelay();
        relay.start();
        Set<UUID> written = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            written.addAll(handler.handle(Counter.AGGREGATE, "k-" + (i % 7), new Counter.Increment(1, Integer.MAX_VALUE),
                    metadata()).await().atMost(WAIT).appended().stream().map(EventEnvelope::eventId).toList());
        }
        Awaitility.await().atMost(WAIT).until(() -> relay.status().published() > 0);
        kafka.stop();
        try {
            // writes go on while the broker is away: they are stored, the relay keeps trying
            for (int i = 300; i < 700; i++) {
                written.addAll(handler.handle(Counter.AGGREGATE, "k-" + (i % 7), new Counter.Increment(1, Integer.MAX_VALUE),
                        metadata()).await().atMost(WAIT).appended().stream().map(EventEnvelope::eventId).toList());
            }
            // the producer notices the missing broker only when a send times out (max.block.ms), slower under load
            Awaitility.await().atMost(Duration.ofMinutes(3)).until(() -> relay.status().lastFailure() != null);
            assertThat(relay.lag()).isPositive();
        } finally {
            kafka.start();
        }
        for (int i = 700; i < 800; i++) {
            written.addAll(handler.handle(Counter.AGGREGATE, "k-" + (i % 7), new Counter.Increment(1, Integer.MAX_VALUE),
                    metadata()).await().atMost(WAIT).appended().stream().map(EventEnvelope::eventId).toList());
        }
        try (KafkaTopicReader reader = new KafkaTopicReader(kafka.bootstrapServers(), topic)) {
            List<ConsumerRecord<String, byte[]>> records = reader.readUntil(
                    r -> r.stream().map(rec -> CloudEventCodec.fromRecord(rec).eventId()).distinct().count() >= 800,
                    Duration.ofMinutes(2));
            Map<String, Long> lastVersion = new HashMap<>();
            Set<UUID> seen = new HashSet<>();
            for (ConsumerRecord<String, byte[]> record : records) {
                EventEnvelope e = CloudEventCodec.fromRecord(record);
                if (seen.add(e.eventId())) {
                    // a redelivered duplicate may repeat an event, but first sightings keep stream order
                    long previous = lastVersion.getOrDefault(e.streamId(), 0L);
                    assertThat(e.streamVersion()).isEqualTo(previous + 1);
                    lastVersion.put(e.streamId(), e.streamVersion());
                }
            }
            assertThat(seen).isEqualTo(written);
        }
        Awaitility.await().atMost(WAIT).until(() -> relay.lag() == 0);
    }

    private void sql(String statement) throws java.sql.SQLException {
        try (var c = db.jdbc(); var st = c.createStatement()) {
            st.execute(statement);
        }
    }

    private List<String> publishedKeys(int atLeast) {
        try (KafkaTopicReader reader = new KafkaTopicReader(kafka.bootstrapServers(), topic)) {
            return reader.readUntil(r -> r.size() >= atLeast, WAIT).stream()
                    .map(r -> r.key().substring(r.key().indexOf('/') + 1) + "@" + CloudEventCodec.fromRecord(r).streamVersion())
                    .toList();
        }
    }

    /**
     * A logical restore (pg_dump/pg_restore into a new server) keeps the stored transaction ids of the events and of
     * the checkpoint, but the new server counts its transactions from far below them. Simulated the other way round:
     * the stored ids are lifted a billion above the server's counter, as the old server's were.
     */
    @Test
    void after_a_restore_the_relay_stops_loudly_reports_the_real_lag_and_publishes_everything_after_a_re_base()
            throws Exception {
        relay = newRelay(); // driven step by step with publishOnce()
        increment("r-1");
        increment("r-2");
        assertThat(relay.publishOnce()).isEqualTo(2);
        increment("r-1"); // stored before the backup, not yet published
        sql("update es_event set tx_id = tx_id + 1000000000");
        sql("update es_outbox_checkpoint set tx_id = tx_id + 1000000000");
        increment("r-3"); // written on the restored database
        increment("r-1");

        org.assertj.core.api.Assertions.assertThatThrownBy(relay::publishOnce)
                .isInstanceOf(OutboxRelay.RestoredDatabaseException.class)
                .hasMessageContaining("es_outbox_rebase('test')");
        relay.start(); // the loop: the failure shows in the status, the lag counts what is really waiting
        Awaitility.await().atMost(WAIT).until(() -> relay.status().needsRebase() && relay.lag() == 3);
        assertThat(relay.status().lastError()).contains("restored or moved database");
        assertThat(relay.status().published()).as("nothing published since the restore").isEqualTo(2);

        try (var c = db.jdbc(); var st = c.createStatement(); var rs = st.executeQuery(
                "select es_outbox_rebase('test')")) {
            rs.next();
            assertThat(rs.getLong(1)).as("events to publish after the re-base").isEqualTo(3);
        }
        relay.wakeUp();
        Awaitility.await().atMost(WAIT).until(() -> relay.lag() == 0 && !relay.status().needsRebase());
        List<String> keys = publishedKeys(5);
        assertThat(keys).containsExactlyInAnyOrder("r-1@1", "r-2@1", "r-1@2", "r-3@1", "r-1@3");
        assertThat(keys.stream().filter(k -> k.startsWith("r-1@")).toList()).containsExactly("r-1@1", "r-1@2", "r-1@3");
        increment("r-4"); // and the relay goes on as before
        assertThat(publishedKeys(6)).contains("r-4@1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sql("select es_outbox_rebase('test')"))
                .hasMessageContaining("needs no re-base");
    }

    /** Two replicas of a service run a relay each on the same database: every event is published once, in order. */
    @Test
    void two_relays_on_one_database_publish_each_event_once_in_stream_order() throws Exception {
        relay = newRelay();
        try (OutboxRelay second = newRelay()) {
            relay.start();
            second.start();
            Set<UUID> written = new HashSet<>();
            for (int i = 0; i < 200; i++) {
                written.addAll(handler.handle(Counter.AGGREGATE, "two-" + (i % 5), new Counter.Increment(1,
                        Integer.MAX_VALUE), metadata()).await().atMost(WAIT).appended().stream()
                        .map(EventEnvelope::eventId).toList());
                if (i % 20 == 0) {
                    relay.wakeUp();
                    second.wakeUp();
                }
            }
            Awaitility.await().atMost(WAIT).until(() -> relay.lag() == 0 && second.lag() == 0);
            try (KafkaTopicReader reader = new KafkaTopicReader(kafka.bootstrapServers(), topic)) {
                List<ConsumerRecord<String, byte[]>> records = reader.readUntil(r -> r.size() >= 200, WAIT);
                List<UUID> ids = records.stream().map(r -> CloudEventCodec.fromRecord(r).eventId()).toList();
                assertThat(ids).hasSize(200).doesNotHaveDuplicates();
                assertThat(Set.copyOf(ids)).isEqualTo(written);
                Map<String, Long> lastVersion = new HashMap<>();
                for (ConsumerRecord<String, byte[]> record : records) {
                    EventEnvelope e = CloudEventCodec.fromRecord(record);
                    assertThat(e.streamVersion()).isEqualTo(lastVersion.getOrDefault(e.streamId(), 0L) + 1);
                    lastVersion.put(e.streamId(), e.streamVersion());
                }
            }
            // one leads and publishes everything; the other stands by — they never fence each other's producer
            assertThat(List.of(relay.status().published(), second.status().published())).containsExactlyInAnyOrder(0L,
                    200L);
            assertThat(relay.status().leader()).isNotEqualTo(second.status().leader());
            assertThat(relay.status().lastFailure()).isNull();
            assertThat(second.status().lastFailure()).isNull();
        }
        // the leader goes away: the other takes over
        relay.close();
        try (OutboxRelay third = newRelay()) {
            third.start();
            increment("after-leader-left");
            third.wakeUp();
            Awaitility.await().atMost(WAIT).until(() -> third.status().published() >= 1);
        }
    }
}
