package de.souveraen.eventstore.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.souveraen.contracts.Actor;
import de.souveraen.contracts.EventEnvelope;
import de.souveraen.contracts.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

/**
 * Publishes the events of {@code es_event} to Kafka in store order, at least once.
 * <p>
 * Order is (transaction id, position), and a cycle only reads events whose transaction id lies below
 * {@code pg_snapshot_xmin(pg_current_snapshot())}, read in a statement of its own before the events are: every transaction that could still commit an event
 * "before" them has finished. Identity values become visible in commit order, not allocation order, so a
 * plain "position &gt; last" reader would skip an event committed late by a slow transaction; this reader
 * cannot. The checkpoint moves only after Kafka acknowledged the whole batch; on any failure the batch is
 * sent again from the checkpoint (duplicates are possible, losses are not; consumers deduplicate by event
 * id); each batch is one Kafka transaction (consumers read with {@code isolation.level=read_committed}), so a
 * half-sent batch never becomes visible. One relay per database leads (session advisory lock on a connection of
 * its own) and publishes; the relays of other replicas stand by and take over when its session ends. The loop runs on its own thread and keeps going while Kafka is away, backing off up to
 * {@code maxBackoff}.
 * <p>
 * The relay is woken by the commit: every insert into {@code es_event} notifies channel {@value #CHANNEL} in its
 * transaction (trigger of migration V0_5), and a listener thread with a connection of its own wakes the loop when a
 * notification arrives — for the commits of every replica and every writer alike. While it listens, the loop polls
 * only every {@code safetyPoll}, the safety net for a lost notification (a dropped listener connection, a
 * transaction that held the horizon back and then aborted); without a listener it polls every {@code idlePoll}.
 * The lag ({@link #lag()}) is counted only when it is read, or known to be 0 without a statement when a cycle read
 * everything below a horizon that no transaction of the database held back.
 */
public final class OutboxRelay implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** The channel every insert into {@code es_event} notifies (migration V0_5). */
    public static final String CHANNEL = "es_event_appended";

    /**
     * @param name checkpoint name (one per service database)
     * @param topic target topic
     * @param source CloudEvents {@code source}, e.g. {@code /souveraen/budget}
     * @param batchSize events per cycle
     * @param idlePoll how long to wait for new events when there were none (a {@link #wakeUp()} ends it early)
     * @param maxBackoff longest pause after a failure
     * @param sendTimeout how long to wait for Kafka to acknowledge a batch
     * @param safetyPoll {@code null}: the relay does not listen for commits and polls every {@code idlePoll};
     *         else it listens on {@value #CHANNEL} and, while its listener is connected, polls only this often
     */
    public record Settings(String name, String topic, String source, int batchSize, Duration idlePoll,
            Duration maxBackoff, Duration sendTimeout, Duration safetyPoll) {
        public Settings {
            Objects.requireNonNull(name);
            Objects.requireNonNull(topic);
            Objects.requireNonNull(source);
        }

        /** A relay that polls every {@code idlePoll} and does not listen for commits. */
        public Settings(String name, String topic, String source, int batchSize, Duration idlePoll,
                Duration maxBackoff, Duration sendTimeout) {
            this(name, topic, source, batchSize, idlePoll, maxBackoff, sendTimeout, null);
        }
    }

    /** A picture of the relay for readiness and the admin view. */
    public record Status(boolean running, long lag, long published, Instant lastSuccess, Instant lastFailure,
            String lastError, boolean needsRebase, boolean leader) {
    }

    private final DataSource dataSource;
    private final Supplier<Producer<String, byte[]>> producers;
    private final Settings settings;
    private final Clock clock;
    private final Semaphore wakeups = new Semaphore(0);
    private final AtomicLong lag = new AtomicLong(-1);
    private final AtomicLong published = new AtomicLong();
    private final AtomicReference<Instant> lastSuccess = new AtomicReference<>();
    private final AtomicReference<Instant> lastFailure = new AtomicReference<>();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private volatile Producer<String, byte[]> producer;
    private volatile boolean running;
    private volatile boolean needsRebase;
    private volatile Connection leaderConnection;
    private volatile boolean listening;
    private volatile boolean lagWanted = true;
    private final AtomicLong notifications = new AtomicLong();
    private volatile boolean caughtUp;
    private volatile boolean heldBack;
    private Thread thread;
    private Thread listener;

    public OutboxRelay(DataSource dataSource, Supplier<Producer<String, byte[]>> producers, Settings settings, Clock clock) {
        this.dataSource = dataSource;
        this.producers = producers;
        this.settings = settings;
        this.clock = clock;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "outbox-relay-" + settings.name());
        thread.setDaemon(true);
        thread.start();
        if (settings.safetyPoll() != null) {
            listener = new Thread(this::listen, "outbox-listener-" + settings.name());
            listener.setDaemon(true);
            listener.start();
        }
    }

    /** Ask the loop to look for new events now. */
    public void wakeUp() {
        if (wakeups.availablePermits() == 0) {
            wakeups.release();
        }
    }

    /**
     * A commit of this process appended events: wakes the loop unless the listener is connected (then the commit's
     * notification wakes it, and a second wake-up would only cost an empty cycle).
     */
    public void committed() {
        if (!listening) {
            wakeUp();
        }
    }

    /** Whether the listener is connected and listening on {@value #CHANNEL}. */
    public boolean listening() {
        return listening;
    }

    /** Notifications received since start (for tests and the admin view). */
    public long notifications() {
        return notifications.get();
    }

    public Status status() {
        lagWanted = true;
        return new Status(running, lag.get(), published.get(), lastSuccess.get(), lastFailure.get(), lastError.get(),
                needsRebase, leaderConnection != null);
    }

    /**
     * Events appended but not yet acknowledged by Kafka, as of the last cycle that counted them (-1 before the first).
     * Reading it asks the loop to count again in its next cycle (one {@code count(*)}; none when the cycle can tell
     * it is 0).
     */
    public long lag() {
        lagWanted = true;
        return lag.get();
    }

    /**
     * Listens on {@value #CHANNEL} on a connection of its own and wakes the loop for every burst of notifications;
     * reconnects after a failure. While it is not listening, the loop polls every {@code idlePoll}.
     */
    private void listen() {
        long backoffMillis = 50;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                org.postgresql.PGConnection pg = connection.unwrap(org.postgresql.PGConnection.class);
                try (java.sql.Statement listen = connection.createStatement()) {
                    listen.execute("listen " + CHANNEL);
                }
                listening = true;
                backoffMillis = 50;
                wakeUp(); // what was committed before the LISTEN took effect
                while (running) {
                    org.postgresql.PGNotification[] received = pg.getNotifications(1_000);
                    if (received != null && received.length > 0) {
                        notifications.addAndGet(received.length);
                        if (leaderConnection != null) {
                            wakeUp(); // a standby only looks whether it can take over, at its poll
                        }
                    }
                }
                listening = false;
                try (java.sql.Statement unlisten = connection.createStatement()) {
                    unlisten.execute("unlisten *"); // the connection goes back to a pool
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("outbox relay %s: listening for commits failed (%s), polling every %d ms meanwhile",
                        settings.name(), e.getMessage(), settings.idlePoll().toMillis());
            } finally {
                listening = false;
            }
            wakeUp();
            try {
                Thread.sleep(backoffMillis); // the loop polls meanwhile; this thread only waits to reconnect
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            backoffMillis = Math.min(backoffMillis * 2, settings.maxBackoff().toMillis());
        }
    }


    private void loop() {
        long backoffMillis = 50;
        while (running) {
            try {
                int sent = publishOnce();
                backoffMillis = 50;
                needsRebase = false;
                if (caughtUp) {
                    lag.set(0);
                } else if (lagWanted) {
                    lagWanted = false;
                    refreshLag();
                }
                if (sent == 0 || caughtUp) {
                    // caught up: wait for the next commit (or, held back by an open transaction, poll soon)
                    Duration poll = listening && !heldBack ? settings.safetyPoll() : settings.idlePoll();
                    wakeups.tryAcquire(poll.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                discardProducer();
                // the lag first: whoever sees the failure in the status also sees what is waiting
                try {
                    refreshLag();
                } catch (SQLException ignored) {
                    // the database is away as well; the next cycle will tell
                }
                lastError.set(e.getClass().getSimpleName() + ": " + e.getMessage());
                lastFailure.set(clock.instant());
                boolean restored = e instanceof RestoredDatabaseException;
                needsRebase = restored;
                if (restored) {
                    LOG.errorf("%s", e.getMessage());
                } else {
                    LOG.warnf("outbox relay %s: publishing failed (%s), retrying in %d ms", settings.name(),
                            lastError.get(), backoffMillis);
                }
                try {
                    wakeups.tryAcquire(backoffMillis, TimeUnit.MILLISECONDS);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoffMillis = Math.min(backoffMillis * 2, settings.maxBackoff().toMillis());
            }
        }
    }

    /**
     * One cycle: read the next batch below the snapshot horizon, publish it, wait for every acknowledgement,
     * move the checkpoint. Returns the number of events published (0 when there was nothing, or another
     * relay holds the lock). Public so tests can drive the relay step by step.
     */
    public int publishOnce() throws Exception {
        caughtUp = false;
        heldBack = false;
        if (!lead()) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int sent = publishBatch(connection);
                connection.commit();
                if (sent > 0) {
                    published.addAndGet(sent);
                }
                lastSuccess.set(clock.instant());
                return sent;
            } catch (Exception e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private int publishBatch(Connection connection) throws Exception {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, "souveraen-outbox:" + settings.name());
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return 0;
                }
            }
        }
        long checkpointTx;
        long checkpointPosition;
        String snapshot;
        // the checkpoint (only the holder of the lock above writes it) and the snapshot in one round trip
        try (PreparedStatement read = connection.prepareStatement("select pg_current_snapshot()::text,"
                + " coalesce(c.tx_id, 0), coalesce(c.position, 0) from (values (1)) as one"
                + " left join es_outbox_checkpoint c on c.relay = ?")) {
            read.setString(1, settings.name());
            try (ResultSet rs = read.executeQuery()) {
                rs.next();
                snapshot = rs.getString(1);
                checkpointTx = rs.getLong(2);
                checkpointPosition = rs.getLong(3);
            }
        }
        // The horizon is read in its own statement, BEFORE the statement that reads events. Evaluated inside
        // that statement, pg_current_snapshot() would be taken after the statement's own MVCC snapshot: a
        // transaction committing in between lies below the horizon but is invisible to the read, and the
        // checkpoint would pass its events for good (OutboxRelayTest's eight writers caught exactly that).
        // Read committed gives the next statement a fresh snapshot that sees every transaction below it.
        //
        // Only transactions of THIS database can write its events; transaction ids are cluster-wide, so the plain
        // snapshot xmin also waited for every transaction of the other databases on the server (the reporting
        // service's projections, Keycloak): docs/benchmarks.md measured that as most of the relay's latency. The
        // horizon is the oldest in-progress transaction of the snapshot that is, when pg_stat_activity is read
        // right after, the current transaction of a backend of this database; else the snapshot's xmax. A
        // transaction of this database that ended between the two reads has committed (or aborted) before the
        // next statement, so that statement sees its events. Backends of the relay's own role are always
        // visible in pg_stat_activity; writers under another role need pg_read_all_stats (we have none).
        Horizon found = horizon(connection, snapshot);
        long horizon = found.value();
        heldBack = found.heldBack();
        if (horizon <= checkpointTx) {
            // The database's transaction counter is behind the checkpoint: a logical restore (pg_dump/pg_restore)
            // or a move to another server. Every new event would sort below the checkpoint and never be published.
            throw new RestoredDatabaseException(settings.name(), horizon, checkpointTx);
        }
        List<EventEnvelope> batch = new ArrayList<>();
        long lastTx = checkpointTx;
        long lastPosition = checkpointPosition;
        try (PreparedStatement next = connection.prepareStatement("select tx_id, position, event_id, stream_id,"
                + " stream_type, stream_version, event_type, payload::text, occurred_at, recorded_at, actor_subject,"
                + " actor_name, correlation_id, causation_id, tenant from es_event"
                + " where (tx_id, position) > (?, ?)"
                + " and tx_id < ?"
                + " order by tx_id, position limit ?")) {
            next.setLong(1, checkpointTx);
            next.setLong(2, checkpointPosition);
            next.setLong(3, horizon);
            next.setInt(4, settings.batchSize());
            try (ResultSet rs = next.executeQuery()) {
                while (rs.next()) {
                    lastTx = rs.getLong(1);
                    lastPosition = rs.getLong(2);
                    batch.add(envelope(rs));
                }
            }
        }
        // everything committed below a horizon no transaction of this database held back was read: nothing waits
        boolean complete = batch.size() < settings.batchSize() && !found.heldBack();
        if (batch.isEmpty()) {
            caughtUp = complete;
            return 0;
        }
        send(batch);
        try (PreparedStatement save = connection.prepareStatement("insert into es_outbox_checkpoint"
                + " (relay, tx_id, position, published, updated_at) values (?, ?, ?, ?, now())"
                + " on conflict (relay) do update set tx_id = excluded.tx_id, position = excluded.position,"
                + " published = es_outbox_checkpoint.published + excluded.published, updated_at = now()")) {
            save.setString(1, settings.name());
            save.setLong(2, lastTx);
            save.setLong(3, lastPosition);
            save.setLong(4, batch.size());
            save.executeUpdate();
        }
        caughtUp = complete;
        return batch.size();
    }

    /**
     * Leadership among the relays of one database (replicas of a service): the leader holds a session advisory lock
     * on a connection of its own for as long as it lives; the others only try to take it over, each cycle. Only the
     * leader creates a Kafka producer, so replicas never fence each other's transactional producer. If the
     * leader's connection breaks, PostgreSQL releases the lock and another relay takes over; the transaction-scoped
     * lock in {@link #publishBatch} still keeps two relays that both believe they lead from publishing at once.
     */
    private boolean lead() throws SQLException {
        Connection current = leaderConnection;
        if (current != null) {
            if (current.isValid(2)) {
                return true;
            }
            LOG.warnf("outbox relay %s: lost its leader connection", settings.name());
            resign();
        }
        Connection candidate = dataSource.getConnection();
        try (PreparedStatement lock = candidate.prepareStatement("select pg_try_advisory_lock(hashtext(?))")) {
            lock.setString(1, "souveraen-outbox-leader:" + settings.name());
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                if (rs.getBoolean(1)) {
                    leaderConnection = candidate;
                    LOG.infof("outbox relay %s leads", settings.name());
                    return true;
                }
            }
        } catch (SQLException e) {
            candidate.close();
            throw e;
        }
        candidate.close();
        return false;
    }

    private void resign() {
        Connection current = leaderConnection;
        leaderConnection = null;
        discardProducer();
        if (current != null) {
            try {
                current.close(); // ends the session: PostgreSQL releases the lock
            } catch (SQLException e) {
                LOG.debug("closing the leader connection failed", e);
            }
        }
    }

    /**
     * The relay's horizon: events of transactions below it can all be read now, none can commit later. Read in two
     * statements, in this order — first the snapshot, then the activity of this database — so that the order does
     * not depend on how PostgreSQL plans one statement. Evaluated inside the statement that reads the events,
     * {@code pg_current_snapshot()} would be taken after that statement's own MVCC snapshot: a transaction
     * committing in between lies below the horizon but is invisible to the read, and the checkpoint would pass its
     * events for good (OutboxRelayTest's eight writers caught exactly that). Read committed gives the next
     * statement a fresh snapshot that sees every transaction below the horizon.
     * <p>
     * Only transactions of THIS database can write its events; transaction ids are cluster-wide, so the plain
     * snapshot xmin would also wait for every transaction of the other databases on the server (the reporting
     * service's projections, Keycloak). The horizon is the oldest transaction that was in progress in the snapshot
     * and is, when {@code pg_stat_activity} is read afterwards, still the current transaction of a backend of this
     * database; else the snapshot's xmax. A transaction of this database that ended between the two reads has
     * committed (or aborted) before the events are read, so that read sees its events. The activity view is
     * cached per transaction: {@code pg_stat_clear_snapshot()} makes sure it is read after the snapshot. Backends
     * of the relay's own role are always visible in {@code pg_stat_activity}; writers under another role need
     * {@code pg_read_all_stats}.
     */
    static Horizon horizon(Connection connection, String snapshot) throws SQLException {
        long xmax;
        List<Long> inProgress = new ArrayList<>();
        // xmin:xmax:xip1,xip2,…
        String[] parts = snapshot.split(":", -1);
        xmax = Long.parseLong(parts[1]);
        if (parts.length > 2 && !parts[2].isEmpty()) {
            for (String xid : parts[2].split(",")) {
                inProgress.add(Long.parseLong(xid));
            }
        }
        if (inProgress.isEmpty()) {
            return new Horizon(xmax, false);
        }
        java.util.Set<Long> ours = new java.util.HashSet<>();
        try (PreparedStatement activity = connection.prepareStatement("select pg_stat_clear_snapshot()");
                ResultSet ignored = activity.executeQuery()) {
            // the activity read below is the first of this snapshot of the statistics
        }
        try (PreparedStatement activity = connection.prepareStatement("select backend_xid::text::bigint"
                + " from pg_stat_activity where datname = current_database() and backend_xid is not null");
                ResultSet rs = activity.executeQuery()) {
            while (rs.next()) {
                ours.add(rs.getLong(1));
            }
        }
        long horizon = xmax;
        for (long xid : inProgress) {
            // backend_xid is the 32-bit xid; the snapshot's values are 64-bit (epoch in the high half)
            if (ours.contains(xid % 4294967296L) && xid < horizon) {
                horizon = xid;
            }
        }
        return new Horizon(horizon, horizon != xmax);
    }

    /** The relay's horizon, and whether a transaction of this database in progress held it below the snapshot's xmax. */
    record Horizon(long value, boolean heldBack) {
    }

    /**
     * The database's transaction ids lie below the relay's checkpoint: the database was restored logically or moved
     * to another server. New events would sort below the checkpoint and never be published, so the relay stops
     * publishing and says so (status, health group {@code outbox}, log) until an operator re-bases the outbox with
     * {@code select es_outbox_rebase('<relay>')} (ADR 0013, infra/deploy's README).
     */
    public static final class RestoredDatabaseException extends IllegalStateException {
        RestoredDatabaseException(String relay, long horizon, long checkpointTx) {
            super("outbox relay " + relay + ": the database's transaction ids (" + horizon
                    + ") are below the relay checkpoint (" + checkpointTx + "): restored or moved database; nothing"
                    + " is published until an operator runs select es_outbox_rebase('" + relay + "')");
        }
    }

    /**
     * Sends a batch as ONE Kafka transaction. If any record fails, the transaction is aborted, so records of
     * the batch that did reach the log stay invisible to read_committed consumers; the batch is then sent again
     * from the checkpoint. Without this, an expired batch could let a later batch of the same partition
     * through, and the retry would put an older stream version after a newer one.
     */
    private void send(List<EventEnvelope> batch) throws Exception {
        Producer<String, byte[]> kafka = producer();
        kafka.beginTransaction();
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (EventEnvelope event : batch) {
            acks.add(kafka.send(CloudEventCodec.toRecord(settings.topic(), settings.source(), event)));
        }
        kafka.commitTransaction();
        long deadline = System.nanoTime() + settings.sendTimeout().toNanos();
        for (Future<RecordMetadata> ack : acks) {
            ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
    }

    private Producer<String, byte[]> producer() {
        Producer<String, byte[]> current = producer;
        if (current == null) {
            current = producers.get();
            current.initTransactions();
            producer = current;
        }
        return current;
    }

    private void discardProducer() {
        Producer<String, byte[]> current = producer;
        producer = null;
        if (current != null) {
            try {
                // abort what is in flight: the batch is sent again from the checkpoint, in order
                current.close(Duration.ZERO);
            } catch (RuntimeException e) {
                LOG.debug("closing the Kafka producer failed", e);
            }
        }
    }

    /**
     * Events stored but not yet published. Normally the events after the checkpoint in relay order (an index
     * range). After a restore every new event sorts BELOW the checkpoint, so that count would say 0 while nothing is
     * published: then it is all events minus those the checkpoint has passed ({@code published} counts each event
     * once as the checkpoint moves over it, in the same transaction) — a whole-table count, only in that state.
     */
    private void refreshLag() throws SQLException {
        String sql = needsRebase
                ? "select (select count(*) from es_event) - coalesce((select published from es_outbox_checkpoint"
                        + " where relay = ?), 0)"
                : "select count(*) from es_event e where (e.tx_id, e.position) > coalesce((select (c.tx_id, c.position)"
                        + " from es_outbox_checkpoint c where c.relay = ?), (0::bigint, 0::bigint))";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(sql)) {
            count.setString(1, settings.name());
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                lag.set(rs.getLong(1));
            }
        }
    }

    private static EventEnvelope envelope(ResultSet rs) throws SQLException {
        try {
            return new EventEnvelope(
                    rs.getObject(3, UUID.class),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getLong(6),
                    rs.getString(7),
                    Json.mapper().readTree(rs.getString(8)),
                    rs.getTimestamp(9).toInstant(),
                    rs.getTimestamp(10).toInstant(),
                    new Actor(rs.getString(11), rs.getString(12)),
                    rs.getObject(13, UUID.class),
                    rs.getObject(14, UUID.class),
                    rs.getString(15));
        } catch (JsonProcessingException e) {
            throw new SQLException("stored payload is not JSON", e);
        }
    }

    @Override
    public void close() {
        Thread current;
        Thread currentListener;
        synchronized (this) {
            running = false;
            current = thread;
            thread = null;
            currentListener = listener;
            listener = null;
        }
        if (current != null) {
            current.interrupt();
            try {
                current.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (currentListener != null) {
            currentListener.interrupt();
            try {
                currentListener.join(5_000); // it sees running = false within its wait for notifications (1 s)
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Producer<String, byte[]> last = producer;
        producer = null;
        if (last != null) {
            last.close(Duration.ofSeconds(5));
        }
        resign();
    }
}
