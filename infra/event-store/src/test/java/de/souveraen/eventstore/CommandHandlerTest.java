package de.souveraen.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.souveraen.contracts.Actor;
import de.souveraen.contracts.EventEnvelope;
import de.souveraen.contracts.EventMetadata;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.idempotency.IdempotencyKey;
import de.souveraen.eventstore.idempotency.IdempotencyKeyReusedException;
import de.souveraen.eventstore.idempotency.IdempotencyStore;
import de.souveraen.eventstore.idempotency.StoredResponse;
import de.souveraen.eventstore.store.CommandHandler;
import de.souveraen.eventstore.store.ConcurrencyConflictException;
import de.souveraen.eventstore.store.EventStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store and the command handler against a real PostgreSQL. */
class CommandHandlerTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Actor ACTOR = new Actor("u-1", "Erika Mustermann");

    private KernelFixture db;
    private EventStore store;
    private CommandHandler handler;

    @BeforeEach
    void setUp() {
        db = new KernelFixture();
        store = new EventStore(Counter.REGISTRY);
        handler = new CommandHandler(db.pool, store, new IdempotencyStore(), 100, 200);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static EventMetadata metadataOf(String subject) {
        return EventMetadata.of(Instant.parse("2026-03-01T10:20:00Z"), new Actor(subject, subject), UUID.randomUUID());
    }

    private static EventMetadata metadata() {
        return EventMetadata.of(Instant.parse("2026-03-01T10:15:30Z"), ACTOR, UUID.randomUUID());
    }

    @Test
    void two_writers_racing_on_one_stream_version_exactly_one_wins() throws Exception {
        // both open a transaction and append at expected version 0; the second blocks on the unique index
        // until the first commits, then must fail with the typed conflict
        SqlConnection first = db.pool.getConnection().await().atMost(WAIT);
        SqlConnection second = db.pool.getConnection().await().atMost(WAIT);
        try {
            var tx1 = first.begin().await().atMost(WAIT);
            var tx2 = second.begin().await().atMost(WAIT);
            store.append(first, "counter", "counter-1", 0, List.of(new Counter.Incremented(1, 1)), metadata())
                    .await().atMost(WAIT);
            CompletableFuture<List<EventEnvelope>> racing = store
                    .append(second, "counter", "counter-1", 0, List.of(new Counter.Incremented(5, 5)), metadata())
                    .subscribeAsCompletionStage();
            tx1.commit().await().atMost(WAIT);
            assertThatThrownBy(() -> racing.get(30, java.util.concurrent.TimeUnit.SECONDS))
                    .hasCauseInstanceOf(ConcurrencyConflictException.class);
            tx2.rollback().await().atMost(WAIT);
        } finally {
            first.closeAndAwait();
            second.closeAndAwait();
        }
        assertThat(db.count("select count(*) from es_event where stream_id = 'counter-1'")).isEqualTo(1);
        assertThat(db.count("select max(stream_version) from es_event where stream_id = 'counter-1'")).isEqualTo(1);
    }

    @Test
    void many_concurrent_raw_appends_at_one_version_let_exactly_one_through() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger wins = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            int by = i + 1;
            all.add(CompletableFuture.runAsync(() -> {
                try {
                    db.pool.withTransaction(tx -> store.append(tx, "counter", "counter-race", 0,
                            List.of(new Counter.Incremented(by, by)), metadata())).await().atMost(WAIT);
                    wins.incrementAndGet();
                } catch (ConcurrencyConflictException e) {
                    conflicts.incrementAndGet();
                }
            }, pool));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(60, java.util.concurrent.TimeUnit.SECONDS);
        pool.shutdown();
        assertThat(wins).hasValue(1);
        assertThat(conflicts).hasValue(15);
    }

    @Test
    void handler_retries_conflicts_and_never_passes_the_deciders_limit() throws Exception {
        // 40 clients race for a limit of 25 through two handlers (two replicas: within one the commands of a stream
        // queue, between the two the version check catches the race); the decider sees the true state every time
        CommandHandler replica = new CommandHandler(db.pool, store, new IdempotencyStore(), 100, 200);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            CommandHandler through = i % 2 == 0 ? handler : replica;
            all.add(CompletableFuture.runAsync(() -> {
                try {
                    through.handle(Counter.AGGREGATE, "counter-limit", new Counter.Increment(1, 25), metadata())
                            .await().atMost(WAIT);
                    accepted.incrementAndGet();
                } catch (Rejection e) {
                    assertThat(e.code()).isEqualTo("limit-reached");
                    refused.incrementAndGet();
                }
            }, pool));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(120, java.util.concurrent.TimeUnit.SECONDS);
        pool.shutdown();
        assertThat(accepted).hasValue(25);
        assertThat(refused).hasValue(15);
        assertThat(db.count("select count(*) from es_event where stream_id = 'counter-limit'")).isEqualTo(25);
        var state = handler.state(Counter.AGGREGATE, "blankenheim", "counter-limit").await().atMost(WAIT);
        assertThat(state.version()).isEqualTo(25);
        assertThat(state.state().total()).isEqualTo(25);
    }

    @Test
    void stored_events_carry_type_name_metadata_and_fold_back() {
        EventMetadata md = metadata();
        handler.handle(Counter.AGGREGATE, "counter-md", new Counter.Increment(3, 100), md).await().atMost(WAIT);
        handler.handle(Counter.AGGREGATE, "counter-md", new Counter.Increment(4, 100), md).await().atMost(WAIT);
        List<EventEnvelope> events = db.pool.withConnection(c -> store.load(c, "blankenheim", "counter-md", 0)).await().atMost(WAIT);
        assertThat(events).extracting(EventEnvelope::type).containsExactly("test.Incremented.v1", "test.Incremented.v1");
        assertThat(events).extracting(EventEnvelope::streamVersion).containsExactly(1L, 2L);
        EventEnvelope first = events.get(0);
        assertThat(first.actor()).isEqualTo(ACTOR);
        assertThat(first.occurredAt()).isEqualTo(md.occurredAt());
        assertThat(first.correlationId()).isEqualTo(md.correlationId());
        assertThat(first.tenant()).isEqualTo("blankenheim");
        assertThat(first.recordedAt()).isNotNull();
        assertThat(first.payload().get("total").asInt()).isEqualTo(3);
        assertThat(first.decode(Counter.REGISTRY)).isEqualTo(new Counter.Incremented(3, 3));
        // a fresh handler (empty state cache) folds the same state from the store
        CommandHandler cold = new CommandHandler(db.pool, store, new IdempotencyStore(), 10, 5);
        assertThat(cold.state(Counter.AGGREGATE, "blankenheim", "counter-md").await().atMost(WAIT).state().total()).isEqualTo(7);
    }

    @Test
    void the_same_stream_id_in_two_municipalities_is_two_streams_and_a_key_is_the_municipalitys() {
        EventMetadata blankenheim = metadata();
        EventMetadata nettersheim = new EventMetadata(blankenheim.occurredAt(), ACTOR, UUID.randomUUID(),
                UUID.randomUUID(), "nettersheim");
        var key = new IdempotencyKey("counter", "same-key", "h");
        handler.handle(Counter.AGGREGATE, "counter-shared", new Counter.Increment(3, 100), blankenheim, key,
                h -> new StoredResponse(201, "b")).await().atMost(WAIT);
        var other = handler.handle(Counter.AGGREGATE, "counter-shared", new Counter.Increment(5, 100), nettersheim,
                key, h -> new StoredResponse(201, "n")).await().atMost(WAIT);
        // same user, same key, same stream id: the other municipality's request is not a replay of the first
        assertThat(other.replayed()).isFalse();
        assertThat(handler.state(Counter.AGGREGATE, "blankenheim", "counter-shared").await().atMost(WAIT).state().total())
                .isEqualTo(3);
        assertThat(handler.state(Counter.AGGREGATE, "nettersheim", "counter-shared").await().atMost(WAIT).state().total())
                .isEqualTo(5);
        assertThat(handler.state(Counter.AGGREGATE, "nettersheim", "counter-shared").await().atMost(WAIT).version())
                .isEqualTo(1);
        List<EventEnvelope> theirs = db.pool.withConnection(c -> store.load(c, "nettersheim", "counter-shared", 0))
                .await().atMost(WAIT);
        assertThat(theirs).extracting(EventEnvelope::tenant).containsExactly("nettersheim");
        assertThat(handler.states(Counter.AGGREGATE, "nettersheim").await().atMost(WAIT))
                .extracting(Counter.State::total).containsExactly(5);
        assertThat(handler.state(Counter.AGGREGATE, "ahrweiler", "counter-shared").await().atMost(WAIT).version())
                .isZero();
    }

    @Test
    void a_rejected_command_writes_nothing() {
        assertThatThrownBy(() -> handler.handle(Counter.AGGREGATE, "counter-no", new Counter.Increment(5, 4), metadata())
                .await().atMost(WAIT)).isInstanceOf(Rejection.class);
        assertThat(db.count("select count(*) from es_event")).isZero();
    }

    @Test
    void the_same_idempotency_key_and_request_books_once_and_replays_the_answer() {
        IdempotencyKey key = new IdempotencyKey("counter", "key-1", IdempotencyKey.hash("{\"by\":2}"));
        var first = handler.handle(Counter.AGGREGATE, "counter-idem", new Counter.Increment(2, 100), metadata(), key,
                h -> new StoredResponse(201, "{\"version\":" + h.version() + "}")).await().atMost(WAIT);
        var again = handler.handle(Counter.AGGREGATE, "counter-idem", new Counter.Increment(2, 100), metadata(), key,
                h -> new StoredResponse(201, "{\"version\":" + h.version() + "}")).await().atMost(WAIT);
        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.response()).isEqualTo(first.response()).isEqualTo(new StoredResponse(201, "{\"version\":1}"));
        assertThat(db.count("select count(*) from es_event where stream_id = 'counter-idem'")).isEqualTo(1);

        IdempotencyKey sameKeyOtherBody = new IdempotencyKey("counter", "key-1", IdempotencyKey.hash("{\"by\":3}"));
        assertThatThrownBy(() -> handler.handle(Counter.AGGREGATE, "counter-idem", new Counter.Increment(3, 100),
                metadata(), sameKeyOtherBody, h -> new StoredResponse(201, "{}")).await().atMost(WAIT))
                .isInstanceOf(IdempotencyKeyReusedException.class);
        assertThat(db.count("select count(*) from es_event where stream_id = 'counter-idem'")).isEqualTo(1);
    }

    @Test
    void a_write_under_a_stale_version_is_refused_with_412_and_writes_nothing() {
        handler.handle(Counter.AGGREGATE, "counter-etag", new Counter.Increment(1, 100), metadata()).await().atMost(WAIT);
        var changed = handler.handle(Counter.AGGREGATE, "counter-etag", new Counter.Increment(2, 100), metadata(), null,
                1L, h -> new StoredResponse(200, "{\"version\":" + h.version() + "}")).await().atMost(WAIT);
        assertThat(changed.response().body()).isEqualTo("{\"version\":2}");

        // a second client that read version 1 as well
        assertThatThrownBy(() -> handler.handle(Counter.AGGREGATE, "counter-etag", new Counter.Increment(5, 100),
                metadata(), null, 1L, h -> new StoredResponse(200, "{}")).await().atMost(WAIT))
                .isInstanceOfSatisfying(Rejection.class, r -> {
                    assertThat(r.kind().status).isEqualTo(412);
                    assertThat(r.code()).isEqualTo(CommandHandler.STALE_VERSION);
                    assertThat(r.field()).isEqualTo("If-Match");
                    assertThat(r.extensions()).containsEntry("currentVersion", 2L);
                });
        assertThat(db.count("select count(*) from es_event where stream_id = 'counter-etag'")).isEqualTo(2);
        assertThat(handler.state(Counter.AGGREGATE, "blankenheim", "counter-etag").await().atMost(WAIT).state().total()).isEqualTo(3);
    }

    @Test
    void a_retry_under_a_known_key_replays_even_though_its_version_is_now_stale() {
        IdempotencyKey key = new IdempotencyKey("counter", "key-etag", IdempotencyKey.hash("{\"by\":2}"));
        var first = handler.handle(Counter.AGGREGATE, "counter-etag-key", new Counter.Increment(2, 100), metadata(),
                key, 0L, h -> new StoredResponse(200, "{\"version\":" + h.version() + "}")).await().atMost(WAIT);
        var retry = handler.handle(Counter.AGGREGATE, "counter-etag-key", new Counter.Increment(2, 100), metadata(),
                key, 0L, h -> new StoredResponse(200, "{\"version\":" + h.version() + "}")).await().atMost(WAIT);
        assertThat(retry.replayed()).isTrue();
        assertThat(retry.response()).isEqualTo(first.response());
        assertThat(db.count("select count(*) from es_event where stream_id = 'counter-etag-key'")).isEqualTo(1);
    }

    @Test
    void the_same_key_from_another_user_is_another_key() {
        IdempotencyKey key = new IdempotencyKey("counter", "key-shared", IdempotencyKey.hash("{\"by\":2}"));
        var mine = handler.handle(Counter.AGGREGATE, "counter-users", new Counter.Increment(2, 100), metadata(), key,
                h -> new StoredResponse(201, "{\"version\":" + h.version() + "}")).await().atMost(WAIT);
        EventMetadata other = EventMetadata.of(Instant.parse("2026-03-01T10:16:00Z"),
                new de.souveraen.contracts.Actor("u-other", "Other"), UUID.randomUUID());
        var theirs = handler.handle(Counter.AGGREGATE, "counter-users", new Counter.Increment(2, 100), other, key,
                h -> new StoredResponse(201, "{\"version\":" + h.version() + "}")).await().atMost(WAIT);
        assertThat(theirs.replayed()).as("another user's key never replays my answer").isFalse();
        assertThat(theirs.response()).isNotEqualTo(mine.response());
        assertThat(db.count("select count(*) from es_event where stream_id = 'counter-users'")).isEqualTo(2);
        IdempotencyKey otherBody = new IdempotencyKey("counter", "key-shared", IdempotencyKey.hash("{\"by\":3}"));
        var third = handler.handle(Counter.AGGREGATE, "counter-users", new Counter.Increment(3, 100),
                EventMetadata.of(Instant.parse("2026-03-01T10:17:00Z"), new de.souveraen.contracts.Actor("u-third",
                        "Third"), UUID.randomUUID()), otherBody, h -> new StoredResponse(201, "{}"))
                .await().atMost(WAIT);
        assertThat(third.replayed()).as("nor is another user's request refused for my key").isFalse();
    }

    @Test
    void concurrent_retries_with_one_key_book_exactly_once() throws Exception {
        IdempotencyKey key = new IdempotencyKey("counter", "key-race", IdempotencyKey.hash("same"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<CompletableFuture<CommandHandler.Outcome>> all = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // every retry generates a new stream id, as a create request would: only the key joins them
            String stream = "counter-new-" + i;
            all.add(CompletableFuture.supplyAsync(() -> handler.handle(Counter.AGGREGATE, stream,
                    new Counter.Increment(1, 100), metadata(), key,
                    h -> new StoredResponse(201, "{\"id\":\"" + h.streamId() + "\"}")).await().atMost(WAIT), pool));
        }
        List<CommandHandler.Outcome> outcomes = new ArrayList<>();
        for (var f : all) {
            outcomes.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(outcomes).filteredOn(o -> !o.replayed()).hasSize(1);
        assertThat(outcomes).extracting(CommandHandler.Outcome::response).containsOnly(outcomes.get(0).response());
        assertThat(db.count("select count(*) from es_event")).isEqualTo(1);
    }

    @Test
    void a_key_is_not_consumed_by_a_rejected_request() {
        IdempotencyKey key = new IdempotencyKey("counter", "key-rejected", IdempotencyKey.hash("x"));
        assertThatThrownBy(() -> handler.handle(Counter.AGGREGATE, "counter-r", new Counter.Increment(9, 1), metadata(),
                key, h -> new StoredResponse(201, "{}")).await().atMost(WAIT)).isInstanceOf(Rejection.class);
        assertThat(db.count("select count(*) from es_idempotency_key")).isZero();
        Uni<CommandHandler.Outcome> retry = handler.handle(Counter.AGGREGATE, "counter-r", new Counter.Increment(1, 1),
                metadata(), key, h -> new StoredResponse(201, "{}"));
        assertThat(retry.await().atMost(WAIT).replayed()).isFalse();
    }

    @Test
    void commands_that_wait_for_their_stream_are_decided_one_by_one_and_committed_together() throws Exception {
        String stream = "counter-group";
        java.util.function.Function<de.souveraen.eventstore.store.Handled<Counter.State, Counter.Event>, StoredResponse>
                respond = h -> new StoredResponse(201, "{\"version\":" + h.version() + "}");
        List<CompletableFuture<CommandHandler.Outcome>> all = new ArrayList<>();
        List<String> actors = new ArrayList<>();
        // all submitted at once: the first runs alone, the others wait and go as one group
        for (int i = 0; i < 10; i++) {
            IdempotencyKey key = new IdempotencyKey("counter", "g-" + i, IdempotencyKey.hash("one"));
            EventMetadata md = EventMetadata.of(Instant.parse("2026-03-01T10:15:30Z").plusSeconds(i),
                    new de.souveraen.contracts.Actor("user-" + i, "User " + i), UUID.randomUUID());
            actors.add("user-" + i);
            all.add(handler.handle(Counter.AGGREGATE, stream, new Counter.Increment(1, 6), md, key, respond)
                    .subscribeAsCompletionStage());
        }
        // a retry of command 3 by its user (same key, same request) and a different request under command 4's key
        var retry = handler.handle(Counter.AGGREGATE, stream, new Counter.Increment(1, 6), metadataOf("user-3"),
                new IdempotencyKey("counter", "g-3", IdempotencyKey.hash("one")), respond).subscribeAsCompletionStage();
        var reused = handler.handle(Counter.AGGREGATE, stream, new Counter.Increment(1, 6), metadataOf("user-4"),
                new IdempotencyKey("counter", "g-4", IdempotencyKey.hash("other")), respond).subscribeAsCompletionStage();

        List<Object> results = new ArrayList<>();
        for (var f : all) {
            results.add(f.handle((outcome, failure) -> failure != null ? failure.getCause() == null ? failure
                    : failure.getCause() : outcome).get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        // the first six fit under the limit, in arrival order; the other four are refused, each alone
        for (int i = 0; i < 6; i++) {
            assertThat(results.get(i)).isEqualTo(new CommandHandler.Outcome(
                    new StoredResponse(201, "{\"version\":" + (i + 1) + "}"), false));
        }
        for (int i = 6; i < 10; i++) {
            assertThat(results.get(i)).isInstanceOfSatisfying(Rejection.class,
                    r -> assertThat(r.code()).isEqualTo("limit-reached"));
        }
        assertThat(retry.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(new CommandHandler.Outcome(
                new StoredResponse(201, "{\"version\":4}"), true));
        assertThatThrownBy(() -> reused.get(60, java.util.concurrent.TimeUnit.SECONDS))
                .hasCauseInstanceOf(IdempotencyKeyReusedException.class);
        // six events, each with its own command's actor and time, and only the accepted commands' keys
        assertThat(db.count("select count(*) from es_event where stream_id = 'counter-group'")).isEqualTo(6);
        try (var c = db.jdbc(); var st = c.createStatement();
                var rs = st.executeQuery("select actor_subject, stream_version, extract(epoch from occurred_at)::bigint"
                        + " from es_event where stream_id = 'counter-group' order by stream_version")) {
            int n = 0;
            while (rs.next()) {
                assertThat(rs.getString(1)).isEqualTo(actors.get(n));
                assertThat(rs.getLong(2)).isEqualTo(n + 1);
                assertThat(rs.getLong(3)).isEqualTo(Instant.parse("2026-03-01T10:15:30Z").plusSeconds(n).getEpochSecond());
                n++;
            }
            assertThat(n).isEqualTo(6);
        }
        assertThat(db.count("select count(*) from es_idempotency_key where key like 'g-%'")).isEqualTo(6);
        // fewer transactions than events: the waiting commands were committed together
        assertThat(db.count("select count(distinct tx_id) from es_event where stream_id = 'counter-group'"))
                .isLessThan(6);
        assertThat(handler.state(Counter.AGGREGATE, "blankenheim", stream).await().atMost(WAIT).state().total()).isEqualTo(6);
    }
}
