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
 * documents rendered once and served from the cache under a burst of anonymous downloads, and the security headers
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

    /** Signed, valid, but with none of the roles administration, workgroup, council. */
    static String roleless() {
        return TestTokens.withRoles("test-nobody", "Nora Niemand");
    }

    static String currentPeriod() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        return today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
    }

    static void publish(String period) {
        given().auth().oauth2(ADMIN).post("/api/reports/" + period + "/publication").then()
                .statusCode(anyOf(equalTo(200), equalTo(409)));
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
    }
}
