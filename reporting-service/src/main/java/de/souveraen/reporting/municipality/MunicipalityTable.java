package de.souveraen.reporting.municipality;

import de.souveraen.contracts.Json;
import de.souveraen.eventstore.store.Aggregate;
import de.souveraen.eventstore.store.StateTable;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The registry as a table ({@code rm_municipality}): one row per municipality with its current state, written in the
 * append's transaction; rebuilt from the events by the kernel's {@code POST /api/admin/state-tables/rebuild}.
 */
@ApplicationScoped
public class MunicipalityTable implements StateTable<Municipality> {

    @Override
    public Aggregate<?, Municipality, ?> aggregate() {
        return MunicipalityDecider.AGGREGATE;
    }

    @Override
    public Uni<Void> write(SqlConnection tx, String tenant, String streamId, long version, Municipality state) {
        return tx.preparedQuery("insert into rm_municipality (tenant, version, doc) values ($1, $2, cast($3 as text)::jsonb)"
                        + " on conflict (tenant) do update set version = excluded.version, doc = excluded.doc")
                .execute(Tuple.of(tenant, version, Json.text(Json.mapper().valueToTree(state)))).replaceWithVoid();
    }

    @Override
    public Uni<Void> clear(SqlConnection tx) {
        return tx.query("delete from rm_municipality").execute().replaceWithVoid();
    }
}
