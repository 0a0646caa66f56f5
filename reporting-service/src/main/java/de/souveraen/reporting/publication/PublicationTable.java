package de.souveraen.reporting.publication;

import de.souveraen.contracts.Json;
import de.souveraen.contracts.reporting.ReportPublished;
import de.souveraen.eventstore.store.Aggregate;
import de.souveraen.eventstore.store.StateTable;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The quarters' publication streams as tables, written in the append's transaction: {@code rm_report_publication}
 * (narratives and publication per municipality and quarter) and, once published, the frozen report in
 * {@code rm_publication} (taken from the document stored under the PDF's SHA-256 the event names), which the portal's
 * report lists and documents read. A rebuild rewrites both from the events; it clears only the narrative table, as a
 * publication is never withdrawn and the publications from before the events stay.
 */
@ApplicationScoped
public class PublicationTable implements StateTable<Publication> {

    @Override
    public Aggregate<?, Publication, ?> aggregate() {
        return PublicationDecider.AGGREGATE;
    }

    @Override
    public Uni<Void> write(SqlConnection tx, String tenant, String streamId, long version, Publication state) {
        String period = streamId.substring(streamId.indexOf('-') + 1);
        Uni<Void> row = tx.preparedQuery("insert into rm_report_publication (tenant, period, version, doc)"
                        + " values ($1, $2, $3, cast($4 as text)::jsonb) on conflict (tenant, period) do update set"
                        + " version = excluded.version, doc = excluded.doc")
                .execute(Tuple.of(tenant, period, version, Json.text(Json.mapper().valueToTree(state))))
                .replaceWithVoid();
        ReportPublished p = state.published();
        if (p == null) {
            return row;
        }
        return row.chain(() -> tx.preparedQuery("insert into rm_publication (tenant, period, content, content_hash,"
                        + " published_at, published_by) select tenant, period, content, $4, $5, $6 from rm_report_file"
                        + " where tenant = $1 and period = $2 and pdf_sha256 = $3 on conflict (tenant, period) do nothing")
                .execute(Tuple.from(List.of(tenant, period, p.pdfSha256(), p.contentHash(),
                        OffsetDateTime.ofInstant(p.publishedAt(), ZoneOffset.UTC), p.responsibleOffice())))
                .replaceWithVoid());
    }

    @Override
    public Uni<Void> clear(SqlConnection tx) {
        return tx.query("delete from rm_report_publication").execute().replaceWithVoid();
    }
}
