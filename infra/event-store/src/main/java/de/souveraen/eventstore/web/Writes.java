package de.souveraen.eventstore.web;

import de.souveraen.contracts.DomainEvent;
import de.souveraen.contracts.EventMetadata;
import de.souveraen.eventstore.idempotency.IdempotencyKey;
import de.souveraen.eventstore.store.Aggregate;
import de.souveraen.eventstore.store.AggregateStore;
import de.souveraen.eventstore.store.Versioned;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The HTTP side of every write, the same in every service, so that resources stay thin:
 * <ul>
 * <li>{@link #create}: {@code 201 Created}, {@code Location} of what was created, body {@code {"id", "version"}};</li>
 * <li>{@link #change}: {@code 200 OK} with {@code {"id", "version"}}, no {@code Location}; {@code If-Match}
 * optional;</li>
 * <li>{@link #replace} (a {@code PUT}): as change, {@code If-Match} required (428 without it).</li>
 * </ul>
 * Every answer carries the stream's new {@code ETag}; a stale {@code If-Match} is a 412. The client's
 * {@code Idempotency-Key} (scope: method and path; request hash: the parsed body) makes any write happen once: a
 * retry gets the first answer. The metadata (actor, time, correlation) come from the request.
 */
@RequestScoped
public class Writes {
    private final AggregateStore store;
    private final RequestMetadata metadata;
    private final HttpServerRequest request;

    Writes(AggregateStore store, RequestMetadata metadata, HttpServerRequest request) {
        this.store = store;
        this.metadata = metadata;
        this.request = request;
    }

    /** The metadata of commands of this request. */
    public EventMetadata metadata() {
        return metadata.metadata();
    }

    /**
     * Creates {@code createdId} by a command on the aggregate {@code id} (often the same id). {@code locationOf} gives
     * the location for the answered id (for a replay, the first request's).
     */
    public <C, S, E extends DomainEvent> Uni<Response> create(Aggregate<C, S, E> aggregate, Object id, C command,
            Object body, Object createdId, Function<String, String> locationOf) {
        return write(aggregate, id, command, body, false, false,
                handled -> Http.created(createdId, handled.version()))
                .map(outcome -> Http.answer(outcome, locationOf.apply(Http.answeredId(outcome.response()))));
    }

    /** As {@link #create}, with the {@code Idempotency-Key} required (bookings: a retry must never book twice). */
    public <C, S, E extends DomainEvent> Uni<Response> createOnce(Aggregate<C, S, E> aggregate, Object id, C command,
            Object body, Object createdId, Function<String, String> locationOf) {
        return write(aggregate, id, command, body, true, false, handled -> Http.created(createdId, handled.version()))
                .map(outcome -> Http.answer(outcome, locationOf.apply(Http.answeredId(outcome.response()))));
    }

    /** Changes the aggregate {@code id} (a status, a part of it): 200, {@code If-Match} optional. */
    public <C, S, E extends DomainEvent> Uni<Response> change(Aggregate<C, S, E> aggregate, Object id, C command,
            Object body) {
        return write(aggregate, id, command, body, false, false, handled -> Http.changed(id, handled.version()))
                .map(outcome -> Http.answer(outcome, null));
    }

    /** As {@link #change}, with the {@code Idempotency-Key} required (e.g. reversing a booking). */
    public <C, S, E extends DomainEvent> Uni<Response> changeOnce(Aggregate<C, S, E> aggregate, Object id, C command,
            Object body) {
        return write(aggregate, id, command, body, true, false, handled -> Http.changed(id, handled.version()))
                .map(outcome -> Http.answer(outcome, null));
    }

    /** Replaces the aggregate {@code id}'s data (a {@code PUT}): 200, {@code If-Match} required. */
    public <C, S, E extends DomainEvent> Uni<Response> replace(Aggregate<C, S, E> aggregate, Object id, C command,
            Object body) {
        return write(aggregate, id, command, body, false, true, handled -> Http.changed(id, handled.version()))
                .map(outcome -> Http.answer(outcome, null));
    }

    private <C, S, E extends DomainEvent> Uni<de.souveraen.eventstore.store.CommandHandler.Outcome> write(
            Aggregate<C, S, E> aggregate, Object id, C command, Object body, boolean keyRequired,
            boolean versionRequired,
            Function<de.souveraen.eventstore.store.Handled<S, E>, de.souveraen.eventstore.idempotency.StoredResponse> respond) {
        Long expected = Http.expectedVersion(request.getHeader(Http.IF_MATCH), versionRequired);
        String key = Http.idempotencyKey(request.getHeader(Http.IDEMPOTENCY_KEY), keyRequired);
        IdempotencyKey once = key == null ? null
                : Http.idempotencyKey(key, request.method().name() + " " + request.path(), body);
        return store.handle(aggregate, id, command, metadata.metadata(), once, expected, respond);
    }

    /** A read of one aggregate with its {@code ETag}, for the client's next {@code If-Match}. */
    public static <S, T> RestResponse<T> tagged(Versioned<S> versioned, Function<S, T> view) {
        return RestResponse.ResponseBuilder.ok(view.apply(versioned.state()))
                .header(Http.ETAG, Http.etag(versioned.version())).build();
    }
}
