package de.souveraen.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.Actor;
import de.souveraen.contracts.EventMetadata;
import de.souveraen.eventstore.idempotency.IdempotencyStore;
import de.souveraen.eventstore.store.Aggregate;
import de.souveraen.eventstore.store.CommandHandler;
import de.souveraen.eventstore.store.EventStore;
import de.souveraen.eventstore.store.StateTable;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Current-state tables: kept in the append's transaction, per municipality, and rebuilt equal from the events. */
class StateTableTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private KernelFixture db;
    private CommandHandler handler;

    /** One row per counter and municipality: its total and version. */
    static final class Totals implements StateTable<Counter.State> {
        @Override
        public Aggregate<?, Counter.State, ?> aggregate() {
            return Counter.AGGREGATE;
        }

        @Override
        public Uni<Void> write(SqlConnection tx, String tenant, String streamId, long version, Counter.State state) {
            return tx.preparedQuery("insert into test_totals (tenant, stream_id, version, total) values ($1, $2, $3, $4)"
                            + " on conflict (tenant, stream_id) do update set version = excluded.version,"
                            + " total = excluded.total")
                    .execute(Tuple.of(tenant, streamId, version, state.total())).replaceWithVoid();
        }

        @Override
        public Uni<Void> clear(SqlConnection tx) {
            return tx.query("delete from test_totals").execute().replaceWithVoid();
        }
    }

    @BeforeEach
    void setUp() {
        db = new KernelFixture();
        db.pool.query("create table test_totals (tenant text, stream_id text, version bigint, total int,"
                + " primary key (tenant, stream_id))").execute().await().atMost(WAIT);
        handler = new CommandHandler(db.pool, new EventStore(Counter.REGISTRY), new IdempotencyStore(), 100, 200);
        handler.stateTables(List.of(new Totals()));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static EventMetadata in(String tenant) {
        return new EventMetadata(Instant.parse("2026-03-01T10:20:00Z"), new Actor("u", "U"), UUID.randomUUID(),
                UUID.randomUUID(), tenant);
    }

    private List<String> rows() {
        List<String> rows = new ArrayList<>();
        for (Row row : db.pool.query("select tenant, stream_id, version, total from test_totals order by 1, 2")
                .execute().await().atMost(WAIT)) {
            rows.add(row.getString(0) + "/" + row.getString(1) + "@" + row.getLong(2) + "=" + row.getInteger(3));
        }
        return rows;
    }

    @Test
    void the_table_follows_every_command_in_its_transaction_and_a_rebuild_yields_the_same_rows() {
        handler.handle(Counter.AGGREGATE, "counter-1", new Counter.Increment(2, 100), in("blankenheim"))
                .await().atMost(WAIT);
        handler.handle(Counter.AGGREGATE, "counter-1", new Counter.Increment(3, 100), in("blankenheim"))
                .await().atMost(WAIT);
        handler.handle(Counter.AGGREGATE, "counter-1", new Counter.Increment(7, 100), in("nettersheim"))
                .await().atMost(WAIT);
        handler.handleAll(Counter.AGGREGATE, List.of(Map.entry("counter-2", new Counter.Increment(1, 100)),
                Map.entry("counter-3", new Counter.Increment(4, 100))), in("nettersheim")).await().atMost(WAIT);
        // a rejected command changes nothing
        try {
            handler.handle(Counter.AGGREGATE, "counter-1", new Counter.Increment(99, 10), in("blankenheim"))
                    .await().atMost(WAIT);
        } catch (RuntimeException expected) {
            // limit reached
        }
        List<String> kept = rows();
        assertThat(kept).containsExactly("blankenheim/counter-1@2=5", "nettersheim/counter-1@1=7",
                "nettersheim/counter-2@1=1", "nettersheim/counter-3@1=4");

        db.pool.query("update test_totals set total = -1").execute().await().atMost(WAIT); // a damaged table
        assertThat(handler.rebuild(new Totals()).await().atMost(WAIT)).isEqualTo(4);
        assertThat(rows()).isEqualTo(kept);
    }

    /** Records what the handler hands over: the appended events in hand, or none (a rebuild). */
    static final class Recording implements StateTable<Counter.State> {
        final List<String> calls = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        public Aggregate<?, Counter.State, ?> aggregate() {
            return Counter.AGGREGATE;
        }

        @Override
        public Uni<Void> write(SqlConnection tx, String tenant, String streamId, long version, Counter.State state) {
            calls.add(tenant + "/" + streamId + "@" + version + " without events");
            return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<Void> write(SqlConnection tx, String tenant, String streamId, long version, Counter.State state,
                Appended appended) {
            StringBuilder call = new StringBuilder(tenant + "/" + streamId + "@" + version + " from "
                    + appended.fromVersion() + ":");
            for (int i = 0; i < appended.events().size(); i++) {
                // the stored envelope and the decided event are the same event, in stream order
                assertThat(appended.envelopes().get(i).decode(Counter.REGISTRY)).isEqualTo(appended.events().get(i));
                assertThat(appended.envelopes().get(i).recordedAt()).isNotNull();
                call.append(' ').append(appended.envelopes().get(i).streamVersion()).append('=')
                        .append(((Counter.Incremented) appended.events().get(i)).total());
            }
            calls.add(call.toString());
            return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<Void> clear(SqlConnection tx) {
            return Uni.createFrom().voidItem();
        }
    }

    @Test
    void the_table_gets_the_appended_events_in_hand_and_a_rebuild_gets_none() throws Exception {
        Recording recording = new Recording();
        handler.stateTables(List.of(recording));
        handler.handle(Counter.AGGREGATE, "counter-1", new Counter.Increment(2, 100), in("blankenheim"))
                .await().atMost(WAIT);
        // commands that queue behind each other are committed as groups: each group hands over all its events
        List<java.util.concurrent.CompletableFuture<?>> queued = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            queued.add(handler.handle(Counter.AGGREGATE, "counter-1", new Counter.Increment(1, 100), in("blankenheim"))
                    .subscribeAsCompletionStage());
        }
        java.util.concurrent.CompletableFuture.allOf(queued.toArray(java.util.concurrent.CompletableFuture[]::new))
                .get(30, java.util.concurrent.TimeUnit.SECONDS);
        List<String> calls = List.copyOf(recording.calls);
        assertThat(calls.get(0)).isEqualTo("blankenheim/counter-1@1 from 0: 1=2");
        // every version after the first comes exactly once, in order, each group continuing where the last ended
        long next = 2;
        int total = 2;
        for (String call : calls.subList(1, calls.size())) {
            StringBuilder expected = new StringBuilder();
            long from = next - 1;
            String[] parts = call.split(" ");
            int count = parts.length - 3;
            for (int i = 0; i < count; i++) {
                total++;
                expected.append(' ').append(next++).append('=').append(total);
            }
            assertThat(call).isEqualTo("blankenheim/counter-1@" + (next - 1) + " from " + from + ":" + expected);
        }
        assertThat(next).isEqualTo(8);

        recording.calls.clear();
        handler.rebuild(recording).await().atMost(WAIT);
        assertThat(recording.calls).containsExactly("blankenheim/counter-1@7 without events");
    }
}
