package de.souveraen.workgroup.proposal;

import de.souveraen.eventstore.store.StateJson;
import de.souveraen.eventstore.store.Aggregate;
import de.souveraen.eventstore.store.StateTable;
import de.souveraen.workgroup.table.Rows;
import io.quarkus.arc.Unremovable;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;

/**
 * The proposals' current-state table ({@code wg_proposal}), with the reference and date of submission (the OParl
 * Paper's {@code reference} and {@code date}) from the proposal's {@code ProposalSubmitted} event.
 */
@ApplicationScoped
@Unremovable
public class ProposalTable implements StateTable<ProposalState> {

    @Override
    public Aggregate<?, ProposalState, ?> aggregate() {
        return ProposalDecider.AGGREGATE;
    }

    @Override
    public Uni<Void> write(SqlConnection tx, String tenant, String streamId, long version, ProposalState state) {
        if (!state.exists()) {
            return Uni.createFrom().voidItem();
        }
        return Rows.stamp(tx, tenant, streamId).chain(stamp -> tx.preparedQuery("select payload->>'reference',"
                        + " payload->>'submittedOn' from es_event where tenant = $1 and stream_id = $2"
                        + " and event_type like 'workgroup.ProposalSubmitted.%' order by stream_version limit 1")
                .execute(Tuple.of(tenant, streamId))
                .chain(submitted -> {
                    Iterator<Row> first = submitted.iterator();
                    Row row = first.hasNext() ? first.next() : null;
                    String reference = row == null ? null : row.getString(0);
                    LocalDate on = row == null || row.getString(1) == null ? null : LocalDate.parse(row.getString(1));
                    return tx.preparedQuery("insert into wg_proposal (tenant, proposal_id, version, reference,"
                                    + " submitted_on, created, modified, state)"
                                    + " values ($1, $2, $3, $4, $5, $6, $7, $8::text::jsonb)"
                                    + " on conflict (tenant, proposal_id) do update set version = excluded.version,"
                                    + " reference = excluded.reference, submitted_on = excluded.submitted_on,"
                                    + " created = excluded.created, modified = excluded.modified,"
                                    + " state = excluded.state")
                            .execute(Tuple.from(Arrays.asList(tenant, state.proposalId(), version, reference, on,
                                    stamp.createdAt(), stamp.modifiedAt(), StateJson.write(state))))
                            .replaceWithVoid();
                }));
    }

    @Override
    public Uni<Void> clear(SqlConnection tx) {
        return tx.query("delete from wg_proposal").execute().replaceWithVoid();
    }
}
