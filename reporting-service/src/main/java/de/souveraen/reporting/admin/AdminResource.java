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

/** Operators: events the projections could not apply (dead letters), and the rebuild of the read models. */
@Path("/api/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("administration")
public class AdminResource {
    public record DeadLetter(String topic, int partition, long offset, String key, String eventId, String eventType,
            String reason, OffsetDateTime at) {
    }

    private final Pool pool;
    private final Rebuild rebuild;

    AdminResource(Pool pool, Rebuild rebuild) {
        this.pool = pool;
        this.rebuild = rebuild;
    }

    @GET
    @Path("/dead-letters")
    public Uni<List<DeadLetter>> deadLetters() {
        return pool.query("select topic, partition, record_offset, record_key, event_id, event_type, reason,"
                + " recorded_at from es_dead_letter order by id desc limit 500").execute().map(rows -> {
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
    @Consumes(MediaType.WILDCARD)
    public Uni<Rebuild.Outcome> rebuild() {
        return rebuild.run();
    }
}
