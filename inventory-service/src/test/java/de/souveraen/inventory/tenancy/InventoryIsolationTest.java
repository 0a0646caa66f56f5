package de.souveraen.inventory.tenancy;

import static de.souveraen.inventory.tenancy.InventoryStateTablesTest.admin;
import static de.souveraen.inventory.tenancy.InventoryStateTablesTest.dependency;
import static de.souveraen.inventory.tenancy.InventoryStateTablesTest.opportunity;
import static de.souveraen.inventory.tenancy.InventoryStateTablesTest.post;
import static de.souveraen.inventory.tenancy.InventoryStateTablesTest.risk;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two municipalities on one inventory: Nettersheim's users neither see nor change nor detect Blankenheim's records
 * (404 for every foreign id, on reads and on every command), its lists and its CSV export hold its own rows only,
 * and the same name and vendor are two independent dependencies in the two municipalities.
 */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
class InventoryIsolationTest {
    private static final String BLANKENHEIM = admin("blankenheim");
    private static final String NETTERSHEIM = admin("nettersheim");
    private static final String NETTERSHEIM_COUNCIL = TestTokens.ofMunicipality("nettersheim", "test-rat-nettersheim",
            "Rat Nettersheim", "council");

    private String suffix;
    private String dependency;
    private String alternative;
    private String risk;
    private String opportunity;

    @BeforeEach
    void blankenheimRecordsItsInventory() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        dependency = post(BLANKENHEIM, "/api/dependencies",
                dependency("Fachverfahren " + suffix, "Anbieter " + suffix, "SPECIALISED_PROCEDURE", "SAAS"), 201);
        alternative = post(BLANKENHEIM, "/api/dependencies/" + dependency + "/alternatives",
                "{\"name\":\"Offene Lösung\",\"note\":\"Prüfen\"}", 201);
        risk = post(BLANKENHEIM, "/api/risks", risk("Risiko " + suffix, 3, 3), 201);
        opportunity = post(BLANKENHEIM, "/api/opportunities", opportunity("Chance " + suffix), 201);
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void every_read_and_command_on_a_foreign_id_is_not_found() {
        String d = "/api/dependencies/" + dependency;
        String scores = "{\"scores\":{\"SOV1\":1,\"SOV2\":1,\"SOV3\":1,\"SOV4\":1,\"SOV5\":1,\"SOV6\":1,\"SOV7\":1,"
                + "\"SOV8\":1},\"rationale\":\"fremd\",\"exit\":{\"canExit\":true,\"estimatedMonths\":1,"
                + "\"estimatedCost\":1.00}}";
        for (String path : List.of(d, d + "/history", d + "/assessments", "/api/risks/" + risk,
                "/api/risks/" + risk + "/history", "/api/opportunities/" + opportunity)) {
            as(NETTERSHEIM_COUNCIL).get(path).then().statusCode(404);
            as(NETTERSHEIM).get(path).then().statusCode(404);
        }
        as(NETTERSHEIM).header("If-Match", "\"1\"")
                .body(dependency("Fachverfahren " + suffix, "Anbieter " + suffix, "OFFICE", "SAAS")).put(d)
                .then().statusCode(404);
        as(NETTERSHEIM).body(scores).post(d + "/assessments").then().statusCode(404);
        as(NETTERSHEIM).body("{\"status\":\"KEPT\",\"note\":\"fremd\"}").post(d + "/status").then().statusCode(404);
        as(NETTERSHEIM).body("{\"name\":\"Fremd\"}").post(d + "/alternatives").then().statusCode(404);
        as(NETTERSHEIM).body("{\"state\":\"REJECTED\",\"reason\":\"fremd\"}")
                .post(d + "/alternatives/" + alternative + "/evaluation").then().statusCode(404);
        as(NETTERSHEIM).body("{\"step\":\"PILOT\",\"targetQuarter\":\"2027-Q1\"}").post(d + "/plan").then()
                .statusCode(404);
        String own = post(NETTERSHEIM, "/api/dependencies",
                dependency("Eigenes " + suffix, "Anbieter", "OFFICE", "SAAS"), 201);
        as(NETTERSHEIM).body("{\"relation\":\"RUNS_ON\",\"targetId\":\"" + own + "\"}").post(d + "/relations")
                .then().statusCode(404);
        // a foreign dependency is no valid target either: it does not exist for Nettersheim
        as(NETTERSHEIM).body("{\"relation\":\"RUNS_ON\",\"targetId\":\"" + dependency + "\"}")
                .post("/api/dependencies/" + own + "/relations").then().statusCode(422);
        as(NETTERSHEIM).delete(d + "/relations/RUNS_ON/" + own).then().statusCode(404);
        as(NETTERSHEIM).header("If-Match", "\"1\"").body(risk("Fremd", 1, 1)).put("/api/risks/" + risk).then()
                .statusCode(404);
        as(NETTERSHEIM).body("{\"status\":\"CLOSED\"}").post("/api/risks/" + risk + "/status").then()
                .statusCode(404);
        as(NETTERSHEIM).header("If-Match", "\"1\"").body(opportunity("Fremd")).put("/api/opportunities/" + opportunity)
                .then().statusCode(404);
        as(NETTERSHEIM).body("{\"status\":\"REALISED\"}").post("/api/opportunities/" + opportunity + "/status")
                .then().statusCode(404);

        // nothing changed in Blankenheim
        as(BLANKENHEIM).get(d).then().statusCode(200).header("ETag", "\"2\"");
        as(BLANKENHEIM).get("/api/risks/" + risk).then().statusCode(200).header("ETag", "\"1\"");
        as(BLANKENHEIM).get("/api/opportunities/" + opportunity).then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void lists_and_the_export_hold_the_municipalitys_own_rows_only() {
        String own = post(NETTERSHEIM, "/api/dependencies",
                dependency("Nettersheimer Verfahren " + suffix, "Anbieter", "OFFICE", "SAAS"), 201);
        List<String> ids = as(NETTERSHEIM).queryParam("size", 500).get("/api/dependencies").then().statusCode(200)
                .extract().path("items.id");
        assertThat(ids).contains(own).doesNotContain(dependency);
        assertThat(as(NETTERSHEIM).queryParam("q", suffix).get("/api/dependencies").then().statusCode(200)
                .extract().<List<String>>path("items.id")).containsExactly(own);
        assertThat(as(BLANKENHEIM).queryParam("q", suffix).get("/api/dependencies").then().statusCode(200)
                .extract().<List<String>>path("items.id")).containsExactly(dependency);
        assertThat(as(NETTERSHEIM).get("/api/risks").then().statusCode(200).extract().<List<String>>path("id"))
                .doesNotContain(risk);
        assertThat(as(NETTERSHEIM).get("/api/opportunities").then().statusCode(200).extract()
                .<List<String>>path("id")).doesNotContain(opportunity);
        assertThat(as(BLANKENHEIM).get("/api/risks").then().statusCode(200).extract().<List<String>>path("id"))
                .contains(risk);

        String nettersheimCsv = new String(given().auth().oauth2(NETTERSHEIM_COUNCIL).get("/api/dependencies/export")
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(nettersheimCsv).contains("Nettersheimer Verfahren " + suffix).doesNotContain("Fachverfahren " + suffix);
        String blankenheimCsv = new String(given().auth().oauth2(BLANKENHEIM).get("/api/dependencies/export")
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(blankenheimCsv).contains("Fachverfahren " + suffix).doesNotContain("Nettersheimer Verfahren");
    }

    @Test
    void the_same_name_and_vendor_are_two_dependencies_in_two_municipalities() {
        // registered through Nettersheim's CSV import: the natural key of Blankenheim's dependency is not Nettersheim's
        String csv = "Name;Hersteller;Herstellerland;Kategorie;Betriebsform;Datenkategorie;Nutzende;Jahreskosten (EUR)\r\n"
                + "Fachverfahren " + suffix + ";Anbieter " + suffix + ";DE;OFFICE;SAAS;PERSONAL;40;1.200,50\r\n";
        given().auth().oauth2(NETTERSHEIM).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/dependencies/import").then().statusCode(200);
        List<String> nettersheim = as(NETTERSHEIM).queryParam("q", "fachverfahren " + suffix).get("/api/dependencies")
                .then().statusCode(200).extract().path("items.id");
        assertThat(nettersheim).hasSize(1).doesNotContain(dependency);
        assertThat(as(BLANKENHEIM).queryParam("q", "fachverfahren " + suffix).get("/api/dependencies").then()
                .statusCode(200).extract().<List<String>>path("items.id")).containsExactly(dependency);
        as(BLANKENHEIM).get("/api/dependencies/" + dependency).then().statusCode(200)
                .header("ETag", "\"2\"");
        as(NETTERSHEIM).get("/api/dependencies/" + nettersheim.get(0)).then().statusCode(200)
                .header("ETag", "\"1\"");
    }
}
