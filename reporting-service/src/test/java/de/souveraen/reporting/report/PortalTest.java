package de.souveraen.reporting.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.budget.BudgetAdopted;
import de.souveraen.contracts.budget.BudgetLine;
import de.souveraen.contracts.budget.ExpenseBooked;
import de.souveraen.contracts.inventory.Category;
import de.souveraen.contracts.inventory.DataClassification;
import de.souveraen.contracts.inventory.DependencyDetails;
import de.souveraen.contracts.inventory.DependencyRegistered;
import de.souveraen.contracts.inventory.Hosting;
import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The portal's pages rendered from real read models: German figures, English on request, escaping, roles. */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
class PortalTest {
    private static final String HOSTILE = "<script>alert(1)</script>";
    /** A risk title that is a formula, markup and a right-to-left override at once. */
    private static final String HOSTILE_RISK = "=HYPERLINK(\"http://127.0.0.1/x\") <b>fett</b> \u202Eevil";
    private static final char NBSP = '\u00a0';
    private static boolean fed;

    static String page(String path, String token) {
        return given().auth().oauth2(token).get(path).then().statusCode(200).contentType("text/html").extract()
                .asString();
    }

    @BeforeEach
    void feedOnce() throws Exception {
        if (fed) {
            return;
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        int year = today.getYear();
        try (EventFeed feed = new EventFeed()) {
            feed.send("budget", "portal-" + year, today, new BudgetAdopted(year, "Digitale Souveränität " + year,
                    "Ratsbeschluss", today, List.of(new BudgetLine("PORTAL", "Portal-Posten", new BigDecimal("15000.00")),
                            new BudgetLine("HOSTILE", HOSTILE, new BigDecimal("500.00"))), List.of()));
            feed.send("budget", "portal-" + year, today, new ExpenseBooked(year, UUID.randomUUID(), "PORTAL",
                    new BigDecimal("1234.50"), today, "V", "x", "P-1", null, new BigDecimal("0.00"), null));
            UUID id = UUID.randomUUID();
            feed.send("dependency", id.toString(), today, new DependencyRegistered(id, new DependencyDetails(HOSTILE,
                    "Evil & Co", "DE", Category.OTHER, Hosting.ON_PREMISES, DataClassification.NONE, 1,
                    new BigDecimal("1.00"), null, null, List.of(), null, null), null));
            feed.send("risk", "portal-risk", today, new de.souveraen.contracts.inventory.RiskRaised(UUID.randomUUID(),
                    new de.souveraen.contracts.inventory.RiskDetails(HOSTILE_RISK, "d",
                            de.souveraen.contracts.inventory.RiskCategory.LOCK_IN, 4, 5, "IT", "m", List.of(id)),
                    today));
        }
        Awaitility.await("the portal shows the fed events").atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> page("/dependencies", TestTokens.council()).contains("Evil &amp; Co")
                        && page("/", TestTokens.council()).contains("&lt;b&gt;fett&lt;/b&gt;")
                        && page("/budget", TestTokens.council()).contains("1.234,50" + NBSP + "€"));
        fed = true;
    }

    @Test
    void pages_are_german_with_german_figures_and_english_on_request() {
        String overview = page("/", TestTokens.council());
        assertThat(overview).contains("<html lang=\"de\">").contains("Sachstand und Fortschritt")
                .contains("Finanzen und Mittelverwendung").contains("<svg").contains("role=\"img\"");
        assertThat(page("/?period=2026-Q1", TestTokens.council())).contains("01.01.2026 – 31.03.2026");
        given().auth().oauth2(TestTokens.council()).get("/?period=2026-Q5").then().statusCode(400)
                .contentType("application/problem+json");
        String budget = page("/budget", TestTokens.council());
        assertThat(budget).contains("Fortgeschriebener Ansatz").contains("1.234,50" + NBSP + "€");
        String english = page("/budget?lang=en", TestTokens.workgroup());
        assertThat(english).contains("<html lang=\"en\">").contains("Adjusted appropriation").contains("€1,234.50");
        for (String path : List.of("/workgroup", "/trainings", "/dependencies")) {
            assertThat(page(path, TestTokens.administration())).contains("<main id=\"inhalt\">").contains("<h1>");
        }
    }

    @Test
    void text_from_events_is_escaped_everywhere() {
        String dependencies = page("/dependencies", TestTokens.council());
        assertThat(dependencies).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(HOSTILE);
        String overview = page("/", TestTokens.council());
        assertThat(overview).doesNotContain(HOSTILE);
    }

    static String currentPeriod() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        return today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
    }

    static byte[] document(String path, String type) {
        return given().auth().oauth2(TestTokens.council()).get(path).then().statusCode(200).contentType(type)
                .extract().asByteArray();
    }

    @Test
    void the_report_as_tagged_pdf_carries_the_exact_figures_and_the_hostile_text_as_text() throws Exception {
        String period = currentPeriod();
        byte[] pdf = document("/reports/" + period + ".pdf", "application/pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replace(NBSP, ' ');
            assertThat(text).contains("Quartalsbericht Digitale Souveränität " + period)
                    .contains("Finanzen und Mittelverwendung").contains("1.234,50 €").contains("15.000,00 €")
                    .contains("<b>fett</b>").doesNotContain("LOCK_IN");
            // a long word in a narrow table column may wrap inside the word
            assertThat(text.replace("\n", "")).as("the risk's category as a word, not its code")
                    .contains("Herstellerabhängigkeit");
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot()).as("tagged: structure tree").isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).as("tagged: MarkInfo").isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("de");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Quartalsbericht Digitale Souveränität "
                    + period);
            var fonts = new ArrayList<String>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).anyMatch(name -> name.contains("DejaVuSans"));
        }
        given().get("/reports/" + period + ".pdf").then().statusCode(401);
    }

    @Test
    void the_report_as_odt_reads_back_with_the_exact_figures_and_the_hostile_text_as_text() throws Exception {
        String period = currentPeriod();
        byte[] odt = document("/reports/" + period + ".odt", "application/vnd.oasis.opendocument.text");
        try (var doc = org.odftoolkit.odfdom.doc.OdfTextDocument.loadDocument(new java.io.ByteArrayInputStream(odt))) {
            String text = org.odftoolkit.odfdom.incubator.doc.text.OdfTextExtractor.newOdfTextExtractor(doc.getContentRoot())
                    .getText().replace(NBSP, ' ');
            assertThat(text).contains("Quartalsbericht Digitale Souveränität " + period)
                    .contains("Finanzen und Mittelverwendung").contains("1.234,50 €").contains("15.000,00 €")
                    .contains(HOSTILE_RISK);
            var tables = doc.getTableList(false);
            assertThat(tables).extracting(org.odftoolkit.odfdom.doc.table.OdfTable::getTableName)
                    .contains("Finanzen und Mittelverwendung");
            var finances = doc.getTableByName("Finanzen und Mittelverwendung");
            assertThat(finances.getCellByPosition(0, 0).getStringValue()).isEqualTo("Haushaltsposition");
            assertThat(doc.getOfficeMetadata().getLanguage()).isEqualTo("de-DE");
        }
        String content = zipEntry(odt, "content.xml");
        assertThat(content).doesNotContain("<b>fett</b>").contains("&lt;b&gt;fett&lt;/b&gt;")
                .doesNotContain(HOSTILE).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(zipEntry(odt, "mimetype")).isEqualTo("application/vnd.oasis.opendocument.text");
        given().get("/reports/" + period + ".odt").then().statusCode(401);
    }

    private static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    private static final String SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
    private static final String XLINK = "http://www.w3.org/1999/xlink";
    private static final String MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";

    /** A chart as the ODT carries it: its frame's text alternative and the picture file it shows. */
    record OdtChart(String title, String description, String href, String mediaType, String svg) {
    }

    /** The ODT's charts in document order: each draw:frame's draw:image, its manifest entry and picture bytes. */
    static List<OdtChart> charts(byte[] odt) throws Exception {
        org.w3c.dom.Document content = xml(zipEntry(odt, "content.xml"));
        org.w3c.dom.Document manifest = xml(zipEntry(odt, "META-INF/manifest.xml"));
        var mediaTypes = new java.util.HashMap<String, String>();
        var entries = manifest.getElementsByTagNameNS(MANIFEST, "file-entry");
        for (int i = 0; i < entries.getLength(); i++) {
            var entry = (org.w3c.dom.Element) entries.item(i);
            mediaTypes.put(entry.getAttributeNS(MANIFEST, "full-path"), entry.getAttributeNS(MANIFEST, "media-type"));
        }
        var charts = new ArrayList<OdtChart>();
        var frames = content.getElementsByTagNameNS(DRAW, "frame");
        for (int i = 0; i < frames.getLength(); i++) {
            var frame = (org.w3c.dom.Element) frames.item(i);
            var image = (org.w3c.dom.Element) frame.getElementsByTagNameNS(DRAW, "image").item(0);
            String href = image.getAttributeNS(XLINK, "href");
            charts.add(new OdtChart(frame.getElementsByTagNameNS(SVG, "title").item(0).getTextContent(),
                    frame.getElementsByTagNameNS(SVG, "desc").item(0).getTextContent(), href, mediaTypes.get(href),
                    zipEntry(odt, href)));
        }
        return charts;
    }

    static org.w3c.dom.Document xml(String text) throws Exception {
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(text)));
    }

    @Test
    void the_odt_has_each_chart_as_svg_picture_with_its_text_alternative_before_the_table() throws Exception {
        String period = currentPeriod();
        byte[] odt = document("/reports/" + period + ".odt?lang=de", "application/vnd.oasis.opendocument.text");
        List<OdtChart> charts = charts(odt);
        // progress (with the sovereignty trend), risks (with the exposure trend) and finances have charts; upcoming
        // decisions and trainings have none
        assertThat(charts).extracting(OdtChart::title).containsExactly("Abhängigkeiten nach Migrationsstatus",
                "Souveränitätswert und SEAL-Stufen je Quartal", "Risikomatrix: Wahrscheinlichkeit × Auswirkung",
                "Jahreskosten unter Nicht-EU-Recht je Quartal", "Mittelverwendung je Haushaltszeile");
        for (OdtChart chart : charts) {
            assertThat(chart.href()).matches("Pictures/chart-\\d\\.svg");
            assertThat(chart.mediaType()).isEqualTo("image/svg+xml");
            org.w3c.dom.Document svg = xml(chart.svg());
            assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
            assertThat(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent())
                    .isEqualTo(chart.title());
            assertThat(chart.description()).isNotBlank();
        }
        assertThat(charts).extracting(OdtChart::href).doesNotHaveDuplicates();
        OdtChart budget = charts.get(4);
        assertThat(budget.svg()).contains("ausgegeben 1.234,50" + NBSP + "€").doesNotContain(HOSTILE)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(budget.description()).contains("Portal-Posten: ausgegeben 1.234,50" + NBSP + "€")
                .contains(HOSTILE + ": ausgegeben 0,00" + NBSP + "€");
        String content = zipEntry(odt, "content.xml");
        int heading = content.indexOf(">Finanzen und Mittelverwendung</text:h>");
        int picture = content.indexOf("xlink:href=\"" + budget.href() + "\"");
        int table = content.indexOf("table:name=\"Finanzen und Mittelverwendung\"");
        assertThat(heading).isPositive().isLessThan(picture);
        assertThat(picture).isLessThan(table);
        List<OdtChart> english = charts(document("/reports/" + period + ".odt?lang=en",
                "application/vnd.oasis.opendocument.text"));
        assertThat(english).extracting(OdtChart::title).containsExactly("Dependencies by migration status",
                "Sovereignty score and SEAL levels per quarter", "Risk heat map: likelihood × impact",
                "Yearly cost under non-EU law per quarter", "Budget usage per line");
        assertThat(english.get(4).description()).contains("Portal-Posten: spent €1,234.50");
    }

    static String zipEntry(byte[] zip, String name) throws java.io.IOException {
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " not in the archive");
    }

    @Test
    void the_open_data_csv_and_json_carry_the_figures_with_formula_cells_neutralised() {
        String period = currentPeriod();
        byte[] csv = document("/reports/" + period + ".csv", "text/csv");
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        String text = new String(csv, 3, csv.length - 3, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("Abschnitt;Position;Feld;Wert\r\n").contains("finances;PORTAL;spent;1234,50\r\n")
                .contains("risks;\"'=HYPERLINK(\"\"http://127.0.0.1/x\"\") <b>fett</b> \u202Eevil\";score;20\r\n");
        var json = given().auth().oauth2(TestTokens.council()).get("/reports/" + period + ".json").then()
                .statusCode(200).contentType("application/json").extract().jsonPath();
        assertThat(json.getString("meta.period")).isEqualTo(period);
        assertThat(new BigDecimal(json.getString("finances.total.spent"))).isEqualByComparingTo("1234.50");
        assertThat(json.getList("risksAndOpportunities.topRisks.title", String.class)).contains(HOSTILE_RISK);
        given().get("/reports/" + period + ".json").then().statusCode(401);
        given().get("/reports/" + period + ".docx").then().statusCode(404);
    }

    @Test
    void the_report_list_links_every_document_and_shows_drafts_only_to_signed_in_readers() {
        String period = currentPeriod();
        String signedIn = page("/reports", TestTokens.council());
        for (String format : List.of(".pdf?lang=de", ".odt?lang=de", ".csv", ".json")) {
            assertThat(signedIn).contains("href=\"/reports/" + period + format + "\"");
        }
        assertThat(signedIn).contains("Entwurf");
        String anonymous = given().get("/reports").then().statusCode(200).extract().asString();
        assertThat(anonymous).doesNotContain("href=\"/reports/" + period + ".pdf");
    }

    @Test
    void signed_in_roles_see_pages_anonymous_only_the_published_reports() {
        given().get("/").then().statusCode(401);
        given().get("/budget").then().statusCode(401);
        given().get("/reports").then().statusCode(200).contentType("text/html");
        given().auth().oauth2(TestTokens.council()).get("/admin/dead-letters").then().statusCode(403);
        assertThat(page("/admin/dead-letters", TestTokens.administration())).contains("<table>");
    }
}
