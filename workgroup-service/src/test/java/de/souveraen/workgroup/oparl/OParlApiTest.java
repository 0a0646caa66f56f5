package de.souveraen.workgroup.oparl;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OParl 1.1 feed against the object definitions of the specification (required properties, types, URL ids,
 * created/modified, paged lists), and the rule that non-public agenda items and roll calls need a sign-in.
 */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
public class OParlApiTest {
    private static final String AG = TestTokens.workgroup();
    private static final String SCHEMA = "https://schema.oparl.org/1.1/";

    /** Required properties per object type (OParl 1.1, "Schema" chapter), beyond id and type. */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "System", List.of("oparlVersion", "body"),
            "Body", List.of("name", "organization", "person", "meeting", "paper", "legislativeTerm"),
            "Organization", List.of("name", "body"),
            "Person", List.of("name"),
            "Membership", List.of("person", "organization"),
            "Meeting", List.of("name", "start"),
            "AgendaItem", List.of("meeting", "order"),
            "Paper", List.of("name", "body"),
            "Consultation", List.of("paper", "agendaItem"));

    static String secretTitle;
    static String removedItem;
    static String closedMeetingTitle;
    /** Signed in, but with none of the three roles: sees what an anonymous caller sees. */
    static final String ROLE_LESS = TestTokens.withRoles("test-gast", "Gast");

    static String post(String path, String json) {
        return given().auth().oauth2(AG).contentType(ContentType.JSON).body(json).post(path).then().statusCode(201)
                .extract().path("id");
    }

    /** Once per class, in a @BeforeEach: RestAssured knows the test port only then. */
    @BeforeEach
    void meetingWithAVote() {
        if (secretTitle != null) {
            return;
        }
        String member = post("/api/members", "{\"person\":{\"givenName\":\"Olga\",\"familyName\":\"Ott\"},"
                + "\"affiliation\":{\"type\":\"FACTION\",\"faction\":\"CDU\"},\"role\":\"MEMBER\",\"votingRight\":true,"
                + "\"from\":\"2026-01-01\"}");
        String proposal = post("/api/proposals", "{\"reference\":\"V-OP/1\",\"title\":\"OParl-Vorlage\",\"text\":\"t\","
                + "\"submitter\":\"Verwaltung\",\"dependencyIds\":[],\"submittedOn\":\"2026-08-01\"}");
        String meeting = post("/api/meetings", "{\"title\":\"OParl-Sitzung\",\"start\":\"2026-09-01T18:00:00+02:00\","
                + "\"end\":\"2026-09-01T20:00:00+02:00\",\"place\":\"Rathaus\",\"publicMeeting\":true}");
        String item = post("/api/meetings/" + meeting + "/agenda-items", "{\"title\":\"Öffentlicher Punkt\","
                + "\"publicItem\":true,\"proposalId\":\"" + proposal + "\"}");
        closedMeetingTitle = "Nichtöffentliche Sitzung " + System.nanoTime();
        post("/api/meetings", "{\"title\":\"" + closedMeetingTitle + "\",\"start\":\"2026-09-02T18:00:00+02:00\","
                + "\"end\":\"2026-09-02T20:00:00+02:00\",\"place\":\"Rathaus\",\"publicMeeting\":false}");
        secretTitle = "Personalsache " + System.nanoTime();
        post("/api/meetings/" + meeting + "/agenda-items", "{\"title\":\"" + secretTitle + "\",\"publicItem\":false}");
        removedItem = post("/api/meetings/" + meeting + "/agenda-items", "{\"title\":\"Doch nicht\","
                + "\"publicItem\":true}");
        given().auth().oauth2(AG).delete("/api/meetings/" + meeting + "/agenda-items/" + removedItem).then()
                .statusCode(204);
        given().auth().oauth2(AG).contentType(ContentType.JSON).body("{}").post("/api/meetings/" + meeting
                + "/invitations").then().statusCode(200);
        given().auth().oauth2(AG).contentType(ContentType.JSON).body("{}").post("/api/meetings/" + meeting + "/held")
                .then().statusCode(200);
        List<String> everyone = de.souveraen.workgroup.api.WorkgroupApiTest.membersOn("2026-09-01");
        StringBuilder entries = new StringBuilder();
        StringBuilder ballot = new StringBuilder();
        for (String id : everyone) {
            entries.append(entries.length() == 0 ? "" : ",").append("{\"memberId\":\"").append(id)
                    .append("\",\"status\":\"PRESENT\"}");
        }
        given().auth().oauth2(AG).contentType(ContentType.JSON).body("{\"entries\":[" + entries + "]}")
                .post("/api/meetings/" + meeting + "/attendance").then().statusCode(200);
        ballot.append("{\"memberId\":\"").append(member).append("\",\"choice\":\"YES\"}");
        given().auth().oauth2(AG).contentType(ContentType.JSON).body("{\"subject\":\"Abstimmung\",\"ballot\":{\"method\":"
                + "\"ROLL_CALL\",\"members\":[" + ballot + "]}}").post("/api/meetings/" + meeting + "/agenda-items/"
                + item + "/vote").then().statusCode(201);
    }

    public static void assertObject(Map<String, Object> object) {
        String type = ((String) object.get("type")).replace(SCHEMA, "");
        assertThat((String) object.get("type")).startsWith(SCHEMA);
        assertThat((String) object.get("id")).as("id of %s", type).startsWith("http").contains("/oparl/v1.1/");
        if (Boolean.TRUE.equals(object.get("deleted"))) {
            return;
        }
        for (String property : REQUIRED.getOrDefault(type, List.of())) {
            assertThat(object).as("%s needs %s", type, property).containsKey(property);
        }
        for (String stamp : List.of("created", "modified")) {
            if (!type.equals("System") || object.containsKey(stamp)) {
                assertThat(object).as("%s needs %s", type, stamp).containsKey(stamp);
                OffsetDateTime.parse((String) object.get(stamp));
            }
        }
    }

    @Test
    void system_body_and_every_list_follow_the_object_definitions() {
        JsonPath system = given().get("/oparl/v1.1/system").then().statusCode(200).extract().jsonPath();
        assertObject(system.getMap(""));
        assertThat(system.getString("oparlVersion")).isEqualTo(SCHEMA);
        JsonPath bodies = given().get(system.getString("body")).then().statusCode(200).extract().jsonPath();
        Map<String, Object> body = bodies.getMap("data[0]");
        assertObject(body);
        for (String list : List.of("organization", "person", "meeting", "paper", "agendaItem", "consultation",
                "membership")) {
            JsonPath page = given().get((String) body.get(list)).then().statusCode(200).extract().jsonPath();
            assertThat(page.getList("data")).as(list).isNotEmpty();
            assertThat(page.getInt("pagination.totalElements")).isPositive();
            assertThat(page.getString("links.first")).contains("page=1");
            for (Map<String, Object> object : page.<Map<String, Object>>getList("data")) {
                assertObject(object);
                JsonPath single = given().get((String) object.get("id")).then().statusCode(200).extract().jsonPath();
                assertThat(single.getString("id")).isEqualTo(object.get("id"));
            }
        }
    }

    @Test
    void lists_are_paged_with_links_next_and_filtered_by_modification() {
        String people = given().get("/oparl/v1.1/body/blankenheim/people?limit=1").then().statusCode(200).extract()
                .asString();
        JsonPath first = JsonPath.from(people);
        assertThat(first.getList("data")).hasSize(1);
        if (first.getInt("pagination.totalElements") > 1) {
            String next = first.getString("links.next");
            assertThat(next).contains("page=2").contains("limit=1");
            JsonPath second = given().get(next).then().statusCode(200).extract().jsonPath();
            assertThat(second.getString("data[0].id")).isNotEqualTo(first.getString("data[0].id"));
        }
        given().queryParam("modified_since", "2999-01-01T00:00:00+01:00").get("/oparl/v1.1/body/blankenheim/meetings")
                .then()
                .statusCode(200).body("data.size()", org.hamcrest.Matchers.equalTo(0));
        given().queryParam("modified_since", "2000-01-01T00:00:00+01:00").get("/oparl/v1.1/body/blankenheim/meetings")
                .then().statusCode(200).body("data.size()", org.hamcrest.Matchers.greaterThan(0));
        given().get("/oparl/v1.1/body/blankenheim/meetings?modified_since=gestern").then().statusCode(400)
                .body("field", org.hamcrest.Matchers.equalTo("modified_since"));
    }

    @Test
    void votes_travel_as_an_extension_and_non_public_items_and_roll_calls_need_a_sign_in() {
        String anonymous = given().get("/oparl/v1.1/body/blankenheim/agenda-items?limit=100").then().statusCode(200)
                .extract().asString();
        assertThat(anonymous).doesNotContain(secretTitle).contains("souveraen:votes").doesNotContain("rollCall");
        String signedIn = given().auth().oauth2(TestTokens.council())
                .get("/oparl/v1.1/body/blankenheim/agenda-items?limit=100").then().statusCode(200).extract()
                .asString();
        assertThat(signedIn).contains(secretTitle).contains("rollCall");
        String roleLess = given().auth().oauth2(ROLE_LESS).get("/oparl/v1.1/body/blankenheim/agenda-items?limit=100")
                .then().statusCode(200).extract().asString();
        assertThat(roleLess).as("signed in without a role is not authorised").doesNotContain(secretTitle)
                .doesNotContain("rollCall");
        JsonPath list = JsonPath.from(anonymous);
        Map<String, Object> stub = list.<Map<String, Object>>getList("data").stream()
                .filter(o -> ((String) o.get("id")).endsWith("/agenda-item/" + removedItem)).findFirst().orElseThrow();
        assertThat(stub).containsEntry("deleted", true).containsKeys("created", "modified").doesNotContainKey("name");
    }

    @Test
    void non_public_meetings_are_listed_only_to_readers_with_a_role() {
        String anonymous = given().get("/oparl/v1.1/body/blankenheim/meetings?limit=100").then().statusCode(200)
                .extract().asString();
        String roleLess = given().auth().oauth2(ROLE_LESS).get("/oparl/v1.1/body/blankenheim/meetings?limit=100")
                .then().statusCode(200).extract().asString();
        String council = given().auth().oauth2(TestTokens.council()).get("/oparl/v1.1/body/blankenheim/meetings?limit=100")
                .then().statusCode(200).extract().asString();
        assertThat(anonymous).contains("OParl-Sitzung").doesNotContain(closedMeetingTitle);
        assertThat(roleLess).contains("OParl-Sitzung").doesNotContain(closedMeetingTitle);
        assertThat(council).contains(closedMeetingTitle);
    }

    @Test
    void the_catalogue_is_kept_between_changes_and_a_change_shows_at_once() {
        String before = given().get("/oparl/v1.1/body/blankenheim/meetings?limit=100").then().statusCode(200).extract()
                .asString();
        assertThat(given().get("/oparl/v1.1/body/blankenheim/meetings?limit=100").then().statusCode(200).extract()
                .asString()).as("nothing changed: the same answer").isEqualTo(before);
        String title = "Nachträgliche Sitzung " + System.nanoTime();
        post("/api/meetings", "{\"title\":\"" + title + "\",\"start\":\"2026-10-02T18:00:00+02:00\","
                + "\"end\":\"2026-10-02T20:00:00+02:00\",\"place\":\"Rathaus\",\"publicMeeting\":true}");
        assertThat(before).doesNotContain(title);
        assertThat(given().get("/oparl/v1.1/body/blankenheim/meetings?limit=100").then().statusCode(200).extract()
                .asString()).contains(title);
    }

    private static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

    @Test
    void every_oparl_response_allows_any_origin_errors_included() {
        String meeting = given().get("/oparl/v1.1/body/blankenheim/meetings").then().statusCode(200)
                .header(ALLOW_ORIGIN, "*").extract().path("data[0].id");
        given().get(meeting).then().statusCode(200).header(ALLOW_ORIGIN, "*");
        given().get("/oparl/v1.1/system").then().statusCode(200).header(ALLOW_ORIGIN, "*");
        given().get("/oparl/v1.1/body/blankenheim/meetings?limit=0").then().statusCode(400)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json")).header(ALLOW_ORIGIN, "*");
        given().get("/oparl/v1.1/meeting/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .header(ALLOW_ORIGIN, "*");
        given().get("/oparl/v1.1/no-such-list").then().statusCode(404).header(ALLOW_ORIGIN, "*");
        // only OParl is open to every origin
        given().auth().oauth2(AG).get("/api/meetings").then().statusCode(200)
                .header(ALLOW_ORIGIN, org.hamcrest.Matchers.nullValue());
    }

    /** ISO 8601 date-time with seconds and an offset ({@code Z} for UTC), as OParl 1.1 requires. */
    private static final String DATE_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})";

    @Test
    void date_times_keep_their_seconds_even_when_they_are_zero() {
        JsonPath meetings = given().get("/oparl/v1.1/body/blankenheim/meetings?limit=100").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> meeting = meetings.<Map<String, Object>>getList("data").stream()
                .filter(m -> "OParl-Sitzung".equals(m.get("name"))).findFirst().orElseThrow();
        for (String field : List.of("start", "end", "created", "modified")) {
            assertThat((String) meeting.get(field)).as(field).matches(DATE_TIME);
        }
        assertThat(OffsetDateTime.parse((String) meeting.get("start")).toInstant())
                .isEqualTo(java.time.Instant.parse("2026-09-01T16:00:00Z"));
    }
}
