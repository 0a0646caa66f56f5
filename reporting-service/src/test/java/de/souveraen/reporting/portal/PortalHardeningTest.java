package de.souveraen.reporting.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Signed in is not authorised (a token without a reader role reads what an anonymous visitor reads), published
 * documents rendered once and served from memory under a burst of anonymous downloads, and the security headers
 * on every kind of response.
 */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
class PortalHardeningTest {
    /** Quarters long over that no other test publishes; the second one's documents only the burst asks for. */
    private static final String PUBLISHED = "2024-Q2";
    private static final String BURST = "2024-Q3";
    private static final String ADMIN = TestTokens.administration();

    @TestHTTPResource("/")
    URI base;

    @Inject
    DocumentCache cache;

    /** Signed, valid, but with none of the roles administration, workgroup, council. */
    static String roleless() {
        return TestTokens.withRoles("test-nobody", "Nora Niemand");
    }

    static String currentPeriod() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        return today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
    }

    static void publish(String period) {
        given().auth().oauth2(ADMIN).contentType("application/json").body(de.souveraen.reporting.publication.PublicationFixture.BODY).post("/api/reports/" + period + "/publication").then()
                .statusCode(anyOf(equalTo(200), equalTo(409)));
    }

    @Test
    void a_signed_in_caller_without_a_reader_role_reads_only_published_reports() {
        String draft = currentPeriod();
        publish(PUBLISHED);
        for (String path : List.of("/api/reports/" + draft, "/reports/" + draft + ".pdf", "/reports/" + draft
                + ".json", "/reports/" + draft + ".odt")) {
            given().auth().oauth2(roleless()).get(path).then().statusCode(403)
                    .contentType("application/problem+json").body("code", equalTo("forbidden"));
            given().get(path).then().statusCode(401).contentType("application/problem+json");
        }
        given().auth().oauth2(TestTokens.council()).get("/api/reports/" + draft).then().statusCode(200);
        given().auth().oauth2(roleless()).get("/api/reports/" + PUBLISHED).then().statusCode(200)
                .body("meta.published", equalTo(true));
        given().auth().oauth2(roleless()).get("/reports/" + PUBLISHED + ".pdf").then().statusCode(200)
                .contentType("application/pdf");

        String list = given().auth().oauth2(roleless()).get("/reports").then().statusCode(200).extract().asString();
        assertThat(list).contains("href=\"/reports/" + PUBLISHED + ".pdf?lang=de\"")
                .doesNotContain("href=\"/reports/" + draft + ".pdf").doesNotContain("Entwurf");
        assertThat(given().auth().oauth2(TestTokens.council()).get("/reports").asString()).contains("Entwurf")
                .contains("href=\"/reports/" + draft + ".pdf?lang=de\"");
        // the pages stay for readers only
        given().auth().oauth2(roleless()).get("/budget").then().statusCode(403);
    }

    @Test
    void fifty_concurrent_anonymous_downloads_of_a_published_pdf_render_it_once() throws Exception {
        publish(BURST);
        long renderedBefore = cache.publishedRenderings();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // the German PDF is the one stored at publication and never rendered again; the English one is rendered from
        // the frozen report once and then kept
        HttpRequest pdf = HttpRequest.newBuilder(base.resolve("/reports/" + BURST + ".pdf?lang=en")).build();
        List<CompletableFuture<HttpResponse<byte[]>>> burst = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            burst.add(http.sendAsync(pdf, HttpResponse.BodyHandlers.ofByteArray()));
        }
        // the service keeps answering while the burst is served
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(base.resolve("/q/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve("/reports")).build(),
                HttpResponse.BodyHandlers.ofString());
        boolean burstStillRunning = burst.stream().anyMatch(f -> !f.isDone());
        CompletableFuture.allOf(burst.toArray(CompletableFuture[]::new)).join();
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(BURST);

        HttpResponse<byte[]> first = burst.get(0).join();
        String etag = first.headers().firstValue("ETag").orElseThrow();
        for (CompletableFuture<HttpResponse<byte[]>> each : burst) {
            HttpResponse<byte[]> response = each.join();
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(response.headers().firstValue("ETag")).hasValue(etag);
            assertThat(response.body()).isEqualTo(first.body());
        }
        assertThat(cache.publishedRenderings() - renderedBefore).as("renderings of the published PDF").isEqualTo(1);
        System.out.printf("burst: 50 anonymous PDF downloads (%d bytes each) in %d ms, rendered once; health and"
                + " report list answered while the burst was %s%n", first.body().length, millis,
                burstStillRunning ? "still running" : "already done");

        // a strong tag: the SHA-256 of the bytes served
        assertThat(etag).isEqualTo("\"" + DocumentCache.sha256(first.body()) + "\"");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        given().header("If-None-Match", etag).get("/reports/" + BURST + ".pdf?lang=en").then().statusCode(304)
                .header("ETag", etag);
        given().header("If-None-Match", "\"something-else\"").get("/reports/" + BURST + ".pdf?lang=en").then()
                .statusCode(200);
        // another language is another document with its own tag; the German one is the PDF stored at publication,
        // the same bytes on every request
        var german = given().get("/reports/" + BURST + ".pdf?lang=de").then().statusCode(200).extract();
        assertThat(german.header("ETag")).isEqualTo("\"" + DocumentCache.sha256(german.asByteArray()) + "\"")
                .isNotEqualTo(etag);
        assertThat(given().get("/reports/" + BURST + ".pdf").then().statusCode(200).extract().asByteArray())
                .isEqualTo(german.asByteArray());
        // the JSON document is exactly the API's JSON
        assertThat(given().get("/reports/" + BURST + ".json").then().statusCode(200).extract().asString())
                .isEqualTo(given().get("/api/reports/" + BURST).asString());
    }

    @Test
    void concurrent_draft_renderings_are_bounded_and_the_rest_told_to_retry() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest pdf = HttpRequest.newBuilder(base.resolve("/reports/" + currentPeriod() + ".pdf"))
                .header("Authorization", "Bearer " + TestTokens.council()).build();
        List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            burst.add(http.sendAsync(pdf, HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.ISO_8859_1)));
        }
        Map<Integer, Integer> statuses = new HashMap<>();
        for (CompletableFuture<HttpResponse<String>> each : burst) {
            HttpResponse<String> response = each.join();
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() == 503) {
                assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
                assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(response.body()).contains("\"code\":\"busy\"");
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.headers().firstValue("Cache-Control")).hasValue("private, no-store");
            }
        }
        System.out.println("draft burst: 12 concurrent draft PDFs answered " + statuses);
        assertThat(statuses.getOrDefault(200, 0)).isPositive();
    }

    @Test
    void every_page_document_file_and_error_carries_the_security_headers() {
        String draft = currentPeriod();
        publish(PUBLISHED);
        Map<String, Response> responses = new java.util.LinkedHashMap<>();
        for (String path : List.of("/", "/dependencies", "/budget", "/workgroup", "/trainings", "/reports",
                "/?lang=en", "/reports/" + draft + ".pdf", "/reports/" + draft + ".odt", "/reports/" + draft + ".csv",
                "/reports/" + draft + ".json", "/api/reports/" + draft)) {
            responses.put(path, given().auth().oauth2(TestTokens.council()).get(path));
        }
        responses.put("/admin/dead-letters", given().auth().oauth2(ADMIN).get("/admin/dead-letters"));
        for (String path : List.of("/reports", "/reports/" + PUBLISHED + ".pdf", "/portal.js", "/portal.css", "/",
                "/reports/" + draft + ".pdf", "/no-such-page", "/reports/" + draft + ".docx")) {
            responses.put("anonymous " + path, given().get(path));
        }
        responses.put("forbidden /admin/dead-letters", given().auth().oauth2(TestTokens.council())
                .get("/admin/dead-letters"));
        responses.forEach((what, response) -> {
            assertThat(response.header("Content-Security-Policy")).as(what)
                    .isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline");
            assertThat(response.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
            assertThat(response.header("Referrer-Policy")).as(what).isEqualTo("same-origin");
            assertThat(response.header("X-Frame-Options")).as(what).isEqualTo("DENY");
        });
        assertThat(responses.get("anonymous /").statusCode()).isEqualTo(401);
        assertThat(responses.get("anonymous /no-such-page").statusCode()).isEqualTo(404);
        assertThat(responses.get("forbidden /admin/dead-letters").statusCode()).isEqualTo(403);
        assertThat(responses.get("anonymous /portal.js").statusCode()).isEqualTo(200);
        assertThat(responses.get("anonymous /portal.js").contentType()).contains("javascript");
        assertThat(responses.get("anonymous /portal.css").statusCode()).isEqualTo(200);
        // nothing inline that the policy would block: no script without src, no style element or attribute
        for (String path : List.of("/", "/budget", "/reports", "/admin/dead-letters")) {
            String html = responses.get(path).asString();
            assertThat(responses.get(path).statusCode()).as(path).isEqualTo(200);
            assertThat(html).as(path).doesNotContain("<style").doesNotContain(" style=")
                    .doesNotContainPattern("<script(?![^>]*\\ssrc=)");
        }
        assertThat(responses.get("/").asString()).contains("<script src=\"/portal.js\"></script>")
                .contains("<link rel=\"stylesheet\" href=\"/portal.css\">");
        given().get("/q/health/ready").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
        // the sign-out link is for signed-in visitors
        assertThat(responses.get("/reports").asString()).contains("<a href=\"/logout\">Abmelden</a>");
        assertThat(responses.get("/?lang=en").asString()).contains("<a href=\"/logout\">Sign out</a>");
        assertThat(responses.get("anonymous /reports").asString()).doesNotContain("/logout");
    }
}
