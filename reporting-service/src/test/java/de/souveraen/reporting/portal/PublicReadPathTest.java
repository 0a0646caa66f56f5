package de.souveraen.reporting.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import de.souveraen.reporting.publication.PublicationFixture;
import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The public read path: a published document is kept in memory once served (strong ETag, 304 without a database
 * read), drafts never are, and the public report list is rendered once per state for anonymous visitors while a
 * signed-in person always gets their own page.
 */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
class PublicReadPathTest {
    /** Quarters no other test publishes. */
    private static final String KEPT = "2023-Q1";
    private static final String LATER = "2023-Q2";
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @Inject
    Pool pool;

    @Inject
    PublicPages pages;

    private static void publish(String period) {
        given().auth().oauth2(TestTokens.administration()).contentType("application/json")
                .body(PublicationFixture.BODY).post("/api/reports/" + period + "/publication").then()
                .statusCode(anyOf(equalTo(200), equalTo(201), equalTo(409)));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void a_published_document_is_served_from_memory_with_a_strong_etag_and_answered_304_without_a_database_read()
            throws Exception {
        publish(KEPT);
        ExtractableResponse<Response> first = given().get("/blankenheim/reports/" + KEPT + ".pdf").then()
                .statusCode(200).contentType("application/pdf").extract();
        byte[] pdf = first.asByteArray();
        String etag = first.header("ETag");
        assertThat(etag).as("strong tag: the SHA-256 of the bytes").isEqualTo("\"" + sha256(pdf) + "\"");
        assertThat(first.header("Cache-Control")).isEqualTo(IMMUTABLE);
        // the stored PDF is exactly the one the publication names
        String named = pool.preparedQuery("select doc->'published'->>'pdfSha256' from rm_report_publication"
                + " where tenant = 'blankenheim' and period = $1").execute(Tuple.of(KEPT)).await().indefinitely()
                .iterator().next().getString(0);
        assertThat(etag).isEqualTo("\"" + named + "\"");

        // the stored bytes changed under the service's feet: the kept document is served all the same, so the
        // request read no database
        byte[] stored = pool.preparedQuery("select pdf from rm_report_file where tenant = 'blankenheim' and period = $1")
                .execute(Tuple.of(KEPT)).await().indefinitely().iterator().next().getBuffer(0).getBytes();
        assertThat(stored).isEqualTo(pdf);
        update(new byte[] {1, 2, 3});
        try {
            assertThat(given().get("/blankenheim/reports/" + KEPT + ".pdf").then().statusCode(200)
                    .header("ETag", etag).extract().asByteArray()).isEqualTo(pdf);
            // a conditional request with the tag (strong or weak form, or among others) is answered 304
            for (String condition : new String[] {etag, "W/" + etag, "\"other\", " + etag, "*"}) {
                ExtractableResponse<Response> again = given().header("If-None-Match", condition)
                        .get("/blankenheim/reports/" + KEPT + ".pdf").then().statusCode(304).header("ETag", etag)
                        .header("Cache-Control", IMMUTABLE).extract();
                assertThat(again.asByteArray()).isEmpty();
            }
            given().header("If-None-Match", "\"" + "0".repeat(64) + "\"").get("/blankenheim/reports/" + KEPT + ".pdf")
                    .then().statusCode(200);
        } finally {
            update(stored);
        }

        // the JSON: the API's JSON, its own strong tag, 304 on it
        ExtractableResponse<Response> json = given().get("/blankenheim/reports/" + KEPT + ".json").then()
                .statusCode(200).extract();
        assertThat(json.asString()).isEqualTo(given().get("/api/reports/" + KEPT).asString());
        assertThat(json.header("ETag")).isEqualTo("\"" + sha256(json.asByteArray()) + "\"").isNotEqualTo(etag);
        given().header("If-None-Match", json.header("ETag")).get("/blankenheim/reports/" + KEPT + ".json").then()
                .statusCode(304);
        // the unprefixed URL is the default municipality's, the same document
        given().header("If-None-Match", json.header("ETag")).get("/reports/" + KEPT + ".json").then()
                .statusCode(304);
        // a municipality the installation does not serve has no documents, kept ones of others included
        given().get("/kein-ort/reports/" + KEPT + ".json").then().statusCode(404);
    }

    private void update(byte[] pdf) {
        pool.preparedQuery("update rm_report_file set pdf = $2 where tenant = 'blankenheim' and period = $1")
                .execute(Tuple.of(KEPT, io.vertx.core.buffer.Buffer.buffer(pdf))).await().indefinitely();
    }

    @Test
    void a_draft_read_by_a_council_member_is_not_kept_for_anybody_else() {
        String draft = PortalHardeningTest.currentPeriod();
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(TestTokens.council()).get("/blankenheim/reports/" + draft + ".json").then()
                    .statusCode(200).header("Cache-Control", "private, no-store");
        }
        given().get("/blankenheim/reports/" + draft + ".json").then().statusCode(401);
        given().auth().oauth2(PortalHardeningTest.roleless()).get("/blankenheim/reports/" + draft + ".json").then()
                .statusCode(403);
    }

    @Test
    void the_anonymous_report_list_is_rendered_once_per_state_and_a_signed_in_person_gets_their_own_page() {
        publish(KEPT);
        String first = given().get("/blankenheim/reports?lang=de").then().statusCode(200).extract().asString();
        long rendered = pages.renderings();
        String second = given().get("/blankenheim/reports?lang=de").then().statusCode(200).extract().asString();
        assertThat(second).isEqualTo(first);
        assertThat(pages.renderings()).as("the second anonymous request is served the kept page").isEqualTo(rendered);
        // another language is another page
        assertThat(given().get("/blankenheim/reports?lang=en").then().statusCode(200).extract().asString())
                .contains("Published quarterly reports");
        assertThat(pages.renderings()).isEqualTo(rendered + 1);

        // a council member gets their own page (name, drafts), never the anonymous copy, and leaves none behind
        String council = given().auth().oauth2(TestTokens.council()).get("/blankenheim/reports?lang=de").then()
                .statusCode(200).extract().asString();
        assertThat(council).contains("Entwurf").isNotEqualTo(first);
        String nobody = given().auth().oauth2(PortalHardeningTest.roleless()).get("/blankenheim/reports?lang=de")
                .then().statusCode(200).extract().asString();
        assertThat(nobody).contains("Nora Niemand");
        String anonymous = given().get("/blankenheim/reports?lang=de").then().statusCode(200).extract().asString();
        assertThat(anonymous).isEqualTo(first).doesNotContain("Entwurf").doesNotContain("Nora Niemand");
        assertThat(pages.renderings()).isEqualTo(rendered + 1);

        // a new publication changes what the next anonymous visitor sees
        assertThat(first).doesNotContain("/blankenheim/reports/" + LATER + ".pdf");
        publish(LATER);
        assertThat(given().get("/blankenheim/reports?lang=de").then().statusCode(200).extract().asString())
                .contains("href=\"/blankenheim/reports/" + LATER + ".pdf?lang=de\"");
        assertThat(pages.renderings()).isEqualTo(rendered + 2);
        // the home page is a page of its own
        assertThat(given().get("/blankenheim/").then().statusCode(200).extract().asString())
                .contains("href=\"/blankenheim/reports/" + LATER + ".pdf?lang=de\"");
    }
}
