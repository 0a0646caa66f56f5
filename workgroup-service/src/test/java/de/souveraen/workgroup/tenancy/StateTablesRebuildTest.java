package de.souveraen.workgroup.tenancy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The current-state tables are kept with every command, per municipality, and {@code POST
 * /api/admin/state-tables/rebuild} refills them from the events row for row the same — also after they were damaged.
 */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
class StateTablesRebuildTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    static final String PROVIDER = TestTokens.withRoles("test-provider", "Paula Provider", "provider");
    static final List<String> TABLES = List.of("wg_member", "wg_membership", "wg_meeting", "wg_agenda_item",
            "wg_proposal", "wg_training");

    @Inject
    Pool pool;

    /** Every row of every table as text, in key order. */
    private List<String> snapshot() {
        List<String> rows = new ArrayList<>();
        for (String table : TABLES) {
            for (Row row : pool.query("select t::text from " + table + " t order by 1").execute().await()
                    .atMost(WAIT)) {
                rows.add(table + " " + row.getString(0));
            }
        }
        return rows;
    }

    @Test
    void the_rebuilt_tables_equal_the_kept_ones_row_for_row() {
        MunicipalityData blankenheim = MunicipalityData.write(TestTokens.workgroup(), "Blankenheim");
        MunicipalityData dahlem = MunicipalityData.write(TestTokens.ofMunicipality("dahlem", "ag-dahlem", "Dora Dahl",
                "workgroup"), "Dahlem");
        given().auth().oauth2(dahlem.token()).contentType("application/json").body("{\"reason\":\"Umzug\"}")
                .post("/api/members/" + dahlem.member() + "/leave").then().statusCode(200);
        List<String> kept = snapshot();
        for (MunicipalityData data : List.of(blankenheim, dahlem)) {
            String tenant = data == blankenheim ? "blankenheim" : "dahlem";
            assertThat(kept).anyMatch(row -> row.startsWith("wg_member (" + tenant + "," + data.member() + ","));
            assertThat(kept).anyMatch(row -> row.startsWith("wg_meeting (" + tenant + "," + data.closedMeeting()));
            assertThat(kept).anyMatch(row -> row.startsWith("wg_agenda_item (" + tenant + "," + data.removedItem())
                    && row.contains(",t,,t,")); // the removed item's stub: public, no proposal, deleted
            assertThat(kept).anyMatch(row -> row.startsWith("wg_proposal (" + tenant + "," + data.proposal()));
            assertThat(kept).anyMatch(row -> row.startsWith("wg_training (" + tenant + "," + data.training()));
        }

        // a damaged table: rows lost and rows wrong
        pool.query("delete from wg_agenda_item").execute().await().atMost(WAIT);
        pool.query("update wg_member set family_name = 'kaputt', modified = now()").execute().await().atMost(WAIT);
        assertThat(snapshot()).isNotEqualTo(kept);

        given().auth().oauth2(TestTokens.administration()).post("/api/admin/state-tables/rebuild").then()
                .statusCode(403);
        Map<String, Integer> rebuilt = given().auth().oauth2(PROVIDER).post("/api/admin/state-tables/rebuild").then()
                .statusCode(200).extract().jsonPath().getMap("rows");
        assertThat(rebuilt).containsOnlyKeys("member", "meeting", "proposal", "training");
        assertThat(rebuilt.get("meeting")).isEqualTo((int) kept.stream().filter(r -> r.startsWith("wg_meeting "))
                .count());
        assertThat(snapshot()).isEqualTo(kept);
    }
}
