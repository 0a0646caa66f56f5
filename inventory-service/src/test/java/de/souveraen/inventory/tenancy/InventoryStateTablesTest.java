package de.souveraen.inventory.tenancy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The inventory's current-state tables follow every command of several municipalities, and a rebuild from the
 * events yields the same rows, row for row and column for column.
 */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
class InventoryStateTablesTest {
    static final List<String> TABLES = List.of("inv_dependency", "inv_risk", "inv_opportunity");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Pool pool;

    static String admin(String tenant) {
        return TestTokens.ofMunicipality(tenant, "test-administration-" + tenant, "Verwaltung " + tenant,
                "administration");
    }

    static String provider() {
        return TestTokens.withRoles("test-provider", "Paula Provider", "provider");
    }

    static String dependency(String name, String vendor, String category, String hosting) {
        return "{\"name\":\"" + name + "\",\"vendor\":\"" + vendor + "\",\"vendorCountry\":\"DE\","
                + "\"category\":\"" + category + "\",\"hosting\":\"" + hosting + "\",\"dataClassification\":\"PERSONAL\","
                + "\"users\":40,\"annualCost\":1200.50,\"criticality\":\"HIGH\","
                + "\"contract\":{\"start\":\"2024-01-01\",\"end\":\"2026-12-31\",\"noticePeriodMonths\":3,"
                + "\"renewal\":\"TACIT\",\"renewalPeriodMonths\":12}}";
    }

    static String risk(String title, int likelihood, int impact) {
        return "{\"title\":\"" + title + "\",\"description\":\"Beschreibung\",\"category\":\"LOCK_IN\","
                + "\"likelihood\":" + likelihood + ",\"impact\":" + impact + ",\"owner\":\"IT\",\"mitigation\":\"Plan\"}";
    }

    static String opportunity(String title) {
        return "{\"title\":\"" + title + "\",\"description\":\"Beschreibung\",\"category\":\"COST_SAVINGS\","
                + "\"yearlySavings\":1000.00,\"oneOffCost\":250.00,\"owner\":\"IT\"}";
    }

    static String post(String token, String path, String json, int status) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(json).post(path).then()
                .statusCode(status).extract().path("id");
    }

    /** Every row of a table as JSON text (every column), in key order. */
    List<String> rows(String table) {
        List<String> rows = new ArrayList<>();
        for (Row row : pool.query("select row_to_json(t)::text from " + table + " t order by tenant, id").execute()
                .await().atMost(WAIT)) {
            rows.add(row.getString(0));
        }
        return rows;
    }

    @Test
    void the_tables_follow_the_commands_of_several_municipalities_and_a_rebuild_yields_the_same_rows() {
        for (String tenant : List.of("blankenheim", "nettersheim", "kall")) {
            String admin = admin(tenant);
            String office = post(admin, "/api/dependencies",
                    dependency("Bürosuite " + tenant, "Vendor " + tenant, "OFFICE", "NON_EU_CLOUD"), 201);
            String mail = post(admin, "/api/dependencies",
                    dependency("Mail " + tenant, "Mailer AG", "EMAIL_GROUPWARE", "ON_PREMISES"), 201);
            given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                    .body(dependency("Bürosuite " + tenant + " (neu)", "Vendor " + tenant, "OFFICE", "EU_CLOUD"))
                    .put("/api/dependencies/" + office).then().statusCode(200);
            given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body("{\"scores\":{\"SOV1\":1,\"SOV2\":0,\"SOV3\":1,\"SOV4\":2,\"SOV5\":1,\"SOV6\":2,"
                            + "\"SOV7\":3,\"SOV8\":2},\"rationale\":\"Erste Einschätzung\",\"exit\":{\"canExit\":true,"
                            + "\"estimatedMonths\":9,\"estimatedCost\":40000.00},\"assessedOn\":\"2026-03-01\"}")
                    .post("/api/dependencies/" + mail + "/assessments").then().statusCode(201);
            given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body("{\"status\":\"ASSESSED\",\"note\":\"bewertet\"}")
                    .post("/api/dependencies/" + mail + "/status").then().statusCode(200);
            given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body("{\"relation\":\"RUNS_ON\",\"targetId\":\"" + mail + "\"}")
                    .post("/api/dependencies/" + office + "/relations").then().statusCode(200);
            String risk = post(admin, "/api/risks", risk("Abhängigkeit " + tenant, 4, 5), 201);
            post(admin, "/api/risks", risk("Ausfall " + tenant, 2, 2), 201);
            given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"status\":\"MITIGATING\"}")
                    .post("/api/risks/" + risk + "/status").then().statusCode(200);
            post(admin, "/api/opportunities", opportunity("Einsparung " + tenant), 201);
        }
        Map<String, List<String>> kept = new java.util.LinkedHashMap<>();
        for (String table : TABLES) {
            kept.put(table, rows(table));
            assertThat(kept.get(table)).as(table).anyMatch(row -> row.contains("\"tenant\":\"kall\""));
        }
        // a damaged table: a rebuild repairs it
        pool.query("delete from inv_risk where tenant = 'kall'").execute().await().atMost(WAIT);
        pool.query("update inv_dependency set search = 'x' where tenant = 'nettersheim'").execute().await().atMost(WAIT);

        Map<String, Integer> rebuilt = given().auth().oauth2(provider()).post("/api/admin/state-tables/rebuild").then()
                .statusCode(200).extract().jsonPath().getMap("rows", String.class, Integer.class);
        assertThat(rebuilt).containsKeys("dependency", "risk", "opportunity");
        for (String table : TABLES) {
            assertThat(rows(table)).as(table).isEqualTo(kept.get(table));
        }
        assertThat(rebuilt.get("dependency")).isEqualTo(kept.get("inv_dependency").size());
    }

    @Test
    void only_the_provider_rebuilds() {
        given().auth().oauth2(admin("blankenheim")).post("/api/admin/state-tables/rebuild").then().statusCode(403);
    }
}
