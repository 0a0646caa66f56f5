package de.souveraen.reporting.portal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import de.souveraen.eventstore.text.GermanCsv;
import de.souveraen.reporting.report.QuarterlyReport;
import de.souveraen.reporting.view.Formats;
import de.souveraen.reporting.view.Lang;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The quarterly report as documents: PDF (from an XHTML template with the same sections and SVG charts) and CSV. */
@ApplicationScoped
public class ReportDocuments {
    private final Template document;

    ReportDocuments(@Location("report/document.html") Template document) {
        this.document = document;
    }

    public String xhtml(QuarterlyReport r, Lang lang) {
        Labels l = new Labels(lang);
        String title = lang.pick("Quartalsbericht Digitale Souveränität ", "Quarterly report digital sovereignty ")
                + r.meta().period();
        String subtitle = "Gemeinde Blankenheim · " + Formats.date(r.meta().from(), lang) + " – "
                + Formats.date(r.meta().to(), lang) + " · " + (r.meta().published() ? l.get("published")
                        : l.get("draft"));
        return document.data("lang", lang.name().toLowerCase()).data("title", title).data("subtitle", subtitle)
                .data("sections", ReportSections.all(r, lang)).data("none", l.get("none"))
                .data("hash", r.meta().contentHash()).render();
    }

    public byte[] pdf(QuarterlyReport r, Lang lang) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new PdfRendererBuilder().useFastMode().useSVGDrawer(new BatikSVGDrawer())
                    .withHtmlContent(xhtml(r, lang), null).toStream(out).run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the report as PDF", e);
        }
    }

    /** The report's figures as German CSV (section; item; field; value), formula cells neutralised. */
    public byte[] csv(QuarterlyReport r) {
        GermanCsv csv = new GermanCsv().row("Abschnitt", "Position", "Feld", "Wert");
        String period = r.meta().period();
        csv.row("meta", period, "contentHash", r.meta().contentHash());
        r.progress().byStatus().forEach((status, count) -> csv.row("progress", status.name(), "count", count));
        csv.row("progress", "", "shareAssessed", r.progress().shareAssessed());
        r.risksAndOpportunities().topRisks().forEach(risk -> csv.row("risks", risk.title(), "score",
                (long) risk.score()));
        r.upcomingDecisions().deadlines().forEach(d -> csv.row("upcomingDecisions", d.dependency(), d.kind(),
                d.date()));
        for (QuarterlyReport.Line line : r.finances().lines()) {
            csv.row("finances", line.code(), "appropriated", line.appropriated());
            csv.row("finances", line.code(), "adjusted", line.adjusted());
            csv.row("finances", line.code(), "committed", line.committed());
            csv.row("finances", line.code(), "spent", line.spent());
            csv.row("finances", line.code(), "available", line.available());
        }
        QuarterlyReport.Money t = r.finances().total();
        csv.row("finances", "total", "appropriated", t.appropriated());
        csv.row("finances", "total", "adjusted", t.adjusted());
        csv.row("finances", "total", "committed", t.committed());
        csv.row("finances", "total", "spent", t.spent());
        csv.row("finances", "total", "available", t.available());
        csv.row("trainings", "", "sessions", r.trainings().sessions());
        csv.row("trainings", "", "participants", r.trainings().participants());
        return csv.bytes();
    }
}
