package de.souveraen.eventstore.store;

import de.souveraen.contracts.DomainEvent;
import de.souveraen.contracts.EventEnvelope;
import de.souveraen.contracts.EventMetadata;
import de.souveraen.eventstore.domain.Decider;
import de.souveraen.eventstore.idempotency.IdempotencyKey;
import de.souveraen.eventstore.idempotency.IdempotencyStore;
import de.souveraen.eventstore.idempotency.StoredResponse;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Load → decide → append, in one transaction, retried when another writer (another replica) got to the stream
 * first; within this process the commands of a stream wait for each other ({@link StreamQueue}).
 * With an idempotency key the key is claimed first in the same transaction, so a retried request
 * either replays the stored answer or does the work exactly once.
 */
public final class CommandHandler {
    private final Pool pool;
    private final EventStore store;
    private final IdempotencyStore idempotency;
    private final StateCache cache;
    private final StreamQueue queue = new StreamQueue();
    private final int maxAttempts;
    private volatile Runnable afterCommit = () -> { };

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

    /** Decides and appends; fails with the decider's {@code Rejection} or, after all retries, a conflict. */
    public <C, S, E extends DomainEvent> Uni<Handled<S, E>> handle(Aggregate<C, S, E> aggregate, String streamId,
            C command, EventMetadata metadata) {
        return retrying(streamId, () -> pool.withTransaction(tx -> decideAndAppend(tx, aggregate, streamId, command, metadata)))
                .invoke(handled -> {
                    cache.put(streamId, new Versioned<>(handled.version(), handled.state()));
                    afterCommit.run();
                });
    }

    /**
     * Like {@link #handle(Aggregate, String, Object, EventMetadata)}, guarded by an idempotency key: the first
     * request's {@code respond(handled)} is stored with the events and returned for every retry with the same
     * key and request; a different request under the same key fails with {@code IdempotencyKeyReusedException}.
     */
    public <C, S, E extends DomainEvent> Uni<Outcome> handle(Aggregate<C, S, E> aggregate, String streamId, C command,
            EventMetadata metadata, IdempotencyKey key, Function<Handled<S, E>, StoredResponse> respond) {
        return retrying(streamId, () -> pool.withTransaction(tx -> idempotency.claim(tx, key).chain(claim -> {
            if (claim instanceof IdempotencyStore.Claim.Replay replay) {
                return Uni.createFrom().item(new Attempt<S, E>(null, new Outcome(replay.response(), true)));
            }
            return decideAndAppend(tx, aggregate, streamId, command, metadata).chain(handled -> {
                StoredResponse response = respond.apply(handled);
                return idempotency.complete(tx, key, response, streamId)
                        .replaceWith(new Attempt<>(handled, new Outcome(response, false)));
            });
        }))).invoke(attempt -> {
            if (attempt.handled() != null) {
                cache.put(streamId, new Versioned<>(attempt.handled().version(), attempt.handled().state()));
                afterCommit.run();
            }
        }).map(Attempt::outcome);
    }

    /**
     * Several commands, each on its own stream, in ONE transaction: all are appended or none (e.g. a file import
     * that must not land half). A rejection of any command rolls back all; a concurrent append retries all.
     */
    public <C, S, E extends DomainEvent> Uni<List<Handled<S, E>>> handleAll(Aggregate<C, S, E> aggregate,
            List<Map.Entry<String, C>> commands, EventMetadata metadata) {
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
    public <C, S, E extends DomainEvent> Uni<List<S>> states(Aggregate<C, S, E> aggregate) {
        return store.loadType(pool, aggregate.streamType()).map(envelopes -> {
            Decider<C, S, E> decider = aggregate.decider();
            List<S> states = new ArrayList<>();
            String stream = null;
            S state = null;
            for (EventEnvelope envelope : envelopes) {
                if (!envelope.streamId().equals(stream)) {
                    if (stream != null) {
                        states.add(state);
                    }
                    stream = envelope.streamId();
                    state = decider.initialState();
                }
                state = decider.evolve(state, aggregate.eventType().cast(envelope.decode(store.registry())));
            }
            if (stream != null) {
                states.add(state);
            }
            return states;
        });
    }

    /** The current state of a stream (version 0 and the initial state if it has no events). */
    public <C, S, E extends DomainEvent> Uni<Versioned<S>> state(Aggregate<C, S, E> aggregate, String streamId) {
        return load(pool, aggregate, streamId).invoke(state -> cache.put(streamId, state));
    }

    private record Attempt<S, E>(Handled<S, E> handled, Outcome outcome) {
    }

    /**
     * A lost race keeps the cached state: it is a committed state, only older, and the retry loads just the events
     * after it. Evicting it made every retry on a busy stream fold the whole stream again (docs/benchmarks.md).
     */
    private static boolean evicts(Throwable failure) {
        return !(failure instanceof ConcurrencyConflictException);
    }

    /** One command at a time per stream in this process; conflicts with other replicas are retried. */
    private <T> Uni<T> retrying(String streamId, java.util.function.Supplier<Uni<T>> attempt) {
        return queue.run(streamId, () -> Uni.createFrom().deferred(() -> attempt.get())
                .onFailure(CommandHandler::evicts).invoke(failure -> cache.evict(streamId))
                .onFailure(ConcurrencyConflictException.class).retry()
                .withBackOff(Duration.ofMillis(1), Duration.ofMillis(40)).withJitter(0.5)
                .atMost(maxAttempts));
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
            return store.append(tx, aggregate.streamType(), streamId, current.version(), events, metadata)
                    .map(appended -> new Handled<>(streamId, current.version() + events.size(), newState, events,
                            appended));
        });
    }

    @SuppressWarnings("unchecked")
    private <C, S, E extends DomainEvent> Uni<Versioned<S>> load(SqlClient client, Aggregate<C, S, E> aggregate,
            String streamId) {
        Versioned<S> cached = (Versioned<S>) cache.get(streamId);
        Versioned<S> base = cached != null ? cached : new Versioned<>(0, aggregate.decider().initialState());
        return store.load(client, streamId, base.version()).map(envelopes -> fold(aggregate, base, envelopes));
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
