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
 * (the stream is {@code <type>-<id>} within a municipality: writes in the one their metadata names, reads in
 * the one of the request or of {@link #of(String)}); writes go through the {@link CommandHandler} (load, decide, append with the
 * expected version, in one transaction), reads fold a stream (cached by version) or read its events.
 */
public final class AggregateStore {
    private final CommandHandler handler;
    private final Pool pool;
    private final Supplier<String> tenant;

    /**
     * @param tenant the municipality whose streams the reads address (the signed-in user's, from the request);
     *               writes address the municipality their metadata names
     */
    public AggregateStore(CommandHandler handler, Pool pool, Supplier<String> tenant) {
        this.handler = handler;
        this.pool = pool;
        this.tenant = tenant;
    }

    /** This store bound to one municipality (public pages addressed by the municipality's path, background jobs). */
    public AggregateStore of(String municipality) {
        if (!Streams.validTenant(municipality)) {
            throw new IllegalArgumentException("not a tenant key: " + municipality);
        }
        return new AggregateStore(handler, pool, () -> municipality);
    }

    /** The municipality whose streams this store reads. */
    public String tenant() {
        return tenant.get();
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
        return handler.handle(aggregate, aggregate.streamId(id), command, metadata, key, expectedVersion,
                respond);
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
        return handler.state(aggregate, tenant.get(), aggregate.streamId(id));
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
        return handler.states(aggregate, tenant.get());
    }

    /** The stream's events in order, with their metadata (who, when): the source of audit trails. */
    public Uni<List<EventEnvelope>> events(Aggregate<?, ?, ?> aggregate, Object id) {
        return handler.store().load(pool, tenant.get(), aggregate.streamId(id), 0);
    }

    /** Every event of every stream of the aggregate's type, in stream order. */
    public Uni<List<EventEnvelope>> eventsOfType(Aggregate<?, ?, ?> aggregate) {
        return handler.store().loadType(pool, tenant.get(), aggregate.streamType());
    }

    /**
     * A version of everything this service stored: changes with every committed event (events are never deleted, so
     * the count grows; the highest position comes with it). For caches of views folded from all events.
     */
    public Uni<String> version() {
        return pool.preparedQuery("select count(*) || ':' || coalesce(max(position), 0) from es_event where tenant = $1")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(tenant.get()))
                .map(rows -> rows.iterator().next().getString(0));
    }

    public EventTypeRegistry registry() {
        return handler.store().registry();
    }
}
