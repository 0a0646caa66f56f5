package de.souveraen.reporting.portal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import de.souveraen.eventstore.text.GermanCsv;
import de.souveraen.reporting.municipality.Municipality;
import de.souveraen.reporting.publication.Vorlage;
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
        return xhtml(r, lang, m, Vorlage.EMPTY_DRAFT);
    }

    /**
     * The document as XHTML (the PDF's source): the Mitteilungsvorlage's header block, the one-page summary with the
     * key figures, then the five sections, each starting with the administration's narrative.
     */
    public String xhtml(QuarterlyReport r, Lang lang, Municipality m, Vorlage v) {
        Labels l = new Labels(lang);
        List<DocSection> sections = sections(r, lang, v).stream().map(ReportDocuments::withAlt).toList();
        return document.data("lang", lang.name().toLowerCase()).data("title", title(r, lang))
                .data("subtitle", subtitle(r, lang, m)).data("author", m.name()).data("council", council(m, lang))
                .data("font", FONT).data("chartWidth", CHART_WIDTH_MM + "mm")
                .data("header", header(r, lang, m, v)).data("summary", KeyFigures.of(r, lang))
                .data("summaryHeading", lang.pick("Zusammenfassung", "Summary"))
                .data("sections", sections).data("none", l.get("none"))
                .data("hash", r.meta().contentHash()).render();
    }

    /** A section as the document prints it: narrative paragraphs first, tables with their column widths in mm. */
    public record DocSection(String key, String heading, List<String> narrative, List<String> paragraphs,
            String chart, DocTable table, List<DocSection> parts) {
    }

    /** A table with a width per column (mm, adding up to the text width) so that nothing runs off the page. */
    public record DocTable(String caption, List<String> headers, List<Boolean> numeric, List<List<String>> rows,
            List<String> widths) {
    }

    /** The Vorlage's header block: every value already a text (placeholders for a draft). */
    public record Header(String kind, boolean draft, String draftNote, List<Figure> fields, String consultationsCaption,
            List<String> consultationHeaders, List<List<String>> consultations) {
    }

    /** One label and its value (header fields, key figures). */
    public record Figure(String label, String value) {
    }

    /** The text width of an A4 page between the margins (210 mm − 2 × 18 mm). */
    static final int TEXT_WIDTH_MM = 174;
    private static final int NUMERIC_COLUMN_MM = 27;
    /** The width tables are laid out in: the text width less a few millimetres of slack. */
    static final int TABLE_WIDTH_MM = 170;
    /** A cell's horizontal padding (2 × 3 pt) and border (0.5 pt) in mm, rounded up. */
    private static final double CELL_EXTRA_MM = 2.4;
    /** The five report sections in order; a section without its key in {@link PageModel.Section} gets it by position. */
    static final List<String> KEYS = de.souveraen.reporting.publication.PublicationDecider.SECTIONS;

    /** The report's sections with their keys, narratives and column widths. */
    public static List<DocSection> sections(QuarterlyReport r, Lang lang, Vorlage v) {
        List<PageModel.Section> all = ReportSections.all(r, lang);
        List<DocSection> out = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            PageModel.Section s = all.get(i);
            String key = s.key() != null ? s.key() : i < KEYS.size() ? KEYS.get(i) : null;
            String narrative = v.narrative(key) != null ? v.narrative(key) : s.narrative();
            out.add(doc(s, key, narrative));
        }
        return out;
    }

    /** The page's sections with the administration's narrative of each report section (by key, else by position). */
    public static List<PageModel.Section> withNarratives(List<PageModel.Section> all, Vorlage v) {
        List<PageModel.Section> out = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            PageModel.Section s = all.get(i);
            String key = s.key() != null ? s.key() : i < KEYS.size() ? KEYS.get(i) : null;
            out.add(v.narrative(key) == null ? s.withKey(key) : s.withKey(key).withNarrative(v.narrative(key)));
        }
        return out;
    }

    private static DocSection doc(PageModel.Section s, String key, String narrative) {
        return new DocSection(key, s.heading(), paragraphsOf(narrative), s.paragraphs(), s.chart(), table(s.table()),
                s.parts().stream().map(part -> doc(part, part.key(), part.narrative())).toList());
    }

    /**
     * The section with each chart's SVG carrying an {@code alt} attribute (its title and description): the PDF
     * renderer tags the picture as a figure and takes its alternative text from it (PDF/UA 7.3).
     */
    private static DocSection withAlt(DocSection s) {
        String chart = s.chart();
        if (chart != null && chart.contains("<svg")) {
            SvgPicture picture = SvgPicture.read(chart);
            String alt = (picture.title() + ". " + picture.description()).replace("&", "&amp;")
                    .replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
            chart = chart.replaceFirst("<svg", java.util.regex.Matcher.quoteReplacement("<svg alt=\"" + alt + "\""));
        }
        return new DocSection(s.key(), s.heading(), s.narrative(), s.paragraphs(), chart, s.table(),
                s.parts().stream().map(ReportDocuments::withAlt).toList());
    }

    /** A narrative's paragraphs: separated by blank lines, each line break inside one kept as a space. */
    static List<String> paragraphsOf(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.strip().split("\\R\\s*\\R")).map(p -> p.strip().replaceAll("\\s*\\R\\s*", " "))
                .filter(p -> !p.isEmpty()).toList();
    }

    private static DocTable table(PageModel.Table t) {
        if (t == null) {
            return null;
        }
        int n = t.headers().size();
        List<Boolean> numeric = t.numeric() == null || t.numeric().size() != n
                ? java.util.Collections.nCopies(n, false) : t.numeric();
        long numbers = numeric.stream().filter(b -> b).count();
        long texts = n - numbers;
        // a column's width in CSS excludes its padding and border: leave them (and a little slack) out of the sum
        double available = TABLE_WIDTH_MM - n * CELL_EXTRA_MM;
        double numberColumn = NUMERIC_COLUMN_MM - CELL_EXTRA_MM;
        double textWidth = texts == 0 ? 0 : (available - numbers * numberColumn) / texts;
        double numberWidth = texts == 0 ? available / n : numberColumn;
        List<String> widths = numeric.stream().map(b -> millimetres(Math.floor((b ? numberWidth : textWidth) * 10)
                / 10)).toList();
        return new DocTable(t.caption(), t.headers(), numeric, t.rows(), widths);
    }

    private static Header header(QuarterlyReport r, Lang lang, Municipality m, Vorlage v) {
        String placeholder = lang.pick("wird bei Veröffentlichung vergeben", "assigned at publication");
        String date = v.date() == null ? placeholder : Formats.date(v.date(), lang);
        List<Figure> fields = List.of(
                new Figure(lang.pick("Vorlagennummer", "Reference"), v.reference() == null ? placeholder
                        : v.reference()),
                new Figure(lang.pick("Datum", "Date"), date),
                new Figure(lang.pick("Federführend", "Responsible office"), v.responsibleOffice() == null
                        ? placeholder : v.responsibleOffice()),
                new Figure(lang.pick("Berichtszeitraum", "Period"), Formats.date(r.meta().from(), lang) + " – "
                        + Formats.date(r.meta().to(), lang)));
        List<List<String>> steps = v.consultations().isEmpty()
                ? List.of(List.of(lang.pick("Arbeitsgruppe", "Working group"), placeholder, "–"),
                        List.of(lang.pick("Ausschuss", "Committee"), placeholder, "–"),
                        List.of(m.councilName(), placeholder, "–"))
                : v.consultations().stream().map(c -> List.of(c.organization(), Formats.date(c.date(), lang),
                        c.role() == null ? "–" : c.role())).toList();
        return new Header(lang.pick("Mitteilungsvorlage", "Information report"), v.draft(),
                v.draft() ? lang.pick("Entwurf – noch nicht veröffentlicht, Zahlen können sich ändern.",
                        "Draft – not yet published, figures may change.") : null, fields,
                lang.pick("Beratungsfolge", "Consultation sequence"),
                List.of(lang.pick("Gremium", "Body"), lang.pick("Sitzung", "Meeting"),
                        lang.pick("Zuständigkeit", "Role")), steps);
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
        return pdf(r, lang, m, Vorlage.EMPTY_DRAFT);
    }

    /** The report as a tagged PDF with the Vorlage's header and the narratives. */
    public byte[] pdf(QuarterlyReport r, Lang lang, Municipality m, Vorlage v) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode().useSVGDrawer(new BatikSVGDrawer())
                    .usePdfUaAccessibility(true);
            font(builder, "DejaVuSans.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "DejaVuSans-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "DejaVuSans-Oblique.ttf", 400, BaseRendererBuilder.FontStyle.ITALIC);
            builder.withHtmlContent(xhtml(r, lang, m, v), null).toStream(out).run();
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
        return odt(r, lang, m, Vorlage.EMPTY_DRAFT);
    }

    /** The report as OpenDocument text with the Vorlage's header, the summary and the narratives. */
    public byte[] odt(QuarterlyReport r, Lang lang, Municipality m, Vorlage v) {
        try (OdfTextDocument doc = OdfTextDocument.newTextDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String title = title(r, lang);
            doc.getOfficeMetadata().setTitle(title);
            doc.getOfficeMetadata().setLanguage(lang == Lang.DE ? "de-DE" : "en-GB");
            doc.getOfficeMetadata().setSubject(subtitle(r, lang, m));
            doc.getOfficeMetadata().setCreator(m.name());
            OfficeTextElement body = doc.getContentRoot();
            Header h = header(r, lang, m, v);
            heading(doc, body, h.kind(), 1);
            if (h.draft()) {
                paragraph(doc, h.draftNote());
            }
            for (Figure f : h.fields()) {
                paragraph(doc, f.label() + ": " + f.value());
            }
            table(doc, body, h.consultationsCaption(), h.consultationsCaption(), h.consultationHeaders(),
                    h.consultations(), lang);
            heading(doc, body, title, 1);
            paragraph(doc, subtitle(r, lang, m));
            paragraph(doc, council(m, lang));
            heading(doc, body, lang.pick("Zusammenfassung", "Summary"), 2);
            for (Figure f : KeyFigures.of(r, lang)) {
                paragraph(doc, f.label() + ": " + f.value());
            }
            int charts = 0;
            for (DocSection section : sections(r, lang, v)) {
                charts = odtSection(doc, body, section, 2, charts, lang);
            }
            paragraph(doc, "SHA-256: " + r.meta().contentHash());
            doc.save(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("could not write the report as ODT", e);
        }
    }

    private static int odtSection(OdfTextDocument doc, OfficeTextElement body, DocSection section, int level,
            int charts, Lang lang) throws Exception {
        heading(doc, body, section.heading(), level);
        section.narrative().forEach(text -> paragraph(doc, text));
        section.paragraphs().forEach(text -> paragraph(doc, text));
        int count = charts;
        if (section.chart() != null) {
            chart(doc, section.chart(), ++count);
        }
        if (section.table() != null) {
            DocTable t = section.table();
            table(doc, body, section.heading(), t.caption(), t.headers(), t.rows(), lang);
        }
        for (DocSection part : section.parts()) {
            count = odtSection(doc, body, part, Math.min(level + 1, 4), count, lang);
        }
        return count;
    }

    /** A table named {@code name} (the section's heading: tables are found by it) after its caption. */
    private static void table(OdfTextDocument doc, OfficeTextElement body, String name, String caption,
            List<String> headers, List<List<String>> given, Lang lang) {
        paragraph(doc, caption);
        List<List<String>> rows = given.isEmpty() ? List.of(Collections.nCopies(headers.size(),
                new Labels(lang).get("none"))) : given;
        OdfTable table = OdfTable.newTable(body, rows.size() + 1, headers.size(), 1, 0);
        table.setTableName(name);
        for (int c = 0; c < headers.size(); c++) {
            table.getCellByPosition(c, 0).setStringValue(headers.get(c));
        }
        for (int row = 0; row < rows.size(); row++) {
            for (int c = 0; c < headers.size(); c++) {
                table.getCellByPosition(c, row + 1).setStringValue(rows.get(row).get(c));
            }
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
        Labels l = new Labels(Lang.DE);
        r.progress().byStatus().forEach((status, count) -> csv.row("progress", l.of(status), "count", count));
        csv.row("progress", "", "shareAssessed", r.progress().shareAssessed());
        r.risksAndOpportunities().topRisks().forEach(risk -> csv.row("risks", risk.title(), "score",
                (long) risk.score()));
        r.upcomingDecisions().deadlines().forEach(d -> csv.row("upcomingDecisions", d.dependency(), l.of(d.kind()),
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
