package de.souveraen.eventstore.projection;

import de.souveraen.contracts.DomainEvent;
import de.souveraen.contracts.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Applies one event to a read model inside the transaction the runner opened (the same one that records
 * the event id as processed). Keep the interpretation pure: compute the change with a pure
 * {@code apply(view, event)} and use the connection only to load and store the view.
 */
@FunctionalInterface
public interface Projection {
    Uni<Void> apply(SqlConnection tx, EventEnvelope envelope, DomainEvent event);
}
