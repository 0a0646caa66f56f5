package de.souveraen.inventory.api;

import static de.souveraen.inventory.api.InventoryApiTest.dependency;
import static de.souveraen.inventory.api.InventoryApiTest.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 over HTTP: the ultimate parent company and the effective jurisdiction, relations both ways and the
 * impact of a change (a chain and a cycle), the economics of an alternative.
 */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
class InventoryRelationsAndEconomicsApiTest {
    private static final String ADMIN = TestTokens.administration();

    private static String withParent(String json, String parentCompany, String parentCountry) {
        return json.substring(0, json.length() - 1) + ",\"parentCompany\":" + quoted(parentCompany)
                + ",\"parentCountry\":" + quoted(parentCountry) + "}";
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    private static void relate(String from, String relation, String to) {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"relation\":\"" + relation + "\",\"targetId\":\"" + to + "\"}")
                .post("/api/dependencies/" + from + "/relations").then().statusCode(200);
    }

    @Test
    void an_irish_subsidiary_of_a_us_group_is_us_exposure_with_the_vendors_own_flags_kept() {
        String id = register(withParent(dependency("Parent Cloud A", "Microsoft Ireland Operations Ltd", "IE"),
                "Microsoft Corporation", "us"));
        given().auth().oauth2(TestTokens.council()).get("/api/dependencies/" + id).then().statusCode(200)
                .body("parentCompany", equalTo("Microsoft Corporation")).body("parentCountry", equalTo("US"))
                .body("jurisdiction.country", equalTo("US"))
                .body("jurisdiction.extraterritorialAccessLaw", equalTo(true))
                .body("vendorJurisdiction.country", equalTo("IE")).body("vendorJurisdiction.eu", equalTo(true));
        given().auth().oauth2(ADMIN).get("/api/dependencies/" + id + "/history").then().statusCode(200)
                .body("[0].type", equalTo("inventory.DependencyRegistered.v2"));
    }

    @Test
    void a_parent_without_its_country_and_a_country_without_its_parent_are_refused_with_the_field() {
        String[][] cases = {
                {withParent(dependency("Parent Bad A", "V Ltd", "IE"), null, "US"), "parentCompany"},
                {withParent(dependency("Parent Bad B", "V Ltd", "IE"), "V Inc.", null), "parentCountry"},
                {withParent(dependency("Parent Bad C", "V Ltd", "IE"), "V Inc.", "XX"), "parentCountry"}};
        for (String[] c : cases) {
            Response response = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(c[0])
                    .post("/api/dependencies");
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(422);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.jsonPath().getString("field")).as(response.asString()).isEqualTo(c[1]);
        }
    }

    @Test
    void used_by_and_the_impact_of_a_change_follow_a_chain_and_stop_in_a_cycle() {
        String server = register(dependency("Impact Server", "Rechenzentrum GmbH", "DE"));
        String database = register(dependency("Impact Datenbank", "DB AG", "DE"));
        String app = register(dependency("Impact Fachverfahren", "Fach GmbH", "DE"));
        relate(database, "RUNS_ON", server);
        relate(app, "RUNS_ON", database);

        given().auth().oauth2(TestTokens.workgroup()).get("/api/dependencies/" + database + "/relations").then()
                .statusCode(200).body("uses.name", contains("Impact Server"))
                .body("uses.relationLabel", contains("Läuft auf"))
                .body("usedBy.name", contains("Impact Fachverfahren")).body("usedBy.relationLabel", contains("Trägt"));
        JsonPath chain = given().auth().oauth2(TestTokens.council()).get("/api/dependencies/" + server + "/impact")
                .then().statusCode(200).extract().jsonPath();
        assertThat(chain.getList("touched.name")).containsExactly("Impact Datenbank", "Impact Fachverfahren");
        assertThat(chain.getList("touched.depth")).containsExactly(1, 2);
        assertThat(chain.getInt("users")).isEqualTo(360);
        assertThat(chain.getDouble("annualCost")).isEqualTo(43200.00);

        relate(server, "NEEDS", app); // now a cycle: server → app → database → server
        JsonPath cycle = given().auth().oauth2(ADMIN).get("/api/dependencies/" + server + "/impact").then()
                .statusCode(200).extract().jsonPath();
        assertThat(cycle.getList("touched.name")).containsExactly("Impact Datenbank", "Impact Fachverfahren");
        assertThat(cycle.getInt("maxDepth")).isEqualTo(2);

        given().auth().oauth2(ADMIN).get("/api/dependencies/" + UUID.randomUUID() + "/impact").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/dependencies/" + server + "/relations").then().statusCode(401);
    }

    @Test
    void an_alternative_is_costed_and_shown_as_economically_viable_or_not() {
        String id = register(dependency("Costing Suite", "Vendor Inc.", "US")); // 21.600 € a year
        String alternative = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"name\":\"LibreOffice\"}").post("/api/dependencies/" + id + "/alternatives").then()
                .statusCode(201).extract().path("id");
        String path = "/api/dependencies/" + id + "/alternatives/" + alternative + "/costing";
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"migrationCost\":15000.00,\"annualCost\":4800.00,\"trainingDays\":12.5,"
                        + "\"trainingCost\":5000.00,\"note\":\"Angebot KDN\",\"costedOn\":\"2026-05-12\"}")
                .post(path).then().statusCode(200);
        // 21.600 × 3 − (15.000 + 4.800 × 3 + 5.000) = 64.800 − 34.400 = 30.400
        given().auth().oauth2(TestTokens.council()).get("/api/dependencies/" + id).then().statusCode(200)
                .body("alternatives[0].viable", equalTo(true))
                .body("alternatives[0].costing.years", equalTo(3))
                .body("alternatives[0].costing.savings", equalTo(30400.00f))
                .body("alternatives[0].costing.trainingDays", equalTo(12.5f));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"migrationCost\":90000.00,\"annualCost\":4800.00,\"trainingCost\":5000.00}")
                .post(path).then().statusCode(200);
        given().auth().oauth2(ADMIN).get("/api/dependencies/" + id).then()
                .body("alternatives[0].viable", equalTo(false))
                .body("alternatives[0].costing.savings", equalTo(-44600.00f));

        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"migrationCost\":-1,\"annualCost\":0,\"trainingCost\":0}").post(path).then()
                .statusCode(422).contentType("application/problem+json").body("field", equalTo("migrationCost"));
        given().auth().oauth2(TestTokens.council()).contentType(ContentType.JSON)
                .body("{\"migrationCost\":1,\"annualCost\":0,\"trainingCost\":0}").post(path).then().statusCode(403);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"migrationCost\":1,\"annualCost\":0,\"trainingCost\":0}")
                .post("/api/dependencies/" + id + "/alternatives/" + UUID.randomUUID() + "/costing").then()
                .statusCode(404);
    }
}
