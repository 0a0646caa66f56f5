package de.souveraen.workgroup.training;

import de.souveraen.eventstore.store.StateJson;
import de.souveraen.eventstore.store.Aggregate;
import de.souveraen.eventstore.store.StateTable;
import de.souveraen.workgroup.table.Rows;
import io.quarkus.arc.Unremovable;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The trainings' current-state table ({@code wg_training}). */
@ApplicationScoped
@Unremovable
public class TrainingTable implements StateTable<TrainingState> {

    @Override
    public Aggregate<?, TrainingState, ?> aggregate() {
        return TrainingDecider.AGGREGATE;
    }

    @Override
    public Uni<Void> write(SqlConnection tx, String tenant, String streamId, long version, TrainingState state) {
        if (!state.exists()) {
            return Uni.createFrom().voidItem();
        }
        return Rows.stamp(tx, tenant, streamId).chain(stamp -> tx.preparedQuery("insert into wg_training (tenant,"
                        + " training_id, version, status, created, modified, state)"
                        + " values ($1, $2, $3, $4, $5, $6, $7::text::jsonb)"
                        + " on conflict (tenant, training_id) do update set version = excluded.version,"
                        + " status = excluded.status, created = excluded.created, modified = excluded.modified,"
                        + " state = excluded.state")
                .execute(Tuple.from(List.of(tenant, state.trainingId(), version, state.status().name(),
                        stamp.createdAt(), stamp.modifiedAt(), StateJson.write(state))))
                .replaceWithVoid());
    }

    @Override
    public Uni<Void> clear(SqlConnection tx) {
        return tx.query("delete from wg_training").execute().replaceWithVoid();
    }
}
