package de.souveraen.reporting.report;

import static de.souveraen.reporting.report.QuarterFixture.day;
import static de.souveraen.reporting.report.QuarterFixture.dependency;
import static de.souveraen.reporting.report.QuarterFixture.eur;
import static de.souveraen.reporting.report.QuarterFixture.id;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.budget.BudgetAdopted;
import de.souveraen.contracts.budget.BudgetLine;
import de.souveraen.contracts.budget.ExpenseBooked;
import de.souveraen.contracts.budget.FundsCommitted;
import de.souveraen.contracts.inventory.ContractTerms;
import de.souveraen.contracts.inventory.DependencyRegistered;
import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.contracts.inventory.Renewal;
import de.souveraen.contracts.reporting.ReportPublished;
import de.souveraen.reporting.municipality.Municipality;
import de.souveraen.reporting.portal.ReportDocuments;
import de.souveraen.reporting.publication.Vorlage;
import de.souveraen.reporting.readmodel.ViewHarness;
import de.souveraen.reporting.view.Lang;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Mitteilungsvorlage on A4, checked on the rendered PDF (PDFBox), not by eye: every glyph lies on the page and
 * between the side margins, each chart (a tagged figure) lies on one page, no heading is the last text of a page,
 * and no enumeration code appears in the HTML, the PDF, the ODT or the CSV. The fixture is the demo-like quarter
 * with long names: a 60-character dependency, a finance line with 7-digit amounts.
 */
@QuarkusTest
@QuarkusTestResource(de.souveraen.testing.SouveraenTestResource.class)
class DocumentLayoutTest {
    static final String LONG_NAME = "Fachverfahren Einwohnermeldewesen und Personenstandsregister";
    static final String LONG_LINE = "Lizenzen, Wartung und Betrieb der Fachverfahren im Bürgerbüro";
    static final Map<String, String> NARRATIVES = Map.of(
            "progress", "Die Bestandsaufnahme ist abgeschlossen; für die E-Mail läuft die Pilotphase.",
            "risks", "Das größte Risiko bleibt die Bindung an einen einzelnen Anbieter der Bürosoftware.",
            "decisions", "Im vierten Quartal ist über die Verlängerung des Meldewesen-Vertrags zu entscheiden.",
            "finances", "Die Mittel sind zu einem Drittel gebunden; eine Sperre betrifft die Dienstleistungen.",
            "trainings", "Die Schulungen zu LibreOffice waren ausgebucht und wurden gut bewertet.");
    /** Codes of enumerations: two or more upper-case words joined by underscores, e.g. PRICE_INCREASE. */
    static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\\b");
    static final float MM = 72f / 25.4f;
    static final float TOLERANCE = 1.5f;

    @Inject
    ReportDocuments documents;

    static QuarterlyReport report;
    static final Municipality BLANKENHEIM = Municipality.derived("blankenheim");
    static final Vorlage PUBLISHED = new Vorlage(false, "MV/2026/017", "Fachbereich 1 – Zentrale Dienste",
            LocalDate.of(2026, 10, 14), List.of(
                    new ReportPublished.Consultation("Arbeitsgruppe Digitale Souveränität & Open Source",
                            LocalDate.of(2026, 10, 21), "Kenntnisnahme"),
                    new ReportPublished.Consultation("Haupt- und Finanzausschuss", LocalDate.of(2026, 11, 4),
                            "Kenntnisnahme"),
                    new ReportPublished.Consultation("Rat der Gemeinde Blankenheim", LocalDate.of(2026, 11, 18),
                            "Kenntnisnahme")), NARRATIVES);

    @BeforeAll
    static void fixture() {
        ViewHarness v = new ViewHarness();
        LocalDate adopted = LocalDate.of(2025, 12, 15);
        v.given(adopted, new BudgetAdopted(2026, "Haushalt 2026", "RB 2025/117", adopted,
                List.of(new BudgetLine("IT-01", LONG_LINE, eur("2500000.00")),
                        new BudgetLine("OSS-02", "Open-Source-Dienstleistungen", eur("1250000.00"))),
                List.of()));
        v.given(day(2, 10), new FundsCommitted(2026, id("c-1"), "IT-01", eur("1234567.89"), "Vendor", "B-1",
                "Support", day(2, 10), null));
        v.given(day(7, 15), new ExpenseBooked(2026, id("e-1"), "IT-01", eur("1098765.43"), day(7, 15), "Vendor",
                "Lizenz", "R-2", null, null, null));
        QuarterFixture.inventory(v);
        v.given(day(1, 10), new DependencyRegistered(id("long"), dependency(LONG_NAME, "1250000.00",
                new ContractTerms(LocalDate.of(2024, 1, 1), LocalDate.of(2027, 3, 31), 3, Renewal.TACIT, 12),
                null), null));
        QuarterFixture.risk(v, "Bindung an die Bürosoftware eines einzelnen Herstellers ohne Ausstiegsklausel", 5,
                5, day(5, 1));
        QuarterFixture.workgroup(v);
        report = ReportBuilder.build(QuarterFixture.Q3, v.documents(ReportBuilder.KINDS),
                Instant.parse("2026-10-14T08:00:00Z"), List.of());
        assertThat(LONG_NAME).hasSize(60);
    }

    @Test
    void every_glyph_lies_on_the_page_and_between_the_margins() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(documents.pdf(report, Lang.DE, BLANKENHEIM, PUBLISHED))) {
            List<String> outside = new ArrayList<>();
            int[] glyphs = {0};
            new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    PDRectangle box = getCurrentPage().getMediaBox();
                    for (TextPosition p : positions) {
                        glyphs[0]++;
                        float left = p.getXDirAdj();
                        float right = left + p.getWidthDirAdj();
                        float top = p.getYDirAdj() - p.getHeightDir();
                        float bottom = p.getYDirAdj();
                        boolean inPage = left >= 0 && right <= box.getWidth() && top >= 0 && bottom <= box.getHeight();
                        boolean inMargins = left >= 18 * MM - TOLERANCE && right <= box.getWidth() - 18 * MM
                                + TOLERANCE;
                        if (!inPage || !inMargins) {
                            outside.add("page " + getCurrentPageNo() + " '" + p.getUnicode() + "' of '" + text
                                    + "' at x " + left + "–" + right);
                        }
                    }
                }
            }.getText(pdf);
            assertThat(glyphs[0]).isGreaterThan(2000);
            assertThat(outside).isEmpty();
        }
    }

    @Test
    void each_chart_lies_on_one_page() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(documents.pdf(report, Lang.DE, BLANKENHEIM, PUBLISHED))) {
            List<Set<Integer>> figures = new ArrayList<>();
            collect(pdf, pdf.getDocumentCatalog().getStructureTreeRoot(), figures);
            long charts = ReportDocuments.sections(report, Lang.DE, PUBLISHED).stream()
                    .filter(s -> s.chart() != null).count();
            assertThat(charts).isGreaterThanOrEqualTo(3);
            assertThat(figures).hasSizeGreaterThanOrEqualTo((int) charts);
            assertThat(figures).allSatisfy(pages -> assertThat(pages).hasSize(1));
        }
    }

    private static void collect(PDDocument pdf, PDStructureNode node, List<Set<Integer>> figures) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStandardStructureType())) {
                    Set<Integer> pages = new HashSet<>();
                    pages(pdf, element, pages);
                    figures.add(pages);
                } else {
                    collect(pdf, element, figures);
                }
            }
        }
    }

    private static void pages(PDDocument pdf, PDStructureElement element, Set<Integer> pages) {
        PDPage own = element.getPage();
        for (Object kid : element.getKids()) {
            if (kid instanceof Integer && own != null) {
                pages.add(pdf.getPages().indexOf(own));
            } else if (kid instanceof PDMarkedContentReference mcr) {
                PDPage page = mcr.getPage() != null ? mcr.getPage() : own;
                if (page != null) {
                    pages.add(pdf.getPages().indexOf(page));
                }
            } else if (kid instanceof PDStructureElement child) {
                pages(pdf, child, pages);
            }
        }
    }

    @Test
    void no_heading_is_the_last_text_of_a_page() throws IOException {
        Set<String> headings = new HashSet<>(List.of("Zusammenfassung"));
        ReportDocuments.sections(report, Lang.DE, PUBLISHED).forEach(s -> {
            headings.add(s.heading());
            s.parts().forEach(p -> headings.add(p.heading()));
        });
        try (PDDocument pdf = Loader.loadPDF(documents.pdf(report, Lang.DE, BLANKENHEIM, PUBLISHED))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                List<String> lines = Arrays.stream(stripper.getText(pdf).split("\\R")).map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.matches("\\d+ / \\d+")).toList();
                assertThat(lines).as("text of page %d", page).isNotEmpty();
                assertThat(headings).as("last line of page %d", page).doesNotContain(lines.get(lines.size() - 1));
            }
        }
    }

    @Test
    void the_pdf_carries_the_header_the_summary_and_each_narrative_at_the_start_of_its_section() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(documents.pdf(report, Lang.DE, BLANKENHEIM, PUBLISHED))) {
            String text = new PDFTextStripper().getText(pdf).replace('\u00a0', ' ').replaceAll("\\s+", " ");
            assertThat(text).contains("Mitteilungsvorlage", "MV/2026/017", "Fachbereich 1 – Zentrale Dienste",
                    "Beratungsfolge", "Haupt- und Finanzausschuss", "04.11.2026", "Zusammenfassung",
                    "Haushaltsmittel verwendet", "Abhängigkeiten bewertet", "Nächste Entscheidungen")
                    .doesNotContain("Entwurf –");
            for (var section : ReportDocuments.sections(report, Lang.DE, PUBLISHED)) {
                String narrative = NARRATIVES.get(section.key());
                assertThat(narrative).as("narrative of %s", section.key()).isNotNull();
                int heading = text.indexOf(section.heading() + " " + narrative);
                assertThat(heading).as("%s starts with its narrative", section.heading()).isGreaterThan(0);
            }
        }
        try (PDDocument draft = Loader.loadPDF(documents.pdf(report, Lang.DE, BLANKENHEIM, Vorlage.EMPTY_DRAFT))) {
            assertThat(new PDFTextStripper().getText(draft).replaceAll("\\s+", " ")).contains("Entwurf",
                    "wird bei Veröffentlichung vergeben");
        }
    }

    @Test
    void no_enumeration_code_in_html_pdf_odt_or_csv() throws IOException {
        Set<String> codes = new HashSet<>();
        Arrays.stream(MigrationStatus.values()).forEach(s -> codes.add(s.name()));
        String html = documents.xhtml(report, Lang.DE, BLANKENHEIM, PUBLISHED);
        String pdfText;
        try (PDDocument pdf = Loader.loadPDF(documents.pdf(report, Lang.DE, BLANKENHEIM, PUBLISHED))) {
            pdfText = new PDFTextStripper().getText(pdf);
        }
        String odtText = odtText(documents.odt(report, Lang.DE, BLANKENHEIM, PUBLISHED));
        String csv = new String(documents.csv(report), StandardCharsets.UTF_8);
        Map<String, String> all = new TreeMap<>(Map.of("HTML", html.replaceAll("<[^>]*>", " "), "PDF", pdfText,
                "ODT", odtText, "CSV", csv));
        all.forEach((kind, text) -> {
            assertThat(CODE.matcher(text).results().map(m -> m.group()).toList()).as("codes in %s", kind).isEmpty();
            assertThat(Arrays.stream(text.split("[^A-Za-z_]+")).filter(codes::contains).toList())
                    .as("status codes in %s", kind).isEmpty();
        });
        assertThat(odtText).contains(LONG_NAME.substring(0, 30), "MV/2026/017", NARRATIVES.get("risks"));
    }

    /**
     * The ODT opens in LibreOffice: converted headless to text (its own user profile in a temporary folder, the
     * process awaited with a timeout), it carries every section heading, every narrative and the key figures. A
     * machine without {@code soffice} fails this test (CI installs Debian's libreoffice-writer-nogui).
     */
    @Test
    void libre_office_converts_the_odt_with_the_same_content() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("souveraen-odt");
        try {
            java.nio.file.Path odt = dir.resolve("bericht.odt");
            java.nio.file.Files.write(odt, documents.odt(report, Lang.DE, BLANKENHEIM, PUBLISHED));
            Process soffice = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                    "--headless", "--norestore", "--convert-to", "txt:Text (encoded):UTF8", "--outdir",
                    dir.toString(), odt.toString()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("soffice.log").toFile()).start();
            boolean done = soffice.waitFor(180, java.util.concurrent.TimeUnit.SECONDS);
            if (!done) {
                soffice.destroyForcibly();
            }
            assertThat(done).as("soffice finished within 180 s").isTrue();
            assertThat(soffice.exitValue()).as(java.nio.file.Files.readString(dir.resolve("soffice.log")))
                    .isZero();
            String text = java.nio.file.Files.readString(dir.resolve("bericht.txt"), StandardCharsets.UTF_8)
                    .replace('\u00a0', ' ');
            for (var section : ReportDocuments.sections(report, Lang.DE, PUBLISHED)) {
                assertThat(text).contains(section.heading(), NARRATIVES.get(section.key()));
            }
            assertThat(text).contains("Mitteilungsvorlage", "MV/2026/017", "Haupt- und Finanzausschuss",
                    "Haushaltsmittel verwendet", "Abhängigkeiten bewertet", "Nächste Entscheidungen", LONG_NAME);
            for (var figure : de.souveraen.reporting.portal.KeyFigures.of(report, Lang.DE)) {
                assertThat(text).contains(figure.value().replace('\u00a0', ' '));
            }
        } finally {
            try (var files = java.nio.file.Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /**
     * The PDF is PDF/UA-1 as veraPDF validates it (its own parser, the PDF/UA-1 profile): every failed rule is listed
     * with its clause and test number.
     */
    @Test
    void the_pdf_is_pdf_ua_1_by_vera_pdf() throws Exception {
        org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
        var flavour = org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1;
        byte[] pdf = documents.pdf(report, Lang.DE, BLANKENHEIM, PUBLISHED);
        try (var parser = org.verapdf.pdfa.Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                flavour); var validator = org.verapdf.pdfa.Foundries.defaultInstance().createValidator(flavour,
                        false)) {
            var result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == org.verapdf.pdfa.results.TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                    .distinct().toList();
            assertThat(failed).isEmpty();
            assertThat(result.isCompliant()).isTrue();
        }
    }

    /** The text of an ODT's content.xml, tags removed. */
    static String odtText(byte[] odt) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(odt))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("content.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]*>", " ");
                }
            }
        }
        throw new AssertionError("no content.xml in the ODT");
    }
}
