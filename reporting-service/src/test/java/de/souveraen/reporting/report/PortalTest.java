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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The portal's pages rendered from real read models: German figures, English on request, escaping, roles. */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
class PortalTest {
    private static final String HOSTILE = "<script>alert(1)</script>";
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
                    "Ratsbeschluss", today, List.of(new BudgetLine("PORTAL", "Portal-Posten", new BigDecimal("15000.00"))),
                    List.of()));
            feed.send("budget", "portal-" + year, today, new ExpenseBooked(year, UUID.randomUUID(), "PORTAL",
                    new BigDecimal("1234.50"), today, "V", "x", "P-1", null, new BigDecimal("0.00"), null));
            UUID id = UUID.randomUUID();
            feed.send("dependency", id.toString(), today, new DependencyRegistered(id, new DependencyDetails(HOSTILE,
                    "Evil & Co", "DE", Category.OTHER, Hosting.ON_PREMISES, DataClassification.NONE, 1,
                    new BigDecimal("1.00"), null, null, List.of(), null, null), null));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!page("/dependencies", TestTokens.council()).contains("Evil &amp; Co")
                || !page("/budget", TestTokens.council()).contains("1.234,50" + NBSP + "€")) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("portal did not show the fed events within 30 s");
            }
            Thread.sleep(100); // polling interval of a condition with a deadline
        }
        fed = true;
    }

    @Test
    void pages_are_german_with_german_figures_and_english_on_request() {
        String overview = page("/", TestTokens.council());
        assertThat(overview).contains("<html lang=\"de\">").contains("Stand der Arbeiten")
                .contains("Finanzen und Mittelverwendung").contains("<svg").contains("role=\"img\"");
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

    @Test
    void the_report_as_pdf_and_csv_carries_the_exact_figures() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        String period = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        byte[] pdf = given().auth().oauth2(TestTokens.council()).get("/reports/" + period + ".pdf").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replace(NBSP, ' ');
            assertThat(text).contains("Quartalsbericht Digitale Souveränität " + period)
                    .contains("Finanzen und Mittelverwendung").contains("1.234,50 €").contains("15.000,00 €");
        }
        byte[] csv = given().auth().oauth2(TestTokens.council()).get("/reports/" + period + ".csv").then()
                .statusCode(200).contentType("text/csv").extract().asByteArray();
        String text = new String(csv, 3, csv.length - 3, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("Abschnitt;Position;Feld;Wert\r\n").contains("finances;PORTAL;spent;1234,50\r\n");
        given().get("/reports/" + period + ".pdf").then().statusCode(401);
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
