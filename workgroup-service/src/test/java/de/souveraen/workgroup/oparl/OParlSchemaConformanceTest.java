package de.souveraen.workgroup.oparl;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import de.souveraen.testing.oparl.OParlWalk;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * OParl 1.1 conformance: a municipality of its own, filled through the API with a realistic working group (members of
 * three factions and the administration, a leaving member and a change of faction, proposals, a held meeting with
 * attendance, vote, decision and approved minutes, an invited one, a non-public one, a rescheduled and a cancelled
 * one, a removed agenda item), is walked from its System through the Body to every list, every page, every object,
 * every embedded object and every URL below its root, and each object is checked against its type in the project's description of OParl 1.1
 * ({@link de.souveraen.testing.oparl.OParlModel}): 0 findings, for an anonymous reader and for a council member of the
 * municipality (who also sees the non-public parts). The published quarterly report (from the reporting topic) is among
 * the Papers. Files' access and download URLs answer, the download as
 * attachment.
 */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
public class OParlSchemaConformanceTest {
    static final String TENANT = "oparl-schema";
    static final String AG = TestTokens.ofMunicipality(TENANT, "ag-schema", "AG Schema", "workgroup");
    static final String RAT = TestTokens.ofMunicipality(TENANT, "rat-schema", "Rat Schema", "council");
    static final String ROOT_PATH = "/" + TENANT + "/oparl/v1.1";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    static boolean written;

    static String post(String path, String json) {
        return given().auth().oauth2(AG).contentType(ContentType.JSON).body(json).post(path).then().statusCode(201)
                .extract().path("id");
    }

    static void change(String path, String json) {
        given().auth().oauth2(AG).contentType(ContentType.JSON).body(json).post(path).then().statusCode(200);
    }

    static String member(String given, String family, String affiliation, String role, boolean voting) {
        String aff = affiliation == null ? "{\"type\":\"ADMINISTRATION\"}"
                : "{\"type\":\"FACTION\",\"faction\":\"" + affiliation + "\"}";
        return post("/api/members", "{\"person\":{\"givenName\":\"" + given + "\",\"familyName\":\"" + family
                + "\",\"email\":\"" + given.toLowerCase() + "@example.org\"},\"affiliation\":" + aff + ",\"role\":\""
                + role + "\",\"votingRight\":" + voting + ",\"from\":\"2026-02-01\"}");
    }

    /** Once per class, in a @BeforeEach: RestAssured knows the test port only then. */
    @BeforeEach
    void aWorkingGroup() {
        if (written) {
            return;
        }
        written = true;
        String anna = member("Anna", "Adler", "CDU", "CHAIR", true);
        String bernd = member("Bernd", "Brandt", "SPD", "DEPUTY", true);
        String carla = member("Carla", "Claus", "Bündnis 90/Die Grünen", "MEMBER", true);
        String dirk = member("Dirk", "Dahm", "FDP", "MEMBER", true);
        String eva = member("Eva", "Esser", null, "ADVISORY", false);
        change("/api/members/" + dirk + "/affiliation", "{\"affiliation\":{\"type\":\"FACTION\",\"faction\":"
                + "\"Unabhängige Wählergemeinschaft\"},\"effectiveFrom\":\"2026-05-01\"}");
        change("/api/members/" + dirk + "/leave", "{\"to\":\"2026-11-30\",\"reason\":\"Mandat niedergelegt\"}");
        String pilot = post("/api/proposals", "{\"reference\":\"V-2026/07\",\"title\":\"Pilot openDesk\",\"text\":"
                + "\"Die AG empfiehlt einen Pilotbetrieb.\",\"submitter\":\"Verwaltung\",\"dependencyIds\":[],"
                + "\"submittedOn\":\"2026-03-01\"}");
        String odf = post("/api/proposals", "{\"reference\":\"V-2026/09\",\"title\":\"ODF als Standardformat\","
                + "\"text\":\"Dokumente im Open Document Format.\",\"submitter\":\"AG\",\"dependencyIds\":[],"
                + "\"submittedOn\":\"2026-04-01\"}");

        // held, voted, decided, minutes written and approved
        String held = post("/api/meetings", "{\"title\":\"2. Sitzung der AG\",\"start\":\"2026-03-18T16:00:00+01:00\","
                + "\"end\":\"2026-03-18T18:00:00+01:00\",\"place\":\"Rathaus Blankenheim, Sitzungssaal\","
                + "\"publicMeeting\":true}");
        String item = post("/api/meetings/" + held + "/agenda-items", "{\"title\":\"Pilot openDesk\","
                + "\"publicItem\":true,\"proposalId\":\"" + pilot + "\"}");
        post("/api/meetings/" + held + "/agenda-items", "{\"title\":\"Vertragsangelegenheiten\",\"publicItem\":false}");
        String removed = post("/api/meetings/" + held + "/agenda-items", "{\"title\":\"Entfällt\",\"publicItem\":true}");
        given().auth().oauth2(AG).delete("/api/meetings/" + held + "/agenda-items/" + removed).then().statusCode(204);
        change("/api/meetings/" + held + "/invitations", "{}");
        change("/api/meetings/" + held + "/held", "{}");
        StringBuilder entries = new StringBuilder();
        for (String m : List.of(anna, bernd, carla, dirk, eva)) {
            entries.append(entries.length() == 0 ? "" : ",").append("{\"memberId\":\"").append(m)
                    .append("\",\"status\":\"").append(m.equals(dirk) ? "EXCUSED" : "PRESENT").append("\"}");
        }
        change("/api/meetings/" + held + "/attendance", "{\"entries\":[" + entries + "]}");
        String vote = post("/api/meetings/" + held + "/agenda-items/" + item + "/vote", "{\"subject\":\"Empfehlung\","
                + "\"ballot\":{\"method\":\"ROLL_CALL\",\"members\":[{\"memberId\":\"" + anna + "\",\"choice\":\"YES\"},"
                + "{\"memberId\":\"" + bernd + "\",\"choice\":\"YES\"},{\"memberId\":\"" + carla
                + "\",\"choice\":\"ABSTAIN\"}]}}");
        change("/api/meetings/" + held + "/agenda-items/" + item + "/decision", "{\"outcome\":\"ADOPTED\","
                + "\"resolution\":\"Die AG empfiehlt dem Rat den Pilotbetrieb.\",\"voteId\":\"" + vote + "\","
                + "\"recommendation\":{\"text\":\"Pilotbetrieb openDesk 2027\",\"councilSessionDate\":\"2026-12-10\"}}");
        given().auth().oauth2(AG).contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"text\":\"Die AG berät den Pilotbetrieb und empfiehlt ihn dem Rat.\"}")
                .put("/api/meetings/" + held + "/minutes").then().statusCode(200);
        change("/api/meetings/" + held + "/minutes-approval", "{}");

        // invited, with the second proposal
        String invited = post("/api/meetings", "{\"title\":\"3. Sitzung der AG\",\"start\":\"2026-09-23T17:30:00+02:00\","
                + "\"end\":\"2026-09-23T19:00:00+02:00\",\"place\":\"Rathaus Blankenheim, Sitzungssaal\","
                + "\"publicMeeting\":true}");
        post("/api/meetings/" + invited + "/agenda-items", "{\"title\":\"ODF als Standardformat\",\"publicItem\":true,"
                + "\"proposalId\":\"" + odf + "\"}");
        change("/api/meetings/" + invited + "/invitations", "{}");
        // non-public, scheduled
        post("/api/meetings", "{\"title\":\"Klausur der AG\",\"start\":\"2026-10-08T09:00:00+02:00\","
                + "\"end\":\"2026-10-08T16:00:00+02:00\",\"place\":\"Burg Blankenheim\",\"publicMeeting\":false}");
        // rescheduled to another place, then cancelled
        String cancelled = post("/api/meetings", "{\"title\":\"4. Sitzung der AG\",\"start\":"
                + "\"2026-11-12T18:00:00+01:00\",\"end\":\"2026-11-12T20:00:00+01:00\",\"place\":\"Rathaus\","
                + "\"publicMeeting\":true}");
        change("/api/meetings/" + cancelled + "/rescheduling", "{\"start\":\"2026-11-19T18:00:00+01:00\","
                + "\"end\":\"2026-11-19T20:00:00+01:00\",\"place\":\"Bürgerhaus Blankenheimerdorf\"}");
        change("/api/meetings/" + cancelled + "/cancellation", "{\"reason\":\"Keine Beratungsgegenstände\"}");
        // the quarterly report the reporting service published, through the reporting topic
        ReportEvents.send(ReportEvents.record(TENANT, ReportEvents.report(TENANT, "2026-Q3", "MV/2026/017")));
        ReportPaperApiTest.awaitPaper(TENANT, "MV/2026/017");
    }

    @Test
    void every_object_of_the_anonymous_feed_follows_the_oparl_1_1_schemas() {
        OParlWalk.Result walk = walk(null);
        assertThat(walk.findings()).as("findings").isEmpty();
        assertThat(walk.types().keySet()).as("object types seen").contains("System", "Body", "LegislativeTerm",
                "Organization", "Person", "Membership", "Meeting", "AgendaItem", "Paper", "Consultation", "File",
                "Location");
        assertThat(walk.objects()).isGreaterThan(30);
        assertThat(walk.texts()).as("the published report").anyMatch(t -> t.contains("Mitteilungsvorlage"));
        assertThat(walk.texts()).as("no non-public title for anonymous readers")
                .noneMatch(t -> t.contains("Vertragsangelegenheiten") || t.contains("Klausur der AG"));
    }

    @Test
    void every_object_of_the_council_members_feed_follows_the_oparl_1_1_schemas() {
        OParlWalk.Result walk = walk(RAT);
        assertThat(walk.findings()).as("findings").isEmpty();
        assertThat(walk.texts()).anyMatch(t -> t.contains("Vertragsangelegenheiten"));
        assertThat(walk.texts()).anyMatch(t -> t.contains("Klausur der AG"));
    }

    @Test
    void factions_locations_terms_and_the_meeting_documents_are_oparl_objects() {
        JsonNode body = get(null, ROOT_PATH + "/body/" + TENANT);
        assertThat(body.get("legislativeTerm").get(0).get("startDate").asText()).isEqualTo("2025-11-01");
        JsonNode organizations = get(null, body.get("organization").asText()).get("data");
        List<String> factions = new ArrayList<>();
        organizations.forEach(o -> {
            if ("Fraktion".equals(o.path("organizationType").asText())) {
                factions.add(o.get("name").asText());
            }
        });
        assertThat(factions).containsExactlyInAnyOrder("Bündnis 90/Die Grünen", "CDU", "FDP", "SPD",
                "Unabhängige Wählergemeinschaft");
        JsonNode memberships = get(null, body.get("membership").asText() + "?limit=100").get("data");
        long onBehalf = 0;
        for (JsonNode m : memberships) {
            if (m.has("onBehalfOf")) {
                onBehalf++;
                assertThat(get(null, m.get("onBehalfOf").asText()).get("organizationType").asText())
                        .isEqualTo("Fraktion");
            }
        }
        assertThat(onBehalf).as("one per faction period: CDU, SPD, Grüne, FDP, UWG").isEqualTo(5);
        JsonNode meetings = get(null, body.get("meeting").asText() + "?limit=100").get("data");
        Map<String, JsonNode> byName = new TreeMap<>();
        meetings.forEach(m -> byName.put(m.get("name").asText(), m));
        JsonNode held = byName.get("2. Sitzung der AG");
        assertThat(held.get("meetingState").asText()).isEqualTo("durchgeführt");
        assertThat(byName.get("3. Sitzung der AG").get("meetingState").asText()).isEqualTo("eingeladen");
        assertThat(byName.get("4. Sitzung der AG").get("cancelled").asBoolean()).isTrue();
        assertThat(byName.get("4. Sitzung der AG").get("location").get("description").asText())
                .isEqualTo("Bürgerhaus Blankenheimerdorf");
        assertThat(held.get("location").get("id").asText()).isEqualTo(byName.get("3. Sitzung der AG")
                .get("location").get("id").asText()).as("one Location per place");
        String minutes = held.get("resultsProtocol").get("accessUrl").asText();
        Response access = given().get(minutes);
        assertThat(access.statusCode()).isEqualTo(200);
        assertThat(access.contentType()).startsWith("text/plain");
        assertThat(access.header("Content-Disposition")).doesNotContain("attachment");
        assertThat(access.asString()).contains("Niederschrift", "Pilot openDesk", "beschlossen",
                "Die AG berät den Pilotbetrieb").doesNotContain("Vertragsangelegenheiten");
        Response download = given().get(held.get("resultsProtocol").get("downloadUrl").asText());
        assertThat(download.header("Content-Disposition")).startsWith("attachment; filename=\"niederschrift-2026-03-18");
        assertThat(given().auth().oauth2(RAT).get(minutes).asString()).contains("Vertragsangelegenheiten");
        String invitation = held.get("invitation").get("accessUrl").asText();
        assertThat(given().get(invitation).asString()).contains("Einladung", "18.03.2026", "Tagesordnung",
                "1. Pilot openDesk");
        JsonNode paper = get(null, body.get("paper").asText() + "?limit=100").get("data").get(0);
        assertThat(paper.get("consultation").get(0).get("type").asText()).endsWith("/Consultation");
    }

    static JsonNode get(String token, String url) {
        RequestSpecification request = token == null ? given() : given().auth().oauth2(token);
        Response answer = request.get(url);
        assertThat(answer.statusCode()).as(url).isEqualTo(200);
        try {
            return MAPPER.readTree(answer.asString());
        } catch (java.io.IOException e) {
            throw new AssertionError(url + ": no JSON", e);
        }
    }

    /** From the System to everything below the municipality's root, as one reader ({@link OParlWalk}). */
    static OParlWalk.Result walk(String token) {
        String system = given().get(ROOT_PATH + "/system").then().statusCode(200).extract().path("id").toString();
        OParlWalk.Result result = OParlWalk.walk(system, url -> {
            Response answer = (token == null ? given() : given().auth().oauth2(token)).get(url);
            return new OParlWalk.Answer(answer.statusCode(), answer::header, answer.asString());
        });
        System.out.println("OParl walk (" + (token == null ? "anonymous" : "council member") + "): " + result);
        return result;
    }
}
