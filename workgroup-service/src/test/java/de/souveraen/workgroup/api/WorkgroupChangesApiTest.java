package de.souveraen.workgroup.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The changes after creation: a member's role, affiliation and person, a meeting moved and its agenda reordered, a
 * proposal revised and withdrawn, a training revised and cancelled. A PUT needs the current ETag (428 without it,
 * 412 with a stale one, and then nothing is written); every change answers 200 with the new ETag.
 */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
class WorkgroupChangesApiTest {
    private static final String AG = TestTokens.workgroup();

    static Response send(String method, String path, String ifMatch, String json) {
        var request = given().auth().oauth2(AG).contentType(ContentType.JSON).body(json);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.request(method, path);
    }

    static String etag(String path) {
        return given().auth().oauth2(AG).get(path).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void a_member_changes_role_and_faction_from_a_day_on_and_the_person_is_corrected_under_its_etag() {
        String member = WorkgroupApiTest.post("/api/members", "{\"person\":{\"givenName\":\"Rolf\",\"familyName\":"
                + "\"Rollenwechsel\",\"email\":\"rolf@example.org\"},\"affiliation\":{\"type\":\"FACTION\",\"faction\":"
                + "\"SPD\"},\"role\":\"MEMBER\",\"votingRight\":true,\"from\":\"2026-01-01\"}");
        String path = "/api/members/" + member;
        send("POST", path + "/role", null, "{\"role\":\"CHAIR\",\"votingRight\":true,\"effectiveFrom\":\"2026-03-01\"}")
                .then().statusCode(200).header("ETag", "\"2\"").body("id", equalTo(member));
        send("POST", path + "/affiliation", null, "{\"affiliation\":{\"type\":\"FACTION\",\"faction\":\"Grüne\"},"
                + "\"effectiveFrom\":\"2026-05-01\"}").then().statusCode(200).header("ETag", "\"3\"");
        given().auth().oauth2(AG).get(path).then().statusCode(200).body("periods.size()", equalTo(3))
                .body("periods[0].role", equalTo("MEMBER")).body("periods[0].to", equalTo("2026-02-28"))
                .body("periods[1].role", equalTo("CHAIR")).body("periods[2].affiliation.faction", equalTo("Grüne"));

        String person = "{\"givenName\":\"Rolf\",\"familyName\":\"Rollenwechsel-Berg\",\"email\":\"rolf@example.org\"}";
        send("PUT", path + "/person", null, person).then().statusCode(428).contentType("application/problem+json")
                .body("code", equalTo("if-match-required"));
        send("PUT", path + "/person", "\"1\"", person).then().statusCode(412).body("code", equalTo("stale-version"));
        send("PUT", path + "/person", etag(path), person).then().statusCode(200).header("ETag", "\"4\"");
        given().auth().oauth2(AG).get(path).then().body("person.familyName", equalTo("Rollenwechsel-Berg"));
        given().auth().oauth2(TestTokens.council()).contentType(ContentType.JSON)
                .body("{\"role\":\"MEMBER\",\"votingRight\":true}").post(path + "/role").then().statusCode(403);
    }

    @Test
    void a_meeting_is_moved_and_its_agenda_reordered_under_its_etag() {
        String meeting = WorkgroupApiTest.post("/api/meetings", "{\"title\":\"Verschobene Sitzung\",\"start\":"
                + "\"2026-09-01T18:00:00+02:00\",\"end\":\"2026-09-01T20:00:00+02:00\",\"place\":\"Rathaus\","
                + "\"publicMeeting\":true}");
        String path = "/api/meetings/" + meeting;
        String first = WorkgroupApiTest.post(path + "/agenda-items", "{\"title\":\"Erster Punkt\",\"publicItem\":true}");
        String second = WorkgroupApiTest.post(path + "/agenda-items", "{\"title\":\"Zweiter Punkt\",\"publicItem\":true}");

        send("POST", path + "/rescheduling", null, "{\"start\":\"2026-09-08T18:00:00+02:00\",\"end\":"
                + "\"2026-09-08T20:00:00+02:00\",\"place\":\"Bürgerhaus\"}").then().statusCode(200)
                .body("id", equalTo(meeting));
        given().auth().oauth2(AG).get(path).then().body("reschedules", equalTo(1)).body("place", equalTo("Bürgerhaus"));

        String order = "{\"agendaItemIds\":[\"" + second + "\",\"" + first + "\"]}";
        send("PUT", path + "/agenda-order", null, order).then().statusCode(428);
        send("PUT", path + "/agenda-order", "\"1\"", order).then().statusCode(412);
        send("PUT", path + "/agenda-order", etag(path), order).then().statusCode(200);
        given().auth().oauth2(AG).get(path).then().body("agenda.items.id", equalTo(List.of(second, first)));
        send("PUT", path + "/agenda-order", etag(path), "{\"agendaItemIds\":[\"" + first + "\"]}").then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(422)))
                .contentType("application/problem+json");
    }

    @Test
    void a_proposal_is_revised_under_its_etag_and_withdrawn() {
        String proposal = WorkgroupApiTest.post("/api/proposals", "{\"reference\":\"V-2026/77\",\"title\":\"Entwurf\","
                + "\"text\":\"Erste Fassung\",\"submitter\":\"Verwaltung\",\"submittedOn\":\"2026-02-01\"}");
        String path = "/api/proposals/" + proposal;
        String revision = "{\"title\":\"Entwurf, zweite Fassung\",\"text\":\"Zweite Fassung\",\"dependencyIds\":[]}";
        send("PUT", path, null, revision).then().statusCode(428);
        send("PUT", path, etag(path), revision).then().statusCode(200).header("ETag", "\"2\"");
        given().auth().oauth2(AG).get(path).then().body("title", equalTo("Entwurf, zweite Fassung"))
                .body("text", equalTo("Zweite Fassung"));
        send("POST", path + "/withdrawal", null, "{\"reason\":\"Erledigt\",\"withdrawnOn\":\"2026-03-01\"}").then()
                .statusCode(200).header("ETag", "\"3\"");
        given().auth().oauth2(AG).get(path).then().body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void a_training_is_revised_under_its_etag_and_cancelled() {
        String training = WorkgroupApiTest.post("/api/trainings", "{\"title\":\"Calc-Grundlagen\",\"date\":"
                + "\"2026-11-02\",\"format\":\"TRAINING\",\"audience\":[\"ADMINISTRATION\"],\"hours\":2,"
                + "\"topics\":[\"Calc\"],\"provider\":\"VHS\"}");
        String path = "/api/trainings/" + training;
        String revised = "{\"title\":\"Calc für Fortgeschrittene\",\"date\":\"2026-11-09\",\"format\":\"TRAINING\","
                + "\"audience\":[\"ADMINISTRATION\"],\"hours\":3,\"topics\":[\"Calc\"],\"provider\":\"VHS\"}";
        send("PUT", path, null, revised).then().statusCode(428);
        send("PUT", path, etag(path), revised).then().statusCode(200).header("ETag", "\"2\"");
        given().auth().oauth2(AG).get(path).then().body("details.title", equalTo("Calc für Fortgeschrittene"))
                .body("details.date", equalTo("2026-11-09"));
        send("POST", path + "/cancellation", null, "{\"reason\":\"Referent erkrankt\"}").then().statusCode(200);
        given().auth().oauth2(AG).get(path).then().body("status", equalTo("CANCELLED"));
    }

    @Test
    void the_minutes_text_of_a_held_meeting_is_written_under_its_etag_and_the_history_names_who_did_what() {
        String member = WorkgroupApiTest.member("Nora", "Niederschrift", "SPD", true);
        String[] held = WorkgroupApiTest.heldMeeting("Niederschrift", true, List.of(member),
                "{\"title\":\"Bericht\",\"publicItem\":true}");
        String path = "/api/meetings/" + held[0];
        String text = "TOP 1: Die Verwaltung berichtet.\nEnde 19:40 Uhr.";
        String minutes = "{\"text\":\"TOP 1: Die Verwaltung berichtet.\\nEnde 19:40 Uhr.\"}";
        send("PUT", path + "/minutes", null, minutes).then().statusCode(428)
                .contentType("application/problem+json").body("code", equalTo("if-match-required"));
        send("PUT", path + "/minutes", "\"1\"", minutes).then().statusCode(412)
                .body("code", equalTo("stale-version"));
        send("PUT", path + "/minutes", etag(path), "{\"text\":\" \"}").then().statusCode(422)
                .contentType("application/problem+json").body("field", equalTo("text"))
                .body("texts.de", equalTo("Der Text der Niederschrift fehlt."));
        send("PUT", path + "/minutes", etag(path), minutes).then().statusCode(200).body("id", equalTo(held[0]));
        given().auth().oauth2(TestTokens.council()).get(path).then().statusCode(200).body("minutes", equalTo(text));
        given().auth().oauth2(TestTokens.council()).contentType(ContentType.JSON).header("If-Match", etag(path))
                .body(minutes).put(path + "/minutes").then().statusCode(403);

        given().auth().oauth2(TestTokens.council()).get(path + "/history").then().statusCode(200)
                .body("type", equalTo(List.of("workgroup.MeetingScheduled.v1", "workgroup.AgendaItemAdded.v1",
                        "workgroup.MeetingInvitationsSent.v1", "workgroup.MeetingHeld.v1",
                        "workgroup.AttendanceRecorded.v1", "workgroup.MinutesWritten.v1")))
                .body("[5].change.text", equalTo(text)).body("[5].version", equalTo(6))
                .body("[5].actorSubject", org.hamcrest.Matchers.notNullValue());
        String item = path + "/agenda-items/" + held[1];
        WorkgroupApiTest.post(item + "/vote", "{\"ballot\":{\"method\":\"TOTALS\",\"totals\":{\"yes\":1,\"no\":0,"
                + "\"abstain\":0}}}");
        send("POST", item + "/decision", null, "{\"outcome\":\"ADOPTED\",\"resolution\":\"Zur Kenntnis genommen\"}")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.administration()).get(item + "/history").then().statusCode(200)
                .body("type", equalTo(List.of("workgroup.AgendaItemAdded.v1", "workgroup.VoteRecorded.v2",
                        "workgroup.DecisionRecorded.v1")))
                .body("[2].change.resolution", equalTo("Zur Kenntnis genommen"));
        given().auth().oauth2(AG).get(path + "/agenda-items/" + java.util.UUID.randomUUID() + "/history").then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(AG).get("/api/meetings/" + java.util.UUID.randomUUID() + "/history").then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void a_training_has_its_history() {
        String training = WorkgroupApiTest.post("/api/trainings", "{\"title\":\"Writer-Grundlagen\",\"date\":"
                + "\"2026-11-02\",\"format\":\"TRAINING\",\"audience\":[\"ADMINISTRATION\"],\"hours\":2,"
                + "\"topics\":[\"Writer\"],\"provider\":\"VHS\"}");
        String path = "/api/trainings/" + training;
        send("POST", path + "/cancellation", null, "{\"reason\":\"Raum belegt\"}").then().statusCode(200);
        given().auth().oauth2(TestTokens.council()).get(path + "/history").then().statusCode(200)
                .body("type", equalTo(List.of("workgroup.TrainingPlanned.v1", "workgroup.TrainingCancelled.v1")))
                .body("[1].change.reason", equalTo("Raum belegt")).body("[0].version", equalTo(1));
        given().auth().oauth2(AG).get("/api/trainings/" + java.util.UUID.randomUUID() + "/history").then()
                .statusCode(404).contentType("application/problem+json");
    }
}
