package de.souveraen.workgroup.tenancy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import de.souveraen.workgroup.oparl.OParlApiTest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each municipality's public URLs ({@code /{tenant}/oparl/v1.1/…}, {@code /{tenant}/api/meetings.ics}): its own
 * objects only, valid OParl, named after the municipality; the default municipality keeps the URLs without a
 * municipality. What a signed-in reader sees of another municipality is its public data only.
 */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
class MunicipalOParlApiTest {
    static final String KALL_AG = TestTokens.ofMunicipality("kall", "ag-kall", "Karl Kall", "workgroup");
    static final String KALL_RAT = TestTokens.ofMunicipality("kall", "rat-kall", "Klara Kall", "council");
    static final List<String> LISTS = List.of("organizations", "people", "memberships", "meetings", "agenda-items",
            "papers", "consultations");

    static MunicipalityData blankenheim;
    static MunicipalityData kall;

    @BeforeEach
    void twoMunicipalities() {
        if (blankenheim == null) {
            blankenheim = MunicipalityData.write(TestTokens.workgroup(), "Blankenheim");
            kall = MunicipalityData.write(KALL_AG, "Kall");
        }
    }

    /** Every object of every list of a body, all pages, as {@code token} (null: anonymous) reads them. */
    private static String everything(String root, String body, String token) {
        StringBuilder all = new StringBuilder();
        for (String list : LISTS) {
            String next = root + "/body/" + body + "/" + list + "?limit=5";
            while (next != null) {
                var request = token == null ? given() : given().auth().oauth2(token);
                JsonPath page = request.get(next).then().statusCode(200).extract().jsonPath();
                for (Map<String, Object> object : page.<Map<String, Object>>getList("data")) {
                    OParlApiTest.assertObject(object);
                }
                all.append(page.prettify());
                next = page.getString("links.next");
            }
        }
        return all.toString();
    }

    @Test
    void a_municipalitys_oparl_system_lists_its_own_objects_only_and_they_follow_the_object_definitions() {
        JsonPath system = given().get("/kall/oparl/v1.1/system").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*").extract().jsonPath();
        OParlApiTest.assertObject(system.getMap(""));
        assertThat(system.getString("id")).endsWith("/kall/oparl/v1.1/system");
        JsonPath bodies = given().get(system.getString("body")).then().statusCode(200).extract().jsonPath();
        assertThat(bodies.getList("data")).hasSize(1);
        Map<String, Object> body = bodies.getMap("data[0]");
        OParlApiTest.assertObject(body);
        assertThat(body).containsEntry("name", "Gemeinde Kall").containsEntry("shortName", "Kall");
        assertThat((String) body.get("id")).endsWith("/kall/oparl/v1.1/body/kall");
        assertThat(given().get((String) body.get("id")).then().statusCode(200).extract().<String>path("name"))
                .isEqualTo("Gemeinde Kall");

        String anonymous = everything("/kall/oparl/v1.1", "kall", null);
        String ofBlankenheim = everything("/kall/oparl/v1.1", "kall", TestTokens.council());
        String ofKall = everything("/kall/oparl/v1.1", "kall", KALL_RAT);
        for (String answer : List.of(anonymous, ofBlankenheim, ofKall)) {
            for (String trace : blankenheim.traces()) {
                assertThat(answer).doesNotContain(trace);
            }
            assertThat(answer).contains(kall.meeting(), kall.member(), kall.proposal(), kall.item())
                    .doesNotContain("/oparl/v1.1/body/blankenheim").doesNotContain("Gemeinde Blankenheim");
        }
        // non-public things only for readers with a role of Kall itself
        for (String publicOnly : List.of(anonymous, ofBlankenheim)) {
            assertThat(publicOnly).doesNotContain(kall.closedMeeting()).doesNotContain("Geheim " + kall.tag());
        }
        assertThat(ofKall).contains(kall.closedMeeting()).contains("Geheim " + kall.tag());

        // the default municipality's tree neither lists nor finds Kall's objects
        String legacy = everything("/oparl/v1.1", "blankenheim", TestTokens.council());
        for (String trace : kall.traces()) {
            assertThat(legacy).doesNotContain(trace);
        }
        assertThat(legacy).contains(blankenheim.meeting()).contains("Geheim " + blankenheim.tag());
        String legacyForKall = everything("/oparl/v1.1", "blankenheim", KALL_RAT);
        assertThat(legacyForKall).as("a role of Kall is no role of Blankenheim").contains(blankenheim.meeting())
                .doesNotContain("Geheim " + blankenheim.tag()).doesNotContain(blankenheim.closedMeeting());
    }

    @Test
    void objects_are_found_in_their_municipality_only() {
        for (String kind : List.of("meeting/" + kall.meeting(), "person/" + kall.member(), "paper/" + kall.proposal(),
                "agenda-item/" + kall.item(), "consultation/" + kall.item(), "membership/" + kall.member() + "-1")) {
            JsonPath object = given().get("/kall/oparl/v1.1/" + kind).then().statusCode(200).extract().jsonPath();
            assertThat(object.getString("id")).endsWith("/kall/oparl/v1.1/" + kind);
            OParlApiTest.assertObject(object.getMap(""));
            given().get("/oparl/v1.1/" + kind).then().statusCode(404).header("Access-Control-Allow-Origin", "*");
            given().auth().oauth2(KALL_RAT).get("/oparl/v1.1/" + kind).then().statusCode(404);
            given().get("/nettersheim/oparl/v1.1/" + kind).then().statusCode(404);
        }
        given().get("/kall/oparl/v1.1/meeting/" + blankenheim.meeting()).then().statusCode(404);
        given().auth().oauth2(TestTokens.council()).get("/kall/oparl/v1.1/meeting/" + blankenheim.meeting()).then()
                .statusCode(404);
        given().get("/kall/oparl/v1.1/meeting/" + kall.closedMeeting()).then().statusCode(404);
        given().auth().oauth2(TestTokens.council()).get("/kall/oparl/v1.1/meeting/" + kall.closedMeeting()).then()
                .statusCode(404);
        given().auth().oauth2(KALL_RAT).get("/kall/oparl/v1.1/meeting/" + kall.closedMeeting()).then()
                .statusCode(200);
        given().get("/kall/oparl/v1.1/body/blankenheim").then().statusCode(404);
        given().get("/kall/oparl/v1.1/body/blankenheim/meetings").then().statusCode(404);
        given().get("/oparl/v1.1/body/kall").then().statusCode(404);
        given().get("/kall-/oparl/v1.1/system").then().statusCode(404);
    }

    @Test
    void each_municipality_has_its_own_meeting_calendar() {
        String ofKall = given().get("/kall/api/meetings.ics").then().statusCode(200).extract().asString()
                .replace("\r\n ", "");
        assertThat(ofKall).contains("Sitzung " + kall.tag()).doesNotContain("Nichtöffentlich " + kall.tag())
                .contains("@kall.souveraen").contains("Gemeinde Kall");
        for (String trace : blankenheim.traces()) {
            assertThat(ofKall).doesNotContain(trace);
        }
        String ofDefault = given().auth().oauth2(KALL_RAT).get("/api/meetings.ics").then().statusCode(200).extract()
                .asString().replace("\r\n ", "");
        assertThat(ofDefault).as("the URL without a municipality is the default one's, whoever asks")
                .contains("Sitzung " + blankenheim.tag()).doesNotContain(kall.tag());
    }
}
