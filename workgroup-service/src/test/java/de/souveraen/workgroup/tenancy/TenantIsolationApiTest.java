package de.souveraen.workgroup.tenancy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two municipalities side by side: a user of Nettersheim neither reads nor changes Blankenheim's members,
 * meetings, proposals or trainings (404, as for an id that does not exist), and every list holds its own
 * municipality's rows only.
 */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
class TenantIsolationApiTest {
    static final String NETTERSHEIM_AG = TestTokens.ofMunicipality("nettersheim", "ag-nettersheim", "Nora Nett",
            "workgroup");
    static final String NETTERSHEIM_RAT = TestTokens.ofMunicipality("nettersheim", "rat-nettersheim", "Rolf Rat",
            "council");

    static MunicipalityData blankenheim;
    static MunicipalityData nettersheim;

    @BeforeEach
    void twoMunicipalities() {
        if (blankenheim == null) {
            blankenheim = MunicipalityData.write(TestTokens.workgroup(), "Blankenheim");
            nettersheim = MunicipalityData.write(NETTERSHEIM_AG, "Nettersheim");
        }
    }

    private static String etag(String token, String path) {
        return given().auth().oauth2(token).get(path).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void a_foreign_id_is_not_found_for_reads_and_commands_and_nothing_changes() {
        MunicipalityData b = blankenheim;
        Map<String, String> before = Map.of(
                "/api/members/" + b.member(), etag(b.token(), "/api/members/" + b.member()),
                "/api/meetings/" + b.meeting(), etag(b.token(), "/api/meetings/" + b.meeting()),
                "/api/proposals/" + b.proposal(), etag(b.token(), "/api/proposals/" + b.proposal()),
                "/api/trainings/" + b.training(), etag(b.token(), "/api/trainings/" + b.training()));
        for (String token : List.of(NETTERSHEIM_AG, NETTERSHEIM_RAT)) {
            for (String path : before.keySet()) {
                given().auth().oauth2(token).get(path).then().statusCode(404)
                        .contentType("application/problem+json");
            }
        }
        List<Response> commands = List.of(
                send("POST", "/api/members/" + b.member() + "/leave", "{\"to\":\"2026-12-31\",\"reason\":\"x\"}"),
                send("POST", "/api/members/" + b.member() + "/role", "{\"role\":\"CHAIR\",\"votingRight\":true}"),
                send("POST", "/api/members/" + b.member() + "/affiliation",
                        "{\"affiliation\":{\"type\":\"FACTION\",\"faction\":\"X\"}}"),
                send("PUT", "/api/members/" + b.member() + "/person",
                        "{\"givenName\":\"X\",\"familyName\":\"Y\",\"email\":\"x@example.org\"}"),
                send("POST", "/api/meetings/" + b.meeting() + "/rescheduling", "{\"start\":\"2026-09-05T18:00:00+02:00\","
                        + "\"end\":\"2026-09-05T20:00:00+02:00\",\"place\":\"Burg\"}"),
                send("PUT", "/api/meetings/" + b.meeting() + "/agenda-order", "{\"agendaItemIds\":[\"" + b.item()
                        + "\",\"" + b.secretItem() + "\"]}"),
                send("POST", "/api/meetings/" + b.meeting() + "/invitations", "{}"),
                send("POST", "/api/meetings/" + b.meeting() + "/held", "{}"),
                send("POST", "/api/meetings/" + b.meeting() + "/minutes-approval", "{}"),
                send("POST", "/api/meetings/" + b.meeting() + "/cancellation", "{\"reason\":\"x\"}"),
                send("POST", "/api/meetings/" + b.meeting() + "/agenda-items", "{\"title\":\"x\",\"publicItem\":true}"),
                send("DELETE", "/api/meetings/" + b.meeting() + "/agenda-items/" + b.item(), null),
                send("POST", "/api/meetings/" + b.meeting() + "/attendance", "{\"entries\":[{\"memberId\":\""
                        + b.member() + "\",\"status\":\"PRESENT\"}]}"),
                send("POST", "/api/meetings/" + b.meeting() + "/quorum-lack", "{}"),
                send("POST", "/api/meetings/" + b.meeting() + "/agenda-items/" + b.item() + "/vote",
                        "{\"subject\":\"x\",\"ballot\":{\"method\":\"TOTALS\",\"totals\":{\"yes\":1,\"no\":0,"
                                + "\"abstain\":0}}}"),
                send("POST", "/api/meetings/" + b.meeting() + "/agenda-items/" + b.item() + "/decision",
                        "{\"outcome\":\"DEFERRED\",\"resolution\":\"x\"}"),
                send("POST", "/api/meetings/" + b.meeting() + "/action-items", "{\"title\":\"x\",\"owner\":\"IT\","
                        + "\"dueDate\":\"2026-11-30\"}"),
                send("PUT", "/api/proposals/" + b.proposal(), "{\"title\":\"x\",\"text\":\"y\",\"dependencyIds\":[]}"),
                send("POST", "/api/proposals/" + b.proposal() + "/withdrawal", "{\"reason\":\"x\"}"),
                send("PUT", "/api/trainings/" + b.training(), "{\"title\":\"x\",\"date\":\"2026-06-15\","
                        + "\"format\":\"WORKSHOP\",\"audience\":[\"ADMINISTRATION\"],\"hours\":4.0,\"topics\":[],"
                        + "\"provider\":\"VHS\"}"),
                send("POST", "/api/trainings/" + b.training() + "/cancellation", "{\"reason\":\"x\"}"),
                send("POST", "/api/trainings/" + b.training() + "/held", "{\"date\":\"2026-06-15\","
                        + "\"participants\":3,\"hours\":4.0}"),
                send("POST", "/api/trainings/" + b.training() + "/feedback", "{\"scores\":[5]}"),
                send("POST", "/api/trainings/" + b.training() + "/outcomes", "{\"outcomes\":[\"x\"]}"));
        for (Response answer : commands) {
            assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        before.forEach((path, etag) -> assertThat(etag(b.token(), path)).as(path).isEqualTo(etag));
    }

    @Test
    void an_agenda_item_names_only_a_proposal_of_its_own_municipality() {
        String unknown = java.util.UUID.randomUUID().toString();
        for (String proposal : List.of(blankenheim.proposal(), unknown)) {
            Response refused = send("POST", "/api/meetings/" + nettersheim.meeting() + "/agenda-items",
                    "{\"title\":\"Fremde Vorlage\",\"publicItem\":true,\"proposalId\":\"" + proposal + "\"}");
            assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(422);
            assertThat(refused.jsonPath().getString("field")).isEqualTo("proposalId");
            assertThat(refused.jsonPath().getString("code")).isEqualTo("unknown-proposal");
            assertThat(refused.jsonPath().getString("texts.de")).isEqualTo(
                    "Diese Vorlage ist in Ihrer Gemeinde nicht erfasst.");
        }
        String own = MunicipalityData.post(NETTERSHEIM_AG, "/api/proposals", "{\"reference\":\"V-eigen\","
                + "\"title\":\"Eigene Vorlage\",\"text\":\"t\",\"submitter\":\"Verwaltung\",\"dependencyIds\":[],"
                + "\"submittedOn\":\"2026-08-02\"}");
        send("POST", "/api/meetings/" + nettersheim.meeting() + "/agenda-items", "{\"title\":\"Eigene Vorlage\","
                + "\"publicItem\":true,\"proposalId\":\"" + own + "\"}").then().statusCode(201);
    }

    /** A Nettersheim workgroup member's command ({@code If-Match: *} on the replacing PUTs). */
    private static Response send(String method, String path, String json) {
        var request = given().auth().oauth2(NETTERSHEIM_AG).header("If-Match", "*");
        if (json != null) {
            request = request.contentType(ContentType.JSON).body(json);
        }
        return request.request(method, path);
    }

    @Test
    void every_list_holds_its_own_municipalitys_rows_only() {
        for (String list : List.of("/api/members", "/api/meetings", "/api/proposals", "/api/trainings")) {
            String ofNettersheim = given().auth().oauth2(NETTERSHEIM_RAT).get(list).then().statusCode(200).extract()
                    .asString();
            String ofBlankenheim = given().auth().oauth2(TestTokens.council()).get(list).then().statusCode(200)
                    .extract().asString();
            for (String trace : blankenheim.traces()) {
                assertThat(ofNettersheim).as(list).doesNotContain(trace);
            }
            for (String trace : nettersheim.traces()) {
                assertThat(ofBlankenheim).as(list).doesNotContain(trace);
            }
        }
        for (String list : List.of("organizations", "people", "memberships", "meetings", "agenda-items", "papers",
                "consultations")) {
            String path = "/nettersheim/oparl/v1.1/body/nettersheim/" + list + "?limit=100";
            for (String oparl : List.of(given().get(path).then().statusCode(200).extract().asString(),
                    given().auth().oauth2(TestTokens.council()).get(path).then().statusCode(200).extract().asString(),
                    given().auth().oauth2(NETTERSHEIM_RAT).get(path).then().statusCode(200).extract().asString())) {
                for (String trace : blankenheim.traces()) {
                    assertThat(oparl).as(list).doesNotContain(trace);
                }
            }
        }
        assertThat(given().get("/nettersheim/oparl/v1.1/body/nettersheim/meetings").then().extract()
                .<List<String>>path("data.id")).singleElement().asString().endsWith("/meeting/" + nettersheim.meeting());
        assertThat(given().auth().oauth2(NETTERSHEIM_RAT).get("/api/members").then().extract()
                .<String>path("[0].memberId")).isEqualTo(nettersheim.member());
        assertThat(given().auth().oauth2(NETTERSHEIM_RAT).get("/api/meetings").then().extract()
                .<List<String>>path("meetingId")).containsExactly(nettersheim.meeting(), nettersheim.closedMeeting());
        assertThat(given().auth().oauth2(NETTERSHEIM_RAT).get("/api/proposals").then().extract()
                .<List<String>>path("proposalId")).containsExactly(nettersheim.proposal());
        assertThat(given().auth().oauth2(NETTERSHEIM_RAT).get("/api/trainings").then().extract()
                .<List<String>>path("trainingId")).containsExactly(nettersheim.training());
    }
}
