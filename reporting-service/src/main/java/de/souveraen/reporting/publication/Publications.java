package de.souveraen.reporting.publication;

import de.souveraen.contracts.EventMetadata;
import de.souveraen.contracts.Json;
import de.souveraen.contracts.reporting.ReportPublished;
import de.souveraen.eventstore.idempotency.IdempotencyKey;
import de.souveraen.eventstore.store.AggregateStore;
import de.souveraen.eventstore.store.CommandHandler;
import de.souveraen.eventstore.store.Versioned;
import de.souveraen.eventstore.web.Http;
import de.souveraen.reporting.municipality.Municipalities;
import de.souveraen.reporting.portal.ReportDocuments;
import de.souveraen.reporting.report.Period;
import de.souveraen.reporting.report.QuarterlyReport;
import de.souveraen.reporting.report.ReportService;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Narrative and publication of a municipality's quarterly reports, as events of the reporting service's own store
 * (stream {@code publication-<period>}). Publishing renders the PDF once, stores it under its SHA-256 and appends
 * {@code reporting.ReportPublished.v1} naming it; the outbox relay carries the event to
 * {@code souveraen.reporting.events}.
 */
@ApplicationScoped
public class Publications {
    private final AggregateStore store;
    private final ReportService reports;
    private final ReportDocuments documents;
    private final Municipalities municipalities;
    private final Pool pool;
    private final de.souveraen.reporting.portal.PublicPages publicPages;

    Publications(AggregateStore store, ReportService reports, ReportDocuments documents, Municipalities municipalities,
            Pool pool, de.souveraen.reporting.portal.PublicPages publicPages) {
        this.publicPages = publicPages;
        this.store = store;
        this.reports = reports;
        this.documents = documents;
        this.municipalities = municipalities;
        this.pool = pool;
    }

    /** The quarter's narratives and publication with the stream's version. */
    public Uni<Versioned<Publication>> state(String tenant, Period period) {
        return store.of(tenant).state(PublicationDecider.AGGREGATE, period.toString());
    }

    /** What the document shows besides the figures: the Vorlage's header (if published) and the narratives. */
    public Uni<Vorlage> vorlage(String tenant, Period period) {
        return state(tenant, period).map(v -> Vorlage.of(v.state()));
    }

    /** Writes one section's narrative of a draft (If-Match: the stream version read). */
    public Uni<CommandHandler.Outcome> writeNarrative(String tenant, Period period, String section, String text,
            EventMetadata metadata, IdempotencyKey once, Long expected) {
        String key = PublicationDecider.section(section);
        return store.of(tenant).handle(PublicationDecider.AGGREGATE, period.toString(),
                new PublicationCommand.WriteNarrative(period.toString(), key, text), metadata, once, expected,
                handled -> Http.changed(period + "/" + key, handled.version()));
    }

    /**
     * Publishes the quarter once: checks the details, builds the report as of now, renders the German PDF, stores it
     * with the frozen report under the PDF's SHA-256 and appends the publication (at the stream version read, so a
     * narrative written meanwhile makes this a conflict instead of a document without it). A repeated request with
     * the same Idempotency-Key answers the first one's answer; any other second publication is a 409.
     */
    public Uni<CommandHandler.Outcome> publish(String tenant, Period period, PublicationCommand.Details given,
            EventMetadata metadata, IdempotencyKey once) {
        return state(tenant, period).chain(current -> {
            if (current.state().wasPublished()) {
                // the kernel answers a replay of the same key, else the decider refuses the second publication
                ReportPublished p = current.state().published();
                return store.of(tenant).handle(PublicationDecider.AGGREGATE, period.toString(),
                        new PublicationCommand.Publish(period.toString(), given, p.title(), p.contentHash(),
                                p.pdfSha256(), p.pdfSize(), p.pdfPath(), p.publishedAt()), metadata, once, null,
                        handled -> Http.created(period.toString(), handled.version()));
            }
            PublicationCommand.Details details = PublicationDecider.details(given);
            var municipality = municipalities.of(tenant);
            return reports.freeze(tenant, period, metadata.occurredAt()).emitOn(Infrastructure.getDefaultWorkerPool())
                    .map(report -> {
                        Vorlage vorlage = Vorlage.publishing(current.state(), details,
                                LocalDate.ofInstant(metadata.occurredAt(), de.souveraen.eventstore.text.German.ZONE));
                        return new Rendered(report, documents.pdf(report, Lang.DE, municipality, vorlage));
                    })
                    .chain(rendered -> {
                        String sha = sha256(rendered.pdf());
                        return pool.preparedQuery("insert into rm_report_file (tenant, period, pdf_sha256, pdf,"
                                        + " content) values ($1, $2, $3, $4, $5) on conflict do nothing")
                                .execute(Tuple.of(tenant, period.toString(), sha,
                                        io.vertx.core.buffer.Buffer.buffer(rendered.pdf()),
                                        Json.text(Json.mapper().valueToTree(rendered.report()))))
                                .chain(() -> store.of(tenant).handle(PublicationDecider.AGGREGATE, period.toString(),
                                        new PublicationCommand.Publish(period.toString(), details,
                                                title(period), rendered.report().meta().contentHash(), sha,
                                                rendered.pdf().length, pdfPath(tenant, period),
                                                metadata.occurredAt()),
                                        metadata, once, current.version(),
                                        handled -> Http.created(period.toString(), handled.version())))
                                // the public pages of the municipality list the new publication from now on
                                .invoke(() -> publicPages.forget(tenant));
                    });
        });
    }

    /** The PDF stored at publication, exactly as published, if the quarter was published with one. */
    public Uni<Optional<byte[]>> publishedPdf(String tenant, Period period) {
        return pool.preparedQuery("select f.pdf from rm_report_publication p join rm_report_file f on f.tenant ="
                        + " p.tenant and f.period = p.period and f.pdf_sha256 = p.doc->'published'->>'pdfSha256'"
                        + " where p.tenant = $1 and p.period = $2")
                .execute(Tuple.of(tenant, period.toString()))
                .map(rows -> rows.iterator().hasNext()
                        ? Optional.of(rows.iterator().next().getBuffer(0).getBytes()) : Optional.empty());
    }

    /** Every published report of the municipality, newest first (the Atom feed). */
    public Uni<List<ReportPublished>> published(String tenant) {
        return pool.preparedQuery("select doc->'published' from rm_report_publication where tenant = $1"
                        + " and doc->'published' is not null and jsonb_typeof(doc->'published') = 'object'"
                        + " order by period desc")
                .execute(Tuple.of(tenant))
                .map(rows -> {
                    List<ReportPublished> list = new java.util.ArrayList<>();
                    for (var row : rows) {
                        list.add(Json.mapper().convertValue(row.getJsonObject(0).getMap(), ReportPublished.class));
                    }
                    return list;
                });
    }

    /** The document's German title. */
    public static String title(Period period) {
        return "Quartalsbericht Digitale Souveränität – " + period.quarter() + ". Quartal " + period.year();
    }

    /** Where the published PDF is served, below the portal's public URL. */
    public static String pdfPath(String tenant, Period period) {
        return "/" + tenant + "/reports/" + period + ".pdf";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Rendered(QuarterlyReport report, byte[] pdf) {
    }
}
