package de.souveraen.workgroup.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import de.souveraen.contracts.Json;
import de.souveraen.contracts.reporting.ReportPublished;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The table {@code wg_published_report}: one row per municipality and published quarter. */
@ApplicationScoped
public class PublishedReports {
    private static final TypeReference<List<ReportPublished.Consultation>> CONSULTATIONS = new TypeReference<>() {
    };
    private final Pool pool;

    PublishedReports(Pool pool) {
        this.pool = pool;
    }

    /** Records a publication (again: the same row; a published report never changes). */
    public Uni<Void> upsert(SqlConnection tx, String tenant, UUID eventId, ReportPublished e) {
        String consultations;
        try {
            consultations = Json.mapper().writeValueAsString(e.consultations());
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
        return tx.preparedQuery("insert into wg_published_report (tenant, period, reference, title, published_at,"
                        + " responsible_office, content_hash, pdf_sha256, pdf_size, pdf_path, consultations, event_id)"
                        + " values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::text::jsonb, $12)"
                        + " on conflict (tenant, period) do update set reference = excluded.reference,"
                        + " title = excluded.title, published_at = excluded.published_at,"
                        + " responsible_office = excluded.responsible_office, content_hash = excluded.content_hash,"
                        + " pdf_sha256 = excluded.pdf_sha256, pdf_size = excluded.pdf_size,"
                        + " pdf_path = excluded.pdf_path, consultations = excluded.consultations,"
                        + " event_id = excluded.event_id")
                .execute(Tuple.from(Arrays.asList(tenant, e.period(), e.reference(), e.title(),
                        e.publishedAt().atOffset(ZoneOffset.UTC), e.responsibleOffice(), e.contentHash(),
                        e.pdfSha256(), e.pdfSize(), e.pdfPath(), consultations, eventId)))
                .replaceWithVoid();
    }

    /** The municipality's published reports, by quarter. */
    public Uni<List<PublishedReport>> of(String tenant) {
        return pool.preparedQuery("select period, reference, title, published_at, responsible_office, pdf_sha256,"
                        + " pdf_size, pdf_path, consultations::text from wg_published_report where tenant = $1"
                        + " order by period")
                .execute(Tuple.of(tenant))
                .map(rows -> {
                    List<PublishedReport> out = new ArrayList<>();
                    for (Row row : rows) {
                        out.add(new PublishedReport(row.getString(0), row.getString(1), row.getString(2),
                                row.getOffsetDateTime(3).toInstant(), row.getString(4), row.getString(5),
                                row.getInteger(6), row.getString(7), read(row.getString(8))));
                    }
                    return out;
                });
    }

    private static List<ReportPublished.Consultation> read(String json) {
        try {
            return Json.mapper().readValue(json, CONSULTATIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
