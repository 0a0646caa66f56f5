package de.souveraen.inventory.table;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.UUID;

/** Plain SQL the inventory's state tables share (they are written in the append's transaction, not by Hibernate). */
public final class Rows {
    private Rows() {
    }

    /** Removes the row of an aggregate that does not exist (a stream without its creating event). */
    public static Uni<Void> delete(SqlConnection tx, String table, String tenant, UUID id) {
        return tx.preparedQuery("delete from " + table + " where tenant = $1 and id = $2")
                .execute(Tuple.of(tenant, id)).replaceWithVoid();
    }

    public static Uni<Void> clear(SqlConnection tx, String table) {
        return tx.query("delete from " + table).execute().replaceWithVoid();
    }
}
