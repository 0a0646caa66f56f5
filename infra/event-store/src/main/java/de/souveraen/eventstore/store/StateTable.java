package de.souveraen.eventstore.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * A current-state table of one aggregate type (a register, a list, OParl objects): one row per stream and
 * municipality, written by the {@link CommandHandler} in the transaction that appends the stream's events, so a
 * client reads its own write and the table never disagrees with the events. Lists and filters are queries on these
 * tables instead of folds over every event. {@link CommandHandler#rebuild(StateTable)} refills a table from the events.
 *
 * @param <S> the aggregate's state
 */
public interface StateTable<S> {

    /** The aggregate whose states the table keeps (its stream type, e.g. {@code dependency}, names the streams). */
    Aggregate<?, S, ?> aggregate();

    /**
     * Writes (inserts or replaces) the row of one stream after its events were appended; {@code streamId} is the
     * stream within the municipality ({@code dependency-<uuid>}), {@code version} its new version.
     */
    Uni<Void> write(SqlConnection tx, String tenant, String streamId, long version, S state);

    /** Removes every row of every municipality (before a rebuild). */
    Uni<Void> clear(SqlConnection tx);
}
