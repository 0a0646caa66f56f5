package de.souveraen.workgroup.table;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * What the working group's current-state tables share: a stream's created/modified stamps from its events, to the
 * second (states are written as JSON with the kernel's {@code StateJson}).
 */
public final class Rows {
    private Rows() {
    }

    /** When a stream was first and last written: the recorded time of its first and last event, to the second. */
    public record Stamp(Instant created, Instant modified) {
        public OffsetDateTime createdAt() {
            return created.atOffset(ZoneOffset.UTC);
        }

        public OffsetDateTime modifiedAt() {
            return modified.atOffset(ZoneOffset.UTC);
        }
    }

    /** The stream's stamp, read in the append's transaction (its new events included). */
    public static Uni<Stamp> stamp(SqlConnection tx, String tenant, String streamId) {
        return tx.preparedQuery("select min(recorded_at), max(recorded_at) from es_event where tenant = $1"
                        + " and stream_id = $2")
                .execute(Tuple.of(tenant, streamId))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return new Stamp(second(row.getOffsetDateTime(0).toInstant()),
                            second(row.getOffsetDateTime(1).toInstant()));
                });
    }

    public static Instant second(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
