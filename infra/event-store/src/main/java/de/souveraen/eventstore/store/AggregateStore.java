package de.souveraen.eventstore.store;

import de.souveraen.contracts.DomainEvent;
import de.souveraen.contracts.EventEnvelope;
import de.souveraen.contracts.EventMetadata;
import de.souveraen.contracts.EventTypeRegistry;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.idempotency.IdempotencyKey;
import de.souveraen.eventstore.idempotency.StoredResponse;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The one store adapter of every service: aggregates are addressed by their {@link Aggregate} descriptor and id
 * (the stream is {@code <type>-<id>}); writes go through the {@link CommandHandler} (load, decide, append with the
 * expected version, in one transaction), reads fold a stream (cached by version) or read its events.
 */
public final class AggregateStore {
    private final CommandHandler handler;
    private final Pool pool;

    public AggregateStore(CommandHandler handler, Pool pool) {
        this.handler = handler;
        this.pool = pool;
    }

    public <C, S, E extends DomainEvent> Uni<Handled<S, E>> handle(Aggregate<C, S, E> aggregate, Object id, C command,
            EventMetadata metadata) {
        return handler.handle(aggregate, aggregate.streamId(id), command, metadata);
    }

    /**
     * Handles {@code command}, answering {@code respond(handled)}: under the client's idempotency key ({@code null}:
     * none) exactly once, and only while the stream is at {@code expectedVersion} ({@code null}: any).
     */
    public <C, S, E extends DomainEvent> Uni<CommandHandler.Outcome> handle(Aggregate<C, S, E> aggregate, Object id,
            C command, EventMetadata metadata, IdempotencyKey key, Long expectedVersion,
            Function<Handled<S, E>, StoredResponse> respond) {
        return handler.handle(aggregate, aggregate.streamId(id), command, metadata, key, expectedVersion, respond);
    }

    /** Several commands, each on the stream of its id, in one transaction: all land or none (a file import). */
    public <C, S, E extends DomainEvent> Uni<List<Handled<S, E>>> handleAll(Aggregate<C, S, E> aggregate,
            List<Map.Entry<Object, C>> commands, EventMetadata metadata) {
        return handler.handleAll(aggregate,
                commands.stream().map(e -> Map.entry(aggregate.streamId(e.getKey()), e.getValue())).toList(),
                metadata);
    }

    /** The current state and version (version 0 and the initial state when nothing was recorded). */
    public <C, S, E extends DomainEvent> Uni<Versioned<S>> state(Aggregate<C, S, E> aggregate, Object id) {
        return handler.state(aggregate, aggregate.streamId(id));
    }

    /** The current state, or the 404 {@code notFound} gives when {@code exists} says it was never created. */
    public <C, S, E extends DomainEvent> Uni<Versioned<S>> existing(Aggregate<C, S, E> aggregate, Object id,
            Predicate<S> exists, Supplier<Rejection> notFound) {
        return state(aggregate, id).map(versioned -> {
            if (!exists.test(versioned.state())) {
                throw notFound.get();
            }
            return versioned;
        });
    }

    /** The current state of every stream of the aggregate's type, in stream-id order. */
    public <C, S, E extends DomainEvent> Uni<List<S>> all(Aggregate<C, S, E> aggregate) {
        return handler.states(aggregate);
    }

    /** The stream's events in order, with their metadata (who, when): the source of audit trails. */
    public Uni<List<EventEnvelope>> events(Aggregate<?, ?, ?> aggregate, Object id) {
        return handler.store().load(pool, aggregate.streamId(id), 0);
    }

    /** Every event of every stream of the aggregate's type, in stream order. */
    public Uni<List<EventEnvelope>> eventsOfType(Aggregate<?, ?, ?> aggregate) {
        return handler.store().loadType(pool, aggregate.streamType());
    }

    /**
     * A version of everything this service stored: changes with every committed event (events are never deleted, so
     * the count grows; the highest position comes with it). For caches of views folded from all events.
     */
    public Uni<String> version() {
        return pool.query("select count(*) || ':' || coalesce(max(position), 0) from es_event").execute()
                .map(rows -> rows.iterator().next().getString(0));
    }

    public EventTypeRegistry registry() {
        return handler.store().registry();
    }
}
