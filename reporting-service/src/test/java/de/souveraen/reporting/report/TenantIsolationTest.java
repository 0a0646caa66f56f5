package de.souveraen.reporting.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import de.souveraen.contracts.budget.BudgetAdopted;
import de.souveraen.contracts.budget.BudgetLine;
import de.souveraen.contracts.budget.ExpenseBooked;
import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two municipalities side by side in one installation: the same fiscal year of Blankenheim and of Nettersheim,
 * sent through the real broker, gives two reports with their own figures; a person of one municipality never sees
 * the other's drafts or documents (404), and each municipality's published reports are open to everybody under its
 * own URL.
 */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
class TenantIsolationTest {
    private static final String B_ADMIN = TestTokens.administration();
    private static final String B_COUNCIL = TestTokens.council();
    private static final String N_ADMIN = TestTokens.ofMunicipality("nettersheim", "verwaltung-nettersheim",
            "Verwaltung Nettersheim", "administration");
    private static final String N_COUNCIL = TestTokens.ofMunicipality("nettersheim", "rat-nettersheim",
            "Rat Nettersheim", "council");
    private static final char NBSP = '\u00a0';
    private static EventFeed feed;

    @BeforeAll
    static void feed() {
        feed = new EventFeed();
        adopt("blankenheim", 2042, "4000.00");
        feed.send("blankenheim", "budget", "2042", LocalDate.parse("2042-02-01"), expense(2042, "100.00", "2042-02-01"));
        adopt("nettersheim", 2042, "9000.00");
        feed.send("nettersheim", "budget", "2042", LocalDate.parse("2042-02-03"), expense(2042, "250.50", "2042-02-03"));
        adopt("nettersheim", 2017, "5000.00");
        feed.send("nettersheim", "budget", "2017", LocalDate.parse("2017-02-01"), expense(2017, "17.00", "2017-02-01"));
    }

    @AfterAll
    static void close() {
        feed.close();
    }

    private static void adopt(String tenant, int year, String amount) {
        LocalDate adopted = LocalDate.parse((year - 1) + "-12-15");
        feed.send(tenant, "budget", String.valueOf(year), adopted, new BudgetAdopted(year, "Digitale Souveränität "
                + year, "Ratsbeschluss " + year + "/1", adopted, List.of(new BudgetLine("ANALYSE", "Analyse",
                        new BigDecimal(amount))), List.of()));
    }

    private static ExpenseBooked expense(int year, String amount, String date) {
        return new ExpenseBooked(year, UUID.randomUUID(), "ANALYSE", new BigDecimal(amount), LocalDate.parse(date),
                "Vendor", "x", "R-" + UUID.randomUUID(), null, new BigDecimal("0.00"), null);
    }

    private static JsonPath awaitReport(String path, String token, Predicate<JsonPath> done) {
        return Awaitility.await(path + " in the expected state").atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .until(() -> given().auth().oauth2(token).get(path).then().statusCode(200).extract().jsonPath(),
                        done::test);
    }

    private static boolean spent(JsonPath report, String amount) {
        String spent = report.getString("finances.total.spent");
        return spent != null && new BigDecimal(spent).compareTo(new BigDecimal(amount)) == 0;
    }

    @Test
    void the_same_period_of_two_municipalities_gives_two_reports_with_their_own_figures() {
        awaitReport("/api/reports/2017-Q1", N_ADMIN, r -> spent(r, "17.00"));
        JsonPath blankenheim = awaitReport("/api/reports/2042-Q1", B_ADMIN, r -> spent(r, "100.00"));
        JsonPath nettersheim = awaitReport("/api/reports/2042-Q1", N_ADMIN, r -> spent(r, "250.50"));
        assertThat(new BigDecimal(blankenheim.getString("finances.total.appropriated"))).isEqualByComparingTo("4000");
        assertThat(new BigDecimal(nettersheim.getString("finances.total.appropriated"))).isEqualByComparingTo("9000");
        // Nettersheim's events only: its 2017 and its 2042 budget with one expense each (none of Blankenheim's)
        assertThat(nettersheim.getLong("meta.events.budget")).isEqualTo(4);
        assertThat(nettersheim.getString("meta.contentHash")).isNotEqualTo(blankenheim.getString("meta.contentHash"));

        String own = given().auth().oauth2(N_COUNCIL).get("/?period=2042-Q1").then().statusCode(200).extract()
                .asString().replace(NBSP, ' ');
        assertThat(own).contains("Gemeinde Nettersheim").contains("9.000,00 €").doesNotContain("4.000,00 €")
                .doesNotContain("Gemeinde Blankenheim");
        String theirs = given().auth().oauth2(B_COUNCIL).get("/?period=2042-Q1").then().statusCode(200).extract()
                .asString().replace(NBSP, ' ');
        assertThat(theirs).contains("Gemeinde Blankenheim").contains("4.000,00 €").doesNotContain("9.000,00 €");
        String csv = new String(given().auth().oauth2(N_ADMIN).get("/reports/2042-Q1.csv").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains("finances;total;appropriated;9000,00").doesNotContain("4000,00");
    }

    @Test
    void a_person_of_nettersheim_never_sees_blankenheims_drafts_or_documents() {
        awaitReport("/api/reports/2042-Q1", B_ADMIN, r -> spent(r, "100.00"));
        awaitReport("/api/reports/2042-Q1", N_ADMIN, r -> spent(r, "250.50"));
        for (String format : List.of("pdf", "odt", "csv", "json")) {
            given().auth().oauth2(N_COUNCIL).get("/blankenheim/reports/2042-Q1." + format).then().statusCode(404);
            given().auth().oauth2(N_ADMIN).get("/blankenheim/reports/2042-Q1." + format).then().statusCode(404);
            given().auth().oauth2(B_COUNCIL).get("/nettersheim/reports/2042-Q1." + format).then().statusCode(404);
        }
        // the own municipality's drafts under its own public URL, for its own readers
        JsonPath own = given().auth().oauth2(N_COUNCIL).get("/nettersheim/reports/2042-Q1.json").then()
                .statusCode(200).extract().jsonPath();
        assertThat(new BigDecimal(own.getString("finances.total.spent"))).isEqualByComparingTo("250.50");
        // the other municipality's report list: what is public only, never a draft
        String list = given().auth().oauth2(N_COUNCIL).get("/blankenheim/reports").then().statusCode(200)
                .extract().asString();
        assertThat(list).contains("Gemeinde Blankenheim").doesNotContain("Entwurf");
        assertThat(given().auth().oauth2(N_COUNCIL).get("/reports").then().statusCode(200).extract().asString())
                .contains("Gemeinde Nettersheim").contains("Entwurf");
        // a reader's own API and pages answer for the token's municipality, whatever the request says
        JsonPath api = given().auth().oauth2(N_COUNCIL).queryParam("tenant", "blankenheim")
                .header("X-Tenant", "blankenheim").get("/api/reports/2042-Q1").then().statusCode(200).extract()
                .jsonPath();
        assertThat(new BigDecimal(api.getString("finances.total.appropriated"))).isEqualByComparingTo("9000");
        given().auth().oauth2(N_ADMIN).get("/api/admin/dead-letters").then().statusCode(200);
    }

    @Test
    void the_live_stream_tells_a_page_only_its_own_municipalitys_changes() {
        // the events fed before are applied, so the stream below hears only the changes of this test
        awaitReport("/api/reports/2042-Q1", N_ADMIN, r -> spent(r, "250.50"));
        awaitReport("/api/reports/2017-Q1", N_ADMIN, r -> spent(r, "17.00"));
        awaitReport("/api/reports/2042-Q1", B_ADMIN, r -> spent(r, "100.00"));
        java.util.List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + io.restassured.RestAssured.port + "/api/live"))
                .header("Authorization", "Bearer " + N_COUNCIL).header("Accept", "text/event-stream").build();
        var stream = client.sendAsync(request, java.net.http.HttpResponse.BodyHandlers.ofLines()).thenAccept(
                response -> response.body().filter(line -> line.startsWith("data:")).forEach(told::add));
        try {
            // the stream is open once Nettersheim's own change is told
            Awaitility.await("Nettersheim's own change on its stream").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200)).until(() -> {
                        raise("nettersheim", "Nettersheim-Risiko " + UUID.randomUUID());
                        return !told.isEmpty();
                    });
            awaitQuiet(told);
            int before = told.size();
            // Blankenheim's change arrives in Blankenheim's report but not on Nettersheim's stream
            String theirs = "Blankenheim-Risiko " + UUID.randomUUID();
            raise("blankenheim", theirs);
            awaitReport("/api/reports/2045-Q1", B_ADMIN, r -> r.getList("risksAndOpportunities.topRisks.title")
                    .contains(theirs));
            assertThat(given().auth().oauth2(N_COUNCIL).get("/api/reports/2045-Q1").then().statusCode(200).extract()
                    .jsonPath().getList("risksAndOpportunities.topRisks.title")).doesNotContain(theirs);
            // Nettersheim's next change is the one message told since (a leaked one of Blankenheim's would be another)
            raise("nettersheim", "Nettersheim-Risiko " + UUID.randomUUID());
            Awaitility.await("Nettersheim's later change on its stream").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(100)).until(() -> told.size() > before);
            awaitQuiet(told);
            assertThat(told.size()).isEqualTo(before + 1);
            assertThat(told.get(before)).contains("\"source\":\"inventory\"");
        } finally {
            stream.cancel(true);
        }
    }

    private static void raise(String tenant, String title) {
        UUID id = UUID.randomUUID();
        LocalDate on = LocalDate.parse("2045-01-05");
        feed.send(tenant, "risk", id.toString(), on, new de.souveraen.contracts.inventory.RiskRaised(id,
                new de.souveraen.contracts.inventory.RiskDetails(title, "Beschreibung",
                        de.souveraen.contracts.inventory.RiskCategory.LOCK_IN, 5, 5, "IT", "Maßnahme", List.of()),
                on));
    }

    /** Until no message came for longer than the live window (so a trailing message of a burst has been told). */
    private static void awaitQuiet(List<String> told) {
        java.util.concurrent.atomic.AtomicInteger last = new java.util.concurrent.atomic.AtomicInteger(-1);
        Awaitility.await("the live stream quiet").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .during(Duration.ofMillis(1500)).until(() -> last.getAndSet(told.size()) == told.size());
    }

    @Test
    void a_rebuild_of_the_installation_gives_each_municipality_its_identical_report() {
        JsonPath blankenheim = awaitReport("/api/reports/2042-Q1", B_ADMIN, r -> spent(r, "100.00"));
        JsonPath nettersheim = awaitReport("/api/reports/2042-Q1", N_ADMIN, r -> spent(r, "250.50"));
        given().auth().oauth2(N_ADMIN).post("/api/admin/rebuild").then().statusCode(403);
        given().auth().oauth2(TestTokens.withRoles("provider", "Betrieb", "provider")).post("/api/admin/rebuild")
                .then().statusCode(200);
        assertThat(given().auth().oauth2(B_ADMIN).get("/api/reports/2042-Q1").then().statusCode(200).extract()
                .jsonPath().getString("meta.contentHash")).isEqualTo(blankenheim.getString("meta.contentHash"));
        assertThat(given().auth().oauth2(N_ADMIN).get("/api/reports/2042-Q1").then().statusCode(200).extract()
                .jsonPath().getString("meta.contentHash")).isEqualTo(nettersheim.getString("meta.contentHash"));
    }

    @Test
    void each_municipality_has_its_public_urls_and_an_unknown_one_is_not_found() throws Exception {
        awaitReport("/api/reports/2017-Q1", N_ADMIN, r -> spent(r, "17.00"));
        given().auth().oauth2(N_ADMIN).contentType("application/json").body(de.souveraen.reporting.publication.PublicationFixture.BODY).post("/api/reports/2017-Q1/publication").then().statusCode(200)
                .body("meta.published", equalTo(true));

        String list = given().get("/nettersheim/reports").then().statusCode(200).contentType("text/html")
                .extract().asString();
        assertThat(list).contains("Gemeinde Nettersheim").contains("2017-Q1")
                .contains("href=\"/nettersheim/reports/2017-Q1.pdf?lang=de\"").doesNotContain("Entwurf");
        given().get("/nettersheim/").then().statusCode(200).body(containsString("Rat der Gemeinde Nettersheim"))
                .body(containsString("href=\"/nettersheim/reports/2017-Q1.json\""));
        given().get("/nettersheim").then().statusCode(200).body(containsString("Gemeinde Nettersheim"));
        JsonPath published = given().get("/nettersheim/reports/2017-Q1.json").then().statusCode(200).extract()
                .jsonPath();
        assertThat(new BigDecimal(published.getString("finances.total.appropriated"))).isEqualByComparingTo("5000");
        // open to a person of another municipality as well: it is public
        given().auth().oauth2(B_COUNCIL).get("/nettersheim/reports/2017-Q1.json").then().statusCode(200);
        byte[] pdf = given().get("/nettersheim/reports/2017-Q1.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Gemeinde Nettersheim").contains("Rat der Gemeinde Nettersheim")
                    .doesNotContain("Blankenheim");
        }
        // the unprefixed URLs are the default municipality's (Blankenheim): Nettersheim's quarter is not published there
        given().get("/reports/2017-Q1.json").then().statusCode(401);
        assertThat(given().get("/reports").then().statusCode(200).extract().asString())
                .contains("Gemeinde Blankenheim").doesNotContain("2017-Q1");

        for (String path : List.of("/niemandsland", "/niemandsland/", "/niemandsland/reports",
                "/niemandsland/reports/2017-Q1.pdf", "/niemandsland/wappen")) {
            given().get(path).then().statusCode(404);
        }
        // the portal's own paths stay what they were
        given().get("/budget").then().statusCode(401);
        given().get("/portal.css").then().statusCode(200);
    }
}
