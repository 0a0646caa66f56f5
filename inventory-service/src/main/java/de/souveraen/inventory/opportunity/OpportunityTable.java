package de.souveraen.inventory.opportunity;

import de.souveraen.eventstore.store.Aggregate;
import de.souveraen.eventstore.store.StateTable;
import de.souveraen.inventory.table.Rows;
import de.souveraen.eventstore.store.StateJson;
import io.quarkus.arc.Unremovable;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.UUID;

/** Keeps {@code inv_opportunity} in the append's transaction: one row per recorded opportunity and municipality. */
@ApplicationScoped
@Unremovable
public class OpportunityTable implements StateTable<OpportunityState> {
    static final String TABLE = "inv_opportunity";
    private static final String UPSERT = "insert into inv_opportunity (tenant, id, version, title, state)"
            + " values ($1, $2, $3, $4, $5::text::jsonb) on conflict (tenant, id) do update set"
            + " version = excluded.version, title = excluded.title, state = excluded.state";

    @Override
    public Aggregate<?, OpportunityState, ?> aggregate() {
        return OpportunityDecider.AGGREGATE;
    }

    @Override
    public Uni<Void> write(SqlConnection tx, String tenant, String streamId, long version, OpportunityState state) {
        if (!state.exists()) {
            return Rows.delete(tx, TABLE, tenant,
                    UUID.fromString(streamId.substring(OpportunityDecider.AGGREGATE.streamType().length() + 1)));
        }
        return tx.preparedQuery(UPSERT).execute(Tuple.from(Arrays.asList(tenant, state.id(), version,
                state.details().title(), StateJson.write(state)))).replaceWithVoid();
    }

    @Override
    public Uni<Void> clear(SqlConnection tx) {
        return Rows.clear(tx, TABLE);
    }
}
