package de.souveraen.workgroup.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * § 49 (2) GO NRW through the API: after the lack of quorum was recorded, {@code POST /api/meetings} with
 * {@code reconvenedFrom} convenes the meeting again for the undecided items, which it decides regardless of how many
 * are present; its calendar entry and invitation say so. In a municipality of its own, so that the quorum counts only
 * this test's members.
 */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
public class ReconvenedMeetingApiTest {
    static final String TENANT = "reconvene-test";
    static final String AG = TestTokens.ofMunicipality(TENANT, "ag-reconvene", "AG", "workgroup");

    static Response send(String path, String json) {
        return given().auth().oauth2(AG).contentType(ContentType.JSON).body(json).post(path);
    }

    static String created(String path, String json) {
        Response r = send(path, json);
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
        return r.path("id");
    }

    static void ok(String path, String json) {
        Response r = send(path, json);
        assertThat(r.statusCode()).as(path + " " + r.asString()).isEqualTo(200);
    }

    static String member(String name) {
        return created("/api/members", "{\"person\":{\"givenName\":\"" + name + "\",\"familyName\":\"Reconvene\"},"
                + "\"affiliation\":{\"type\":\"FACTION\",\"faction\":\"CDU\"},\"role\":\"MEMBER\",\"votingRight\":true,"
                + "\"from\":\"2026-01-01\"}");
    }

    static String meeting(String title, String day, String extra) {
        return created("/api/meetings", "{\"title\":\"" + title + "\",\"start\":\"" + day + "T18:00:00+02:00\","
                + "\"end\":\"" + day + "T20:00:00+02:00\",\"place\":\"Rathaus\",\"publicMeeting\":true" + extra + "}");
    }

    static void heldWithOnlyPresent(String meeting, String present, List<String> absent) {
        ok("/api/meetings/" + meeting + "/invitations", "{}");
        ok("/api/meetings/" + meeting + "/held", "{}");
        StringBuilder entries = new StringBuilder("{\"memberId\":\"" + present + "\",\"status\":\"PRESENT\"}");
        absent.forEach(m -> entries.append(",{\"memberId\":\"").append(m).append("\",\"status\":\"ABSENT\"}"));
        ok("/api/meetings/" + meeting + "/attendance", "{\"entries\":[" + entries + "]}");
        ok("/api/meetings/" + meeting + "/quorum-lack", "{}");
    }

    @Test
    void a_meeting_convened_again_after_a_lack_of_quorum_decides_the_carried_over_items_regardless() {
        String anna = member("Anna");
        String bernd = member("Bernd");
        String carla = member("Carla");
        String earlier = meeting("5. Sitzung", "2026-04-01", "");
        String item = created("/api/meetings/" + earlier + "/agenda-items", "{\"title\":\"Pilot openDesk\","
                + "\"publicItem\":true}");
        heldWithOnlyPresent(earlier, anna, List.of(bernd, carla));
        String vote = "{\"subject\":\"Empfehlung\",\"ballot\":{\"method\":\"TOTALS\",\"totals\":{\"yes\":1,\"no\":0,"
                + "\"abstain\":0}}}";
        assertThat(send("/api/meetings/" + earlier + "/agenda-items/" + item + "/vote", vote).statusCode())
                .as("no vote after the lack of quorum").isEqualTo(409);

        String again = meeting("5. Sitzung (erneut einberufen)", "2026-04-15", ",\"reconvenedFrom\":\"" + earlier + "\"");
        JsonPath state = given().auth().oauth2(AG).get("/api/meetings/" + again).then().statusCode(200).extract()
                .jsonPath();
        assertThat(state.getString("reconvenedFrom")).isEqualTo(earlier);
        assertThat(state.getList("agenda.items.title")).containsExactly("Pilot openDesk");
        assertThat(state.getList("agenda.items.carriedOver")).containsExactly(true);
        String carried = state.getString("agenda.items[0].id");

        heldWithOnlyPresent(again, anna, List.of(bernd, carla));
        Response voted = send("/api/meetings/" + again + "/agenda-items/" + carried + "/vote", vote);
        assertThat(voted.statusCode()).as(voted.asString()).isEqualTo(201);
        given().auth().oauth2(AG).get("/api/meetings/" + again).then().statusCode(200)
                .body("agenda.items[0].votes[0].result", equalTo("ADOPTED"));

        String calendar = given().get("/" + TENANT + "/api/meetings.ics").then().statusCode(200).extract().asString()
                .replace("\r\n ", "");
        assertThat(calendar).contains("§ 49 Abs. 2 GO NRW");
    }

    @Test
    void only_a_meeting_whose_lack_of_quorum_was_recorded_is_convened_again() {
        String quorate = meeting("6. Sitzung", "2026-05-06", "");
        created("/api/meetings/" + quorate + "/agenda-items", "{\"title\":\"Bericht\",\"publicItem\":true}");
        Response refused = send("/api/meetings", "{\"title\":\"Erneut\",\"start\":\"2026-05-20T18:00:00+02:00\","
                + "\"end\":\"2026-05-20T20:00:00+02:00\",\"place\":\"Rathaus\",\"publicMeeting\":true,"
                + "\"reconvenedFrom\":\"" + quorate + "\"}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat((String) refused.path("code")).isEqualTo("quorum-not-lacking");
        assertThat((String) refused.path("field")).isEqualTo("reconvenedFrom");
        Response unknown = send("/api/meetings", "{\"title\":\"Erneut\",\"start\":\"2026-05-20T18:00:00+02:00\","
                + "\"end\":\"2026-05-20T20:00:00+02:00\",\"place\":\"Rathaus\",\"publicMeeting\":true,"
                + "\"reconvenedFrom\":\"" + java.util.UUID.randomUUID() + "\"}");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat((String) unknown.path("code")).isEqualTo("meeting-not-found");
    }
}
