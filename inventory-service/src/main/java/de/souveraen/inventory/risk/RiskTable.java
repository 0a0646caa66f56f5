package de.souveraen.inventory.risk;

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

/** Keeps {@code inv_risk} in the append's transaction: one row per raised risk and municipality. */
@ApplicationScoped
@Unremovable
public class RiskTable implements StateTable<RiskState> {
    static final String TABLE = "inv_risk";
    private static final String UPSERT = "insert into inv_risk (tenant, id, version, score, title, state)"
            + " values ($1, $2, $3, $4, $5, $6::text::jsonb) on conflict (tenant, id) do update set"
            + " version = excluded.version, score = excluded.score, title = excluded.title, state = excluded.state";

    @Override
    public Aggregate<?, RiskState, ?> aggregate() {
        return RiskDecider.AGGREGATE;
    }

    @Override
    public Uni<Void> write(SqlConnection tx, String tenant, String streamId, long version, RiskState state) {
        if (!state.exists()) {
            return Rows.delete(tx, TABLE, tenant,
                    UUID.fromString(streamId.substring(RiskDecider.AGGREGATE.streamType().length() + 1)));
        }
        Integer score = RiskResource.RiskView.of(state).score();
        return tx.preparedQuery(UPSERT).execute(Tuple.from(Arrays.asList(tenant, state.id(), version,
                score == null ? 0 : score, state.details().title(), StateJson.write(state)))).replaceWithVoid();
    }

    @Override
    public Uni<Void> clear(SqlConnection tx) {
        return Rows.clear(tx, TABLE);
    }
}
