package de.souveraen.eventstore.projection;

import de.souveraen.contracts.DomainEvent;
import de.souveraen.contracts.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.List;

/**
 * Applies events to a read model inside the transaction the runner opened (the same one that records the event
 * ids as processed). Keep the interpretation pure: compute the change with a pure {@code apply(view, event)} and
 * use the connection only to load and store the view.
 */
@FunctionalInterface
public interface Projection {
    /** An event decoded from a record, in the order it was delivered. */
    record Decoded(EventEnvelope envelope, DomainEvent event) {
    }

    Uni<Void> apply(SqlConnection tx, EventEnvelope envelope, DomainEvent event);

    /**
     * Applies several events, in the given order, in ONE transaction. The default applies them one after the other;
     * a projection that touches the same documents again and again should override it to load each document once
     * and write it once per batch.
     */
    default Uni<Void> applyAll(SqlConnection tx, List<Decoded> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Decoded decoded : events) {
            chain = chain.chain(() -> apply(tx, decoded.envelope(), decoded.event()));
        }
        return chain;
    }
}
