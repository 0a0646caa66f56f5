package de.souveraen.reporting.admin;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Operators: events the projections could not apply (dead letters: the administration sees its own municipality's,
 * the provider every one), and the rebuild of the read models of every municipality (one command per installation,
 * for the provider).
 */
@Path("/api/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {
    public record DeadLetter(String topic, int partition, long offset, String key, String eventId, String eventType,
            String reason, OffsetDateTime at) {
    }

    private final Pool pool;
    private final Rebuild rebuild;
    private final io.quarkus.security.identity.SecurityIdentity identity;
    private final de.souveraen.eventstore.tenant.CurrentTenant tenant;

    AdminResource(Pool pool, Rebuild rebuild, io.quarkus.security.identity.SecurityIdentity identity,
            de.souveraen.eventstore.tenant.CurrentTenant tenant) {
        this.pool = pool;
        this.rebuild = rebuild;
        this.identity = identity;
        this.tenant = tenant;
    }

    /**
     * The dead letters {@code who} may see: the provider every one, anybody else those of their municipality (the
     * record key is {@code <tenant>/<stream id>}); newest first, at most {@code limit}.
     */
    public static Uni<io.vertx.mutiny.sqlclient.RowSet<Row>> deadLetters(Pool pool, String tenantOrAll, int limit) {
        return pool.preparedQuery("select topic, partition, record_offset, record_key, event_id, event_type, reason,"
                        + " recorded_at from es_dead_letter where $1::text is null or starts_with(record_key, $1 || '/')"
                        + " order by id desc limit $2")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(tenantOrAll, limit));
    }

    @GET
    @Path("/dead-letters")
    @RolesAllowed({"administration", "provider"})
    public Uni<List<DeadLetter>> deadLetters() {
        return deadLetters(pool, identity.hasRole("provider") ? null : tenant.key(), 500).map(rows -> {
            List<DeadLetter> out = new ArrayList<>();
            for (Row row : rows) {
                out.add(new DeadLetter(row.getString("topic"), row.getInteger("partition"),
                        row.getLong("record_offset"), row.getString("record_key"), row.getString("event_id"),
                        row.getString("event_type"), row.getString("reason"), row.getOffsetDateTime("recorded_at")));
            }
            return out;
        });
    }

    @POST
    @Path("/rebuild")
    @RolesAllowed("provider")
    @Consumes(MediaType.WILDCARD)
    public Uni<Rebuild.Outcome> rebuild() {
        return rebuild.run();
    }
}
