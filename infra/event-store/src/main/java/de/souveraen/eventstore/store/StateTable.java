package de.souveraen.eventstore.store;

import de.souveraen.contracts.DomainEvent;
import de.souveraen.contracts.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.List;

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

    /**
     * The events the append's transaction has just written to the stream, as the command handler has them in hand:
     * the stream stood at {@code fromVersion} before them; {@code envelopes} are the stored events (with their
     * stream versions and recording time) and {@code events} the same events, decoded, in the same order.
     */
    record Appended(long fromVersion, List<EventEnvelope> envelopes, List<? extends DomainEvent> events) {
        public Appended {
            if (envelopes.size() != events.size()) {
                throw new IllegalArgumentException("every appended envelope needs its event");
            }
            envelopes = List.copyOf(envelopes);
            events = List.copyOf(events);
        }

        /** The stream's version after the events. */
        public long toVersion() {
            return fromVersion + envelopes.size();
        }
    }

    /**
     * Writes the row(s) of one stream after the command handler appended {@code appended} in the same transaction. A
     * table that applies events (rather than the folded state) uses them instead of reading the stream back; the
     * default ignores them. A rebuild calls {@link #write(SqlConnection, String, String, long, Object)}.
     */
    default Uni<Void> write(SqlConnection tx, String tenant, String streamId, long version, S state,
            Appended appended) {
        return write(tx, tenant, streamId, version, state);
    }

    /** Removes every row of every municipality (before a rebuild). */
    Uni<Void> clear(SqlConnection tx);
}
