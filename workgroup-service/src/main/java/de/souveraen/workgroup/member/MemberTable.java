package de.souveraen.workgroup.member;

import de.souveraen.eventstore.store.StateJson;
import de.souveraen.eventstore.store.Aggregate;
import de.souveraen.eventstore.store.StateTable;
import de.souveraen.workgroup.table.Rows;
import io.quarkus.arc.Unremovable;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** The members' current-state table ({@code wg_member}) and their OParl memberships ({@code wg_membership}). */
@ApplicationScoped
@Unremovable
public class MemberTable implements StateTable<MemberState> {

    @Override
    public Aggregate<?, MemberState, ?> aggregate() {
        return MemberDecider.AGGREGATE;
    }

    @Override
    public Uni<Void> write(SqlConnection tx, String tenant, String streamId, long version, MemberState state) {
        if (!state.exists()) {
            return Uni.createFrom().voidItem();
        }
        return Rows.stamp(tx, tenant, streamId).chain(stamp -> tx.preparedQuery(
                        "insert into wg_member (tenant, member_id, version, family_name, given_name, created, modified,"
                                + " state) values ($1, $2, $3, $4, $5, $6, $7, $8::text::jsonb)"
                                + " on conflict (tenant, member_id) do update set version = excluded.version,"
                                + " family_name = excluded.family_name, given_name = excluded.given_name,"
                                + " created = excluded.created, modified = excluded.modified, state = excluded.state")
                .execute(Tuple.from(List.of(tenant, state.memberId(), version, state.person().familyName(),
                        state.person().givenName(), stamp.createdAt(), stamp.modifiedAt(), StateJson.write(state))))
                .chain(() -> tx.preparedQuery("delete from wg_membership where tenant = $1 and member_id = $2")
                        .execute(Tuple.of(tenant, state.memberId())))
                .chain(() -> {
                    List<Tuple> periods = new ArrayList<>();
                    for (int i = 0; i < state.periods().size(); i++) {
                        periods.add(Tuple.from(List.of(tenant, state.memberId(), i + 1, stamp.createdAt(),
                                stamp.modifiedAt(), StateJson.write(state.periods().get(i)))));
                    }
                    return periods.isEmpty() ? Uni.createFrom().voidItem() : tx.preparedQuery(
                            "insert into wg_membership (tenant, member_id, number, created, modified, period)"
                                    + " values ($1, $2, $3, $4, $5, $6::text::jsonb)")
                            .executeBatch(periods).replaceWithVoid();
                })
                .replaceWithVoid());
    }

    @Override
    public Uni<Void> clear(SqlConnection tx) {
        return tx.query("delete from wg_membership").execute()
                .chain(() -> tx.query("delete from wg_member").execute()).replaceWithVoid();
    }
}
