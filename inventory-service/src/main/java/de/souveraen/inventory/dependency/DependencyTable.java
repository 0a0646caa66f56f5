package de.souveraen.inventory.dependency;

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
import java.util.Locale;
import java.util.UUID;

/** Keeps {@code inv_dependency} in the append's transaction: one row per registered dependency and municipality. */
@ApplicationScoped
@Unremovable
public class DependencyTable implements StateTable<DependencyState> {
    static final String TABLE = "inv_dependency";
    private static final String UPSERT = "insert into inv_dependency (tenant, id, version, name, name_key, category,"
            + " status, hosting, search, state) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::text::jsonb)"
            + " on conflict (tenant, id) do update set version = excluded.version, name = excluded.name,"
            + " name_key = excluded.name_key, category = excluded.category, status = excluded.status,"
            + " hosting = excluded.hosting, search = excluded.search, state = excluded.state";

    @Override
    public Aggregate<?, DependencyState, ?> aggregate() {
        return DependencyDecider.AGGREGATE;
    }

    @Override
    public Uni<Void> write(SqlConnection tx, String tenant, String streamId, long version, DependencyState state) {
        if (!state.exists()) {
            return Rows.delete(tx, TABLE, tenant,
                    UUID.fromString(streamId.substring(DependencyDecider.STREAM_TYPE.length() + 1)));
        }
        var d = state.details();
        return tx.preparedQuery(UPSERT).execute(Tuple.from(Arrays.asList(tenant, state.id(), version, d.name(),
                        d.name().toLowerCase(Locale.ROOT), name(d.category()), state.status().name(),
                        name(d.hosting()), searchText(d.name(), d.vendor()), StateJson.write(state))))
                .replaceWithVoid();
    }

    @Override
    public Uni<Void> clear(SqlConnection tx) {
        return Rows.clear(tx, TABLE);
    }

    /** What {@code ?q=} searches: name and vendor, lower-case. */
    static String searchText(String name, String vendor) {
        return (name + " " + vendor).toLowerCase(Locale.ROOT);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
