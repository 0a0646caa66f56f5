package de.souveraen.reporting.portal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import de.souveraen.eventstore.text.GermanCsv;
import de.souveraen.reporting.municipality.Municipality;
import de.souveraen.reporting.report.QuarterlyReport;
import de.souveraen.reporting.view.Formats;
import de.souveraen.reporting.view.Lang;
import de.souveraen.reporting.view.SvgPicture;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;
import org.odftoolkit.odfdom.dom.element.draw.DrawFrameElement;
import org.odftoolkit.odfdom.dom.element.office.OfficeTextElement;
import org.odftoolkit.odfdom.incubator.doc.draw.OdfDrawImage;
import org.odftoolkit.odfdom.incubator.doc.text.OdfTextHeading;

/**
 * The quarterly report as documents: tagged PDF (from an XHTML template with the same sections and SVG charts),
 * OpenDocument text and German CSV.
 */
@ApplicationScoped
public class ReportDocuments {
    private final Template document;

    ReportDocuments(@Location("report/document.html") Template document) {
        this.document = document;
    }

    public String xhtml(QuarterlyReport r, Lang lang, Municipality m) {
        Labels l = new Labels(lang);
        return document.data("lang", lang.name().toLowerCase()).data("title", title(r, lang))
                .data("subtitle", subtitle(r, lang, m)).data("author", m.name()).data("council", council(m, lang)).data("font", FONT).data("chartWidth", CHART_WIDTH_MM + "mm")
                .data("sections", ReportSections.all(r, lang)).data("none", l.get("none"))
                .data("hash", r.meta().contentHash()).render();
    }

    /** The font the PDF embeds (PDF/UA needs every glyph's font in the file): DejaVu Sans from the classpath. */
    static final String FONT = "DejaVu Sans";
    private static final String FONT_DIR = "/net/sf/jasperreports/fonts/dejavu/";
    /** How wide a chart is printed, in millimetres, in the PDF and the ODT alike (the height keeps its ratio). */
    static final int CHART_WIDTH_MM = 160;
    private static final String SVG_MEDIA_TYPE = "image/svg+xml";

    /**
     * The report as a tagged PDF (PDF/UA: structure tree with headings, tables and figures with their text
     * alternative, document language, title; the font embedded).
     */
    public byte[] pdf(QuarterlyReport r, Lang lang, Municipality m) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode().useSVGDrawer(new BatikSVGDrawer())
                    .usePdfUaAccessibility(true);
            font(builder, "DejaVuSans.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "DejaVuSans-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "DejaVuSans-Oblique.ttf", 400, BaseRendererBuilder.FontStyle.ITALIC);
            builder.withHtmlContent(xhtml(r, lang, m), null).toStream(out).run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the report as PDF", e);
        }
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, BaseRendererBuilder.FontStyle style) {
        builder.useFont(() -> {
            InputStream in = ReportDocuments.class.getResourceAsStream(FONT_DIR + file);
            if (in == null) {
                throw new IllegalStateException("font " + file + " missing from the classpath");
            }
            return in;
        }, FONT, weight, style, true);
    }

    /**
     * The report as OpenDocument text (ODF 1.2, built with the ODF Toolkit), the same content as the PDF: title,
     * the five sections with their paragraphs, charts and tables, the checksum. Each chart is the portal's SVG,
     * stored in the package as {@code Pictures/chart-N.svg} ({@code image/svg+xml} in the manifest) and shown in an
     * as-char {@code draw:frame} before the section's table, as wide as in the PDF, with the SVG's own title and
     * description as {@code svg:title} and {@code svg:desc}. Text goes in as DOM text nodes, so nothing from the
     * events can become markup (the SVG escapes its text itself).
     */
    public byte[] odt(QuarterlyReport r, Lang lang, Municipality m) {
        try (OdfTextDocument doc = OdfTextDocument.newTextDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String title = title(r, lang);
            doc.getOfficeMetadata().setTitle(title);
            doc.getOfficeMetadata().setLanguage(lang == Lang.DE ? "de-DE" : "en-GB");
            doc.getOfficeMetadata().setSubject(subtitle(r, lang, m));
            doc.getOfficeMetadata().setCreator(m.name());
            OfficeTextElement body = doc.getContentRoot();
            heading(doc, body, title, 1);
            paragraph(doc, subtitle(r, lang, m));
            paragraph(doc, council(m, lang));
            Labels l = new Labels(lang);
            int charts = 0;
            for (PageModel.Section section : ReportSections.all(r, lang)) {
                heading(doc, body, section.heading(), 2);
                section.paragraphs().forEach(text -> paragraph(doc, text));
                if (section.chart() != null) {
                    chart(doc, section.chart(), ++charts);
                }
                if (section.table() != null) {
                    PageModel.Table t = section.table();
                    paragraph(doc, t.caption());
                    List<List<String>> rows = t.rows().isEmpty() ? List.of(Collections.nCopies(t.headers().size(),
                            l.get("none"))) : t.rows();
                    OdfTable table = OdfTable.newTable(body, rows.size() + 1, t.headers().size(), 1, 0);
                    table.setTableName(section.heading());
                    for (int c = 0; c < t.headers().size(); c++) {
                        table.getCellByPosition(c, 0).setStringValue(t.headers().get(c));
                    }
                    for (int row = 0; row < rows.size(); row++) {
                        for (int c = 0; c < t.headers().size(); c++) {
                            table.getCellByPosition(c, row + 1).setStringValue(rows.get(row).get(c));
                        }
                    }
                }
            }
            paragraph(doc, "SHA-256: " + r.meta().contentHash());
            doc.save(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("could not write the report as ODT", e);
        }
    }

    private static void heading(OdfTextDocument doc, OfficeTextElement body, String text, int level)
            throws Exception {
        OdfTextHeading heading = new OdfTextHeading(doc.getContentDom(), "Heading_20_" + level);
        heading.setTextOutlineLevelAttribute(level);
        heading.addContentWhitespace(text);
        body.appendChild(heading);
    }

    /**
     * The chart as picture {@code Pictures/chart-N.svg} in an as-char frame of its own paragraph, sized like in the
     * PDF, its text alternative the SVG's title and description.
     */
    private static void chart(OdfTextDocument doc, String svg, int number) throws Exception {
        SvgPicture picture = SvgPicture.read(svg);
        DrawFrameElement frame = doc.newParagraph().newDrawFrameElement();
        frame.setDrawNameAttribute("chart-" + number);
        frame.setTextAnchorTypeAttribute("as-char");
        frame.setSvgWidthAttribute(millimetres(CHART_WIDTH_MM));
        frame.setSvgHeightAttribute(millimetres(CHART_WIDTH_MM * picture.height() / picture.width()));
        OdfDrawImage image = new OdfDrawImage(doc.getContentDom());
        frame.appendChild(image);
        image.newImage(svg.getBytes(StandardCharsets.UTF_8), "Pictures/chart-" + number + ".svg", SVG_MEDIA_TYPE);
        image.setXlinkShowAttribute("embed");
        image.setXlinkActuateAttribute("onLoad");
        frame.newSvgTitleElement().newTextNode(picture.title());
        frame.newSvgDescElement().newTextNode(picture.description());
    }

    private static String millimetres(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "mm";
    }

    private static void paragraph(OdfTextDocument doc, String text) {
        try {
            doc.newParagraph().addContentWhitespace(text);
        } catch (Exception e) {
            throw new IllegalStateException("could not add a paragraph", e);
        }
    }

    private static String title(QuarterlyReport r, Lang lang) {
        return lang.pick("Quartalsbericht Digitale Souveränität ", "Quarterly report digital sovereignty ")
                + r.meta().period();
    }

    /** Whom the report is for: the municipality's council. */
    private static String council(Municipality m, Lang lang) {
        return lang.pick("Bericht für: ", "Report for: ") + m.councilName();
    }

    private static String subtitle(QuarterlyReport r, Lang lang, Municipality m) {
        Labels l = new Labels(lang);
        return m.name() + " · " + Formats.date(r.meta().from(), lang) + " – "
                + Formats.date(r.meta().to(), lang) + " · " + (r.meta().published() ? l.get("published")
                        : l.get("draft"));
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
