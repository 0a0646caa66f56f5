package de.souveraen.reporting.entry.workgroup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The secretary's list pages (no workgroup service runs next to this service's tests: the flow through a real one is
 * the stack's browser test): reserved for the working group, and a service that is away is said in German.
 */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
class WorkgroupListsTest {

    @Test
    void every_list_is_the_working_groups_and_says_when_the_service_is_away() {
        String id = "/" + java.util.UUID.randomUUID();
        Map<String, String> pages = Map.of("/workgroup/meetings", "Sitzungen der Arbeitsgruppe",
                "/workgroup/members", "Mitglieder der Arbeitsgruppe", "/workgroup/trainings", "Schulungen",
                "/workgroup/proposals", "Vorlagen", "/workgroup/meetings" + id, "Sitzung",
                "/workgroup/meetings" + id + "/history", "Verlauf einer Sitzung",
                "/workgroup/meetings" + id + "/agenda-items" + id + "/history",
                "Verlauf eines Tagesordnungspunkts und seines Beschlusses",
                "/workgroup/trainings" + id + "/history", "Verlauf einer Schulung");
        pages.forEach((path, heading) -> {
            String page = given().auth().oauth2(TestTokens.workgroup()).get(path + "?lang=de").then().statusCode(503)
                    .contentType("text/html").extract().asString();
            assertThat(page).as(path).contains(heading).contains("gerade nicht erreichbar");
            given().auth().oauth2(TestTokens.council()).get(path).then().statusCode(403);
        });
    }
}
