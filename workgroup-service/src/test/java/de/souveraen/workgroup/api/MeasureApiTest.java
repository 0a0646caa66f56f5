package de.souveraen.workgroup.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * The programme of measures over REST: the working group defines a measure, plans and reaches milestones (progress
 * follows), revises it under its ETag and completes it; other roles read; bad input is a problem naming the field;
 * another municipality does not see it.
 */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
class MeasureApiTest {
    private static final String AG = TestTokens.workgroup();
    private static final String DETAILS = "{\"title\":\"Open-Source-Prototyp Dokumentenablage\","
            + "\"mandate\":\"PROTOTYPES\",\"description\":\"Nextcloud im Fachbereich Bauen\","
            + "\"responsible\":\"Fachbereich Bauen\",\"budgetLine\":\"PILOT\",\"dependencies\":[]}";

    @Test
    void a_measure_goes_from_definition_through_its_milestones_to_completion() {
        String id = WorkgroupApiTest.post("/api/measures", DETAILS);
        String path = "/api/measures/" + id;
        String first = WorkgroupApiTest.post(path + "/milestones", "{\"title\":\"Pilot eingerichtet\","
                + "\"due\":\"2026-03-31\"}");
        String second = WorkgroupApiTest.post(path + "/milestones", "{\"title\":\"Auswertung\",\"due\":\"2026-06-30\"}");
        given().auth().oauth2(TestTokens.council()).get(path).then().statusCode(200)
                .body("progress", equalTo(0)).body("status", equalTo("ACTIVE"))
                .body("milestones.size()", equalTo(2)).body("details.mandate", equalTo("PROTOTYPES"));

        given().auth().oauth2(AG).contentType(ContentType.JSON).body("{\"reachedOn\":\"2026-03-30\","
                + "\"note\":\"12 Nutzende\"}").post(path + "/milestones/" + first + "/reached").then().statusCode(200);
        given().auth().oauth2(TestTokens.administration()).get(path).then().body("progress", equalTo(50))
                .body("milestones[0].state", equalTo("REACHED")).body("milestones[0].note", equalTo("12 Nutzende"));

        given().auth().oauth2(AG).contentType(ContentType.JSON).body("{\"status\":\"COMPLETED\"}")
                .post(path + "/closure").then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("milestones-open")).body("field", equalTo("status"));
        given().auth().oauth2(AG).contentType(ContentType.JSON).body("{\"reason\":\"vom Kreis übernommen\"}")
                .post(path + "/milestones/" + second + "/dropped").then().statusCode(200);
        given().auth().oauth2(AG).contentType(ContentType.JSON).body("{\"status\":\"COMPLETED\","
                + "\"closedOn\":\"2026-07-01\"}").post(path + "/closure").then().statusCode(200);
        given().auth().oauth2(AG).get(path).then().body("status", equalTo("COMPLETED")).body("progress", equalTo(100))
                .body("closedOn", equalTo("2026-07-01"));
        given().auth().oauth2(AG).get("/api/measures").then().statusCode(200).body("measureId", hasItem(id));
    }

    @Test
    void bad_input_names_the_field_a_revision_needs_the_etag_and_the_council_cannot_write() {
        given().auth().oauth2(AG).contentType(ContentType.JSON).body("{\"title\":\"x\",\"mandate\":\"ANALYSIS\"}")
                .post("/api/measures").then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("required")).body("field", equalTo("responsible"));
        given().auth().oauth2(TestTokens.council()).contentType(ContentType.JSON).body(DETAILS)
                .post("/api/measures").then().statusCode(403);
        String id = WorkgroupApiTest.post("/api/measures", DETAILS);
        String path = "/api/measures/" + id;
        String revised = DETAILS.replace("Dokumentenablage", "Dokumentenablage und Kalender");
        given().auth().oauth2(AG).contentType(ContentType.JSON).body(revised).put(path).then().statusCode(428);
        String etag = given().auth().oauth2(AG).get(path).then().extract().header("ETag");
        given().auth().oauth2(AG).contentType(ContentType.JSON).header("If-Match", etag).body(revised).put(path)
                .then().statusCode(200);
        given().auth().oauth2(AG).get(path).then().body("details.title",
                equalTo("Open-Source-Prototyp Dokumentenablage und Kalender"));
        given().auth().oauth2(AG).contentType(ContentType.JSON).body("{\"title\":\"M\",\"due\":\"2026-13-01\"}")
                .post(path + "/milestones").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void a_stopped_measure_keeps_its_reason_exactly_as_given_and_takes_nothing_more() {
        String id = WorkgroupApiTest.post("/api/measures", DETAILS);
        String reason = "<script>alert(1)</script> =HYPERLINK(1) ‚Haushaltssperre‘ – \\u0000 ✓";
        given().auth().oauth2(AG).contentType(ContentType.JSON)
                .body(java.util.Map.of("status", "STOPPED", "reason", reason, "closedOn", "2026-08-01"))
                .post("/api/measures/" + id + "/closure").then().statusCode(200);
        given().auth().oauth2(AG).get("/api/measures/" + id).then().body("status", equalTo("STOPPED"))
                .body("closingReason", equalTo(reason));
        given().auth().oauth2(AG).contentType(ContentType.JSON).body("{\"title\":\"M\",\"due\":\"2026-10-01\"}")
                .post("/api/measures/" + id + "/milestones").then().statusCode(409).body("code", equalTo("measure-closed"));
    }

    @Test
    void another_municipality_neither_reads_nor_changes_a_measure() {
        String id = WorkgroupApiTest.post("/api/measures", DETAILS);
        String nettersheim = TestTokens.ofMunicipality("nettersheim", "ag-nettersheim", "Niklas Arbeitskreis",
                "workgroup");
        given().auth().oauth2(nettersheim).get("/api/measures/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(nettersheim).contentType(ContentType.JSON).body("{\"title\":\"M\",\"due\":\"2026-10-01\"}")
                .post("/api/measures/" + id + "/milestones").then().statusCode(404);
        given().auth().oauth2(nettersheim).get("/api/measures").then().statusCode(200)
                .body("measureId", not(hasItem(id)));
        given().auth().oauth2(AG).get("/api/measures/" + id).then().statusCode(200).body("milestones.size()", equalTo(0));
    }
}
