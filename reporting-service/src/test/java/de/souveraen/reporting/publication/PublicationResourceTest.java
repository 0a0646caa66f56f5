package de.souveraen.reporting.publication;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Narrative and publication through the API of a municipality of its own ({@code feedtest}): the narrative with
 * If-Match and German field problems, the publication once with the Vorlage's details, the PDF served byte for
 * byte as the event names it, the narrative refused afterwards, and the Atom feed listing it.
 */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
class PublicationResourceTest {
    static final String TENANT = "feedtest";
    static final String ADMIN = TestTokens.ofMunicipality(TENANT, "verwaltung-feedtest", "Verwaltung", "administration");
    static final String COUNCIL = TestTokens.ofMunicipality(TENANT, "rat-feedtest", "Rat", "council");
    static final String PERIOD = "2019-Q2";

    @Test
    void narrative_then_publication_once_then_the_pdf_as_published_and_the_feed() throws Exception {
        String etag = given().auth().oauth2(ADMIN).get("/api/reports/" + PERIOD + "/narratives").then()
                .statusCode(200).body("published", equalTo(false)).extract().header("ETag");
        // German field problems
        given().auth().oauth2(ADMIN).contentType("application/json").header("If-Match", etag)
                .body("{\"text\": \"  \"}").put("/api/reports/" + PERIOD + "/narratives/risks").then()
                .statusCode(422).body("field", equalTo("text")).body("code", equalTo("required"));
        given().auth().oauth2(ADMIN).contentType("application/json").header("If-Match", etag)
                .body("{\"text\": \"" + "x".repeat(4001) + "\"}").put("/api/reports/" + PERIOD + "/narratives/risks")
                .then().statusCode(422).body("code", equalTo("too-long")).body("detail", org.hamcrest.Matchers
                        .containsString("höchstens 4000 Zeichen"));
        given().auth().oauth2(ADMIN).contentType("application/json").header("If-Match", etag)
                .body("{\"text\": \"a\\u0007b\"}").put("/api/reports/" + PERIOD + "/narratives/risks").then()
                .statusCode(422).body("code", equalTo("control-characters")).body("field", equalTo("text"));
        given().auth().oauth2(ADMIN).contentType("application/json").header("If-Match", etag)
                .body("{\"text\": \"Text\"}").put("/api/reports/" + PERIOD + "/narratives/summary").then()
                .statusCode(404);
        given().auth().oauth2(ADMIN).contentType("application/json").body("{\"text\": \"Text\"}")
                .put("/api/reports/" + PERIOD + "/narratives/risks").then().statusCode(428);
        given().auth().oauth2(COUNCIL).contentType("application/json").header("If-Match", etag)
                .body("{\"text\": \"Text\"}").put("/api/reports/" + PERIOD + "/narratives/risks").then()
                .statusCode(403);
        String narrative = "Das größte Risiko bleibt die Bindung an einen Anbieter.";
        given().auth().oauth2(ADMIN).contentType("application/json").header("If-Match", etag)
                .body("{\"text\": \"" + narrative + "\"}").put("/api/reports/" + PERIOD + "/narratives/risks")
                .then().statusCode(200);
        given().auth().oauth2(ADMIN).get("/api/reports/" + PERIOD + "/narratives").then().statusCode(200)
                .body("narratives.risks", equalTo(narrative));

        // the publication needs its Vorlage details, in German
        given().auth().oauth2(ADMIN).contentType("application/json")
                .body("{\"responsibleOffice\": \"FB 1\", \"consultations\": []}")
                .post("/api/reports/" + PERIOD + "/publication").then().statusCode(422)
                .body("field", equalTo("reference"));
        given().auth().oauth2(COUNCIL).contentType("application/json").body(PublicationFixture.BODY)
                .post("/api/reports/" + PERIOD + "/publication").then().statusCode(403);
        String once = "publish-" + PERIOD;
        given().auth().oauth2(ADMIN).contentType("application/json").header("Idempotency-Key", once)
                .body(PublicationFixture.BODY).post("/api/reports/" + PERIOD + "/publication").then()
                .statusCode(200).body("meta.published", equalTo(true));
        // a double click with the same key answers the same; without it, a second publication is refused
        given().auth().oauth2(ADMIN).contentType("application/json").header("Idempotency-Key", once)
                .body(PublicationFixture.BODY).post("/api/reports/" + PERIOD + "/publication").then()
                .statusCode(200).header("Idempotent-Replayed", "true");
        given().auth().oauth2(ADMIN).contentType("application/json").body(PublicationFixture.BODY)
                .post("/api/reports/" + PERIOD + "/publication").then().statusCode(409)
                .body("code", equalTo("already-published"));
        String after = given().auth().oauth2(ADMIN).get("/api/reports/" + PERIOD + "/narratives").then()
                .statusCode(200).body("published", equalTo(true)).extract().header("ETag");
        given().auth().oauth2(ADMIN).contentType("application/json").header("If-Match", after)
                .body("{\"text\": \"Neu\"}").put("/api/reports/" + PERIOD + "/narratives/risks").then()
                .statusCode(409).body("code", equalTo("already-published"));

        // the PDF exactly as the event names it, anonymously, twice the same bytes
        byte[] pdf = given().get("/" + TENANT + "/reports/" + PERIOD + ".pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        byte[] again = given().get("/" + TENANT + "/reports/" + PERIOD + ".pdf").then().statusCode(200)
                .extract().asByteArray();
        assertThat(again).isEqualTo(pdf);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("MV/2026/017", "Haupt- und Finanzausschuss", narrative);
        }

        // the Atom feed lists it with that PDF, its size and checksum
        String atom = given().get("/" + TENANT + "/reports.atom").then().statusCode(200)
                .contentType("application/atom+xml").extract().asString();
        Document feed = AtomFeedTest.parse(atom);
        AtomFeedTest.assertAtom(feed);
        NodeList entries = feed.getElementsByTagNameNS(AtomFeedTest.NS, "entry");
        assertThat(entries.getLength()).isEqualTo(1);
        Element entry = (Element) entries.item(0);
        assertThat(entry.getElementsByTagNameNS(AtomFeedTest.NS, "summary").item(0).getTextContent())
                .contains("MV/2026/017", sha);
        Element link = (Element) entry.getElementsByTagNameNS(AtomFeedTest.NS, "link").item(0);
        assertThat(link.getAttribute("href")).endsWith("/" + TENANT + "/reports/" + PERIOD + ".pdf");
        assertThat(link.getAttribute("length")).isEqualTo(String.valueOf(pdf.length));
        given().get("/nirgendwo-gibt-es/reports.atom").then().statusCode(404);

        // the events travel on the reporting topic (outbox relay), keyed by municipality and stream
        String key = TENANT + "/publication-" + PERIOD;
        try (var reader = new de.souveraen.testing.KafkaTopicReader(SouveraenTestResource.kafkaBootstrapServers(),
                de.souveraen.contracts.Topics.REPORTING)) {
            var records = reader.readUntil(all -> all.stream().filter(r -> key.equals(r.key())).count() >= 2,
                    java.time.Duration.ofSeconds(60));
            assertThat(records.stream().filter(r -> key.equals(r.key())).map(r -> new String(r.headers()
                    .lastHeader("ce_type").value(), java.nio.charset.StandardCharsets.UTF_8)).toList())
                    .containsExactly("reporting.NarrativeWritten.v1", "reporting.ReportPublished.v1");
            String published = new String(records.stream().filter(r -> key.equals(r.key())).toList().get(1).value(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(published).contains(sha, "MV/2026/017", "/" + TENANT + "/reports/" + PERIOD + ".pdf");
        }
        given().get("/reports.atom").then().statusCode(200).contentType("application/atom+xml");
    }
}
