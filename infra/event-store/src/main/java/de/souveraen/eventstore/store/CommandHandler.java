package de.souveraen.eventstore.store;

import de.souveraen.contracts.DomainEvent;
import de.souveraen.contracts.EventEnvelope;
import de.souveraen.contracts.EventMetadata;
import de.souveraen.eventstore.domain.Decider;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.idempotency.IdempotencyKey;
import de.souveraen.eventstore.idempotency.IdempotencyStore;
import de.souveraen.eventstore.idempotency.StoredResponse;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Duration;
import de.souveraen.eventstore.idempotency.IdempotencyKeyReusedException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import io.smallrye.mutiny.tuples.Tuple2;
import java.util.function.Function;

/**
 * Load → decide → append, in one transaction, retried when another writer (another replica) got to the stream
 * first. Within this process the commands of a stream queue ({@link StreamQueue}), and the commands that waited
 * are handled together in one transaction (group commit), each with its own decision, events, key and answer.
 * With an idempotency key the key is claimed first in the same transaction, so a retried request
 * either replays the stored answer or does the work exactly once. A command is handled on the stream of the
 * municipality its metadata names (queued, cached and recorded under {@code <tenant>/<stream id>}, {@link Streams});
 * an idempotency key is the municipality's and the user's.
 */
public final class CommandHandler {
    private final Pool pool;
    private final EventStore store;
    private final IdempotencyStore idempotency;
    private final StateCache cache;
    private final StreamQueue<Request<?, ?, ?>> queue = new StreamQueue<>(this::runGroup);
    private final int maxAttempts;
    private volatile Runnable afterCommit = () -> { };
    private volatile Map<String, StateTable<?>> tables = Map.of();

    /** The answer to an idempotent command: the stored response, and whether it was a replay. */
    public record Outcome(StoredResponse response, boolean replayed) {
    }

    public CommandHandler(Pool pool, EventStore store, IdempotencyStore idempotency, int cacheCapacity, int maxAttempts) {
        this.pool = pool;
        this.store = store;
        this.idempotency = idempotency;
        this.cache = new StateCache(cacheCapacity);
        this.maxAttempts = maxAttempts;
    }

    /** Called after every successful append (the outbox relay uses it to publish without waiting). */
    public void afterCommit(Runnable listener) {
        this.afterCommit = listener;
    }

    public EventStore store() {
        return store;
    }

    /** The current-state tables to keep in the append's transaction, one per stream type at most. */
    public void stateTables(java.util.Collection<? extends StateTable<?>> all) {
        Map<String, StateTable<?>> byType = new HashMap<>();
        for (StateTable<?> table : all) {
            if (byType.put(table.aggregate().streamType(), table) != null) {
                throw new IllegalStateException("two state tables for stream type " + table.aggregate().streamType());
            }
        }
        this.tables = Map.copyOf(byType);
    }

    /** Writes the stream's new state into its type's table, if it has one (in the append's transaction). */
    @SuppressWarnings("unchecked")
    private <S> Uni<Void> keep(SqlConnection tx, String streamType, String stream, long version, S state,
            StateTable.Appended appended) {
        StateTable<S> table = (StateTable<S>) tables.get(streamType);
        if (table == null) {
            return Uni.createFrom().voidItem();
        }
        return table.write(tx, Streams.tenantOf(stream), Streams.idOf(stream), version, state, appended);
    }

    /**
     * Refills a current-state table from the event store, for every municipality, in one transaction that holds off
     * writers meanwhile (a share lock on the events): afterwards the table is exactly the fold of the events.
     * Returns the number of rows written.
     */
    public <S> Uni<Integer> rebuild(StateTable<S> table) {
        return pool.withTransaction(tx -> tx.query("lock table es_event in share mode").execute()
                .chain(() -> table.clear(tx))
                .chain(() -> tx.preparedQuery("select distinct tenant from es_event where stream_type = $1")
                        .execute(io.vertx.mutiny.sqlclient.Tuple.of(table.aggregate().streamType())))
                .chain(tenants -> {
                    Uni<Integer> chain = Uni.createFrom().item(0);
                    for (io.vertx.mutiny.sqlclient.Row row : tenants) {
                        String tenant = row.getString(0);
                        chain = chain.chain(count -> store.loadType(tx, tenant, table.aggregate().streamType())
                                .chain(envelopes -> writeFolded(tx, table, tenant, envelopes))
                                .map(written -> count + written));
                    }
                    return chain;
                }));
    }

    @SuppressWarnings("unchecked")
    private <S> Uni<Integer> writeFolded(SqlConnection tx, StateTable<S> table, String tenant,
            List<EventEnvelope> envelopes) {
        List<Map.Entry<String, Versioned<S>>> folded = foldStreams(
                (Aggregate<Object, S, DomainEvent>) table.aggregate(), envelopes);
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Map.Entry<String, Versioned<S>> entry : folded) {
            chain = chain.chain(() -> table.write(tx, tenant, entry.getKey(), entry.getValue().version(),
                    entry.getValue().state()));
        }
        return chain.replaceWith(folded.size());
    }


    /** Decides and appends; fails with the decider's {@code Rejection} or, after all retries, a conflict. */
    public <C, S, E extends DomainEvent> Uni<Handled<S, E>> handle(Aggregate<C, S, E> aggregate, String streamId,
            C command, EventMetadata metadata) {
        return submit(aggregate, streamId, command, metadata, null, null, null).map(Done::handled);
    }

    /**
     * Like {@link #handle(Aggregate, String, Object, EventMetadata)}, guarded by an idempotency key: the first
     * request's {@code respond(handled)} is stored with the events and returned for every retry with the same
     * key and request; a different request under the same key fails with {@code IdempotencyKeyReusedException}.
     * A rejected command stores no key. Without a key ({@code null}: the client sent none) nothing is stored and
     * the answer is {@code respond(handled)}.
     */
    public <C, S, E extends DomainEvent> Uni<Outcome> handle(Aggregate<C, S, E> aggregate, String streamId, C command,
            EventMetadata metadata, IdempotencyKey key, Function<Handled<S, E>, StoredResponse> respond) {
        return handle(aggregate, streamId, command, metadata, key, null, respond);
    }

    /**
     * As {@link #handle(Aggregate, String, Object, EventMetadata, IdempotencyKey, Function)}, on the condition that
     * the stream is still at {@code expectedVersion} when the command is decided (the client's {@code If-Match};
     * {@code null}: any version). A stale version fails with a 412 {@link Rejection} ({@link #STALE_VERSION}) carrying
     * the current version; a replay under a known key is answered before the version is looked at.
     */
    public <C, S, E extends DomainEvent> Uni<Outcome> handle(Aggregate<C, S, E> aggregate, String streamId, C command,
            EventMetadata metadata, IdempotencyKey key, Long expectedVersion,
            Function<Handled<S, E>, StoredResponse> respond) {
        return submit(aggregate, streamId, command, metadata, key, expectedVersion, respond).map(Done::outcome);
    }

    /** The code of the 412 for a stale {@code If-Match}. */
    public static final String STALE_VERSION = "stale-version";

    static Rejection stale(long expected, long current) {
        return new Rejection(Rejection.Kind.PRECONDITION_FAILED, STALE_VERSION, "If-Match",
                "Der Datensatz wurde inzwischen geändert (Ihre Version " + expected + ", aktuell " + current
                        + "). Bitte laden Sie ihn neu und wiederholen Sie die Änderung.",
                "The record was changed in the meantime (your version " + expected + ", current " + current
                        + "). Reload it and repeat the change.",
                Map.of("currentVersion", current));
    }

    private <C, S, E extends DomainEvent> Uni<Done<S, E>> submit(Aggregate<C, S, E> aggregate, String streamId,
            C command, EventMetadata metadata, IdempotencyKey key, Long expectedVersion,
            Function<Handled<S, E>, StoredResponse> respond) {
        return Uni.createFrom().deferred(() -> {
            // a key is scoped to the acting user: the same key from another user is another key
            Request<C, S, E> request = new Request<>(aggregate, Streams.qualified(metadata.tenant(), streamId), command,
                    metadata,
                    key == null ? null : key.of(metadata.tenant() + "/" + metadata.actor().subject()), expectedVersion, respond,
                    new CompletableFuture<>());
            queue.submit(request.streamId(), request);
            return Uni.createFrom().completionStage(request.done());
        });
    }

    /** One command waiting in its stream's queue; {@code done} completes with its result after the commit. */
    private record Request<C, S, E extends DomainEvent>(Aggregate<C, S, E> aggregate, String streamId, C command,
            EventMetadata metadata, IdempotencyKey key, Long expectedVersion,
            Function<Handled<S, E>, StoredResponse> respond, CompletableFuture<Done<S, E>> done) {
    }

    /** A command's result: what it appended ({@code null} for a replay) and, with a key, the answer. */
    private record Done<S, E>(Handled<S, E> handled, Outcome outcome) {
    }

    /** The commands of one stream that waited, in arrival order: runs of the same aggregate, one after the other. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Uni<Void> runGroup(List<Request<?, ?, ?>> group) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        int from = 0;
        for (int i = 1; i <= group.size(); i++) {
            if (i == group.size() || group.get(i).aggregate() != group.get(from).aggregate()) {
                List run = group.subList(from, i);
                chain = chain.chain(() -> runSameAggregate((List<Request>) run));
                from = i;
            }
        }
        return chain;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Uni<Void> runSameAggregate(List<Request> run) {
        return handleGroup((List) run);
    }

    /**
     * One transaction for the group, retried as a whole when another replica appended first (or stored one of
     * the keys first): look up the keys; load the stream; decide each command on the state its predecessors left
     * (a rejected command or a reused key fails alone, a known key replays its answer); append every accepted
     * command's events with its own metadata in one statement; store the accepted commands' keys with their
     * answers; commit; then answer each command.
     */
    private <C, S, E extends DomainEvent> Uni<Void> handleGroup(List<Request<C, S, E>> run) {
        Request<C, S, E> first = run.get(0);
        String streamId = first.streamId();
        return Uni.createFrom().deferred(() -> pool.withTransaction(tx -> attempt(tx, first.aggregate(), streamId, run)))
                .onFailure(CommandHandler::evicts).invoke(failure -> cache.evict(streamId))
                .onFailure(ConcurrencyConflictException.class).retry()
                .withBackOff(Duration.ofMillis(1), Duration.ofMillis(40)).withJitter(0.5)
                .atMost(maxAttempts)
                .onItemOrFailure().invoke((group, failure) -> {
                    if (failure != null) {
                        run.forEach(request -> request.done().completeExceptionally(failure));
                        return;
                    }
                    cache.put(streamId, group.state());
                    if (group.appended()) {
                        afterCommit.run();
                    }
                    for (int i = 0; i < run.size(); i++) {
                        Object result = group.results()[i];
                        if (result instanceof Throwable t) {
                            run.get(i).done().completeExceptionally(t);
                        } else {
                            @SuppressWarnings("unchecked")
                            Done<S, E> done = (Done<S, E>) result;
                            run.get(i).done().complete(done);
                        }
                    }
                })
                .replaceWithVoid()
                .onFailure().recoverWithItem((Void) null);
    }

    /** The outcome of one attempt: per command a {@link Done} or the failure that is its answer. */
    private record GroupResult<S>(Object[] results, Versioned<S> state, boolean appended) {
    }

    /** A command whose events were decided in this attempt. */
    private record Decided<S, E>(int index, long fromVersion, List<E> events, S state) {
    }

    private <C, S, E extends DomainEvent> Uni<GroupResult<S>> attempt(SqlConnection tx, Aggregate<C, S, E> aggregate,
            String streamId, List<Request<C, S, E>> run) {
        List<IdempotencyKey> keys = run.stream().map(Request::key).filter(java.util.Objects::nonNull).toList();
        Uni<Map<String, IdempotencyStore.Stored>> known = keys.isEmpty() ? Uni.createFrom().item(Map.of())
                : idempotency.findAll(tx, keys);
        // both statements go out at once (the client pipelines them on the transaction's connection): one round trip
        return Uni.combine().all().unis(known, load(tx, aggregate, streamId)).asTuple().chain(both -> {
            Map<String, IdempotencyStore.Stored> stored = both.getItem1();
            Versioned<S> current = both.getItem2();
            Decider<C, S, E> decider = aggregate.decider();
            Object[] results = new Object[run.size()];
            Map<String, Integer> firstWithKey = new HashMap<>();
            Map<Integer, Integer> sameAs = new HashMap<>();
            List<Decided<S, E>> decided = new ArrayList<>();
            List<EventStore.Pending> pending = new ArrayList<>();
            S state = current.state();
            long version = current.version();
            for (int i = 0; i < run.size(); i++) {
                Request<C, S, E> request = run.get(i);
                if (request.key() != null) {
                    String id = IdempotencyStore.id(request.key());
                    IdempotencyStore.Stored before = stored.get(id);
                    Integer earlier = firstWithKey.putIfAbsent(id, i);
                    if (before != null || earlier != null) {
                        String hash = before != null ? before.requestHash() : run.get(earlier).key().requestHash();
                        if (!hash.equals(request.key().requestHash())) {
                            results[i] = new IdempotencyKeyReusedException(request.key().key());
                        } else if (before != null) {
                            results[i] = new Done<S, E>(null, new Outcome(before.response(), true));
                        } else {
                            sameAs.put(i, earlier); // the same request twice in one group: the second replays
                        }
                        continue;
                    }
                }
                if (request.expectedVersion() != null && request.expectedVersion() != version) {
                    results[i] = stale(request.expectedVersion(), version);
                    continue;
                }
                List<E> events;
                try {
                    events = decider.decide(request.command(), state);
                } catch (RuntimeException rejected) {
                    results[i] = rejected;
                    continue;
                }
                S next = state;
                for (E event : events) {
                    next = decider.evolve(next, event);
                }
                decided.add(new Decided<>(i, version, events, next));
                pending.add(new EventStore.Pending(events, request.metadata()));
                state = next;
                version += events.size();
            }
            Versioned<S> after = new Versioned<>(version, state);
            return store.appendAll(tx, aggregate.streamType(), Streams.idOf(streamId), current.version(), pending)
                    .chain(appended -> {
                        List<IdempotencyStore.Completion> completions = new ArrayList<>();
                        int position = 0;
                        for (Decided<S, E> d : decided) {
                            List<EventEnvelope> mine = appended.subList(position, position + d.events().size());
                            position += d.events().size();
                            Request<C, S, E> request = run.get(d.index());
                            Handled<S, E> handled = new Handled<>(streamId, d.fromVersion() + d.events().size(),
                                    d.state(), d.events(), List.copyOf(mine));
                            StoredResponse response = request.respond() == null ? null
                                    : request.respond().apply(handled);
                            results[d.index()] = new Done<S, E>(handled,
                                    response == null ? null : new Outcome(response, false));
                            if (request.key() != null) {
                                completions.add(new IdempotencyStore.Completion(request.key(), response, streamId));
                            }
                        }
                        sameAs.forEach((i, earlier) -> results[i] = results[earlier] instanceof Done<?, ?> done
                                ? new Done<S, E>(null, new Outcome(done.outcome().response(), true))
                                : results[earlier]);
                        Uni<Integer> saved = completions.isEmpty() ? Uni.createFrom().item(0)
                                : idempotency.storeAll(tx, completions);
                        Uni<Boolean> kept = appended.isEmpty() ? Uni.createFrom().item(Boolean.TRUE)
                                : keep(tx, aggregate.streamType(), streamId, after.version(), after.state(),
                                        new StateTable.Appended(current.version(), appended, decided.stream()
                                                .flatMap(d -> d.events().stream()).toList())).replaceWith(Boolean.TRUE);
                        // the state table and the keys do not depend on each other: their statements go out together
                        return Uni.combine().all().unis(kept, saved).asTuple().map(Tuple2::getItem2).map(count -> {
                            if (count != completions.size()) {
                                // another transaction stored one of the keys first: roll back, the retry replays it
                                throw new ConcurrencyConflictException(streamId, current.version());
                            }
                            return new GroupResult<>(results, after, !appended.isEmpty());
                        });
                    });
        });
    }

    /**
     * Several commands, each on its own stream, in ONE transaction: all are appended or none (e.g. a file import
     * that must not land half). A rejection of any command rolls back all; a concurrent append retries all.
     */
    public <C, S, E extends DomainEvent> Uni<List<Handled<S, E>>> handleAll(Aggregate<C, S, E> aggregate,
            List<Map.Entry<String, C>> unqualified, EventMetadata metadata) {
        List<Map.Entry<String, C>> commands = unqualified.stream()
                .map(e -> Map.entry(Streams.qualified(metadata.tenant(), e.getKey()), e.getValue())).toList();
        return retryingAll(commands, () -> pool.withTransaction(tx -> {
            Uni<List<Handled<S, E>>> chain = Uni.createFrom().item(new ArrayList<>());
            for (Map.Entry<String, C> entry : commands) {
                chain = chain.chain(done -> decideAndAppend(tx, aggregate, entry.getKey(), entry.getValue(), metadata)
                        .map(handled -> {
                            done.add(handled);
                            return done;
                        }));
            }
            return chain;
        })).invoke(all -> {
            all.forEach(handled -> cache.put(handled.streamId(), new Versioned<>(handled.version(), handled.state())));
            if (!all.isEmpty()) {
                afterCommit.run();
            }
        });
    }

    private <T, C> Uni<T> retryingAll(List<Map.Entry<String, C>> commands, java.util.function.Supplier<Uni<T>> attempt) {
        return Uni.createFrom().deferred(() -> attempt.get())
                .onFailure(CommandHandler::evicts).invoke(failure -> commands.forEach(entry -> cache.evict(entry.getKey())))
                .onFailure(ConcurrencyConflictException.class).retry()
                .withBackOff(Duration.ofMillis(1), Duration.ofMillis(40)).withJitter(0.5)
                .atMost(maxAttempts);
    }

    /**
     * The current state of every stream of the aggregate's type, in stream-id order, folded from one ordered read
     * of all their events (a register: every dependency, every member).
     */
    public <C, S, E extends DomainEvent> Uni<List<S>> states(Aggregate<C, S, E> aggregate, String tenant) {
        return store.loadType(pool, tenant, aggregate.streamType())
                .map(envelopes -> foldStreams(aggregate, envelopes).stream().map(e -> e.getValue().state()).toList());
    }

    /**
     * Folds the events of many streams, read ordered by stream and version, into each stream's id and versioned
     * state, in the order of the events.
     */
    private <C, S, E extends DomainEvent> List<Map.Entry<String, Versioned<S>>> foldStreams(
            Aggregate<C, S, E> aggregate, List<EventEnvelope> envelopes) {
        List<Map.Entry<String, Versioned<S>>> folded = new ArrayList<>();
        Versioned<S> current = null;
        String stream = null;
        for (EventEnvelope envelope : envelopes) {
            if (!envelope.streamId().equals(stream)) {
                if (stream != null) {
                    folded.add(Map.entry(stream, current));
                }
                stream = envelope.streamId();
                current = new Versioned<>(0, aggregate.decider().initialState());
            }
            current = fold(aggregate, current, List.of(envelope));
        }
        if (stream != null) {
            folded.add(Map.entry(stream, current));
        }
        return folded;
    }

    /** The current state of a municipality's stream (version 0 and the initial state if it has no events). */
    public <C, S, E extends DomainEvent> Uni<Versioned<S>> state(Aggregate<C, S, E> aggregate, String tenant,
            String streamId) {
        String stream = Streams.qualified(tenant, streamId);
        return load(pool, aggregate, stream).invoke(state -> cache.put(stream, state));
    }


    /**
     * A lost race keeps the cached state: it is a committed state, only older, and the retry loads just the events
     * after it. Evicting it made every retry on a busy stream fold the whole stream again (docs/benchmarks.md).
     */
    private static boolean evicts(Throwable failure) {
        return !(failure instanceof ConcurrencyConflictException);
    }

    private <C, S, E extends DomainEvent> Uni<Handled<S, E>> decideAndAppend(SqlConnection tx,
            Aggregate<C, S, E> aggregate, String streamId, C command, EventMetadata metadata) {
        return load(tx, aggregate, streamId).chain(current -> {
            Decider<C, S, E> decider = aggregate.decider();
            List<E> events = decider.decide(command, current.state());
            S next = current.state();
            for (E event : events) {
                next = decider.evolve(next, event);
            }
            S newState = next;
            return store.append(tx, aggregate.streamType(), Streams.idOf(streamId), current.version(), events, metadata)
                    .call(appended -> appended.isEmpty() ? Uni.createFrom().voidItem()
                            : keep(tx, aggregate.streamType(), streamId, current.version() + events.size(), newState,
                                    new StateTable.Appended(current.version(), appended, events)))
                    .map(appended -> new Handled<>(streamId, current.version() + events.size(), newState, events,
                            appended));
        });
    }

    @SuppressWarnings("unchecked")
    private <C, S, E extends DomainEvent> Uni<Versioned<S>> load(SqlClient client, Aggregate<C, S, E> aggregate,
            String streamId) {
        Versioned<S> cached = (Versioned<S>) cache.get(streamId);
        Versioned<S> base = cached != null ? cached : new Versioned<>(0, aggregate.decider().initialState());
        return store.load(client, Streams.tenantOf(streamId), Streams.idOf(streamId), base.version())
                .map(envelopes -> fold(aggregate, base, envelopes));
    }

    private <C, S, E extends DomainEvent> Versioned<S> fold(Aggregate<C, S, E> aggregate, Versioned<S> base,
            List<EventEnvelope> envelopes) {
        S state = base.state();
        long version = base.version();
        for (EventEnvelope envelope : envelopes) {
            E event = aggregate.eventType().cast(envelope.decode(store.registry()));
            state = aggregate.decider().evolve(state, event);
            version = envelope.streamVersion();
        }
        return new Versioned<>(version, state);
    }
}
