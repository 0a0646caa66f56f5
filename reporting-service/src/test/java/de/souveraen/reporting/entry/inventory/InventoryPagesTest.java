package de.souveraen.reporting.entry.inventory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The inventory's pages and forms in the portal with no inventory service next to them (the flow through a real
 * one is the stack's browser test): they say in German that it is away, the questionnaire's live result counts the
 * open questions without asking anyone, and only the administration gets the forms.
 */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
class InventoryPagesTest {
    private static final String ID = UUID.randomUUID().toString();

    @Test
    void the_list_the_page_and_the_forms_say_that_the_inventory_is_away() {
        for (String path : new String[] {"/dependencies/register", "/dependencies/register/" + ID,
            "/dependencies/register/" + ID + "/history", "/dependencies/register/" + ID + "/impact",
            "/dependencies/tracked"}) {
            String page = given().auth().oauth2(TestTokens.administration()).get(path + "?lang=de").then()
                    .statusCode(503).contentType("text/html").extract().asString();
            assertThat(page).as(path).contains("Der Inventardienst ist gerade nicht erreichbar");
        }
        for (String form : new String[] {"edit", "assessment", "status", "alternatives/" + ID + "/costing"}) {
            String page = given().auth().oauth2(TestTokens.administration())
                    .get("/entry/dependencies/" + ID + "/" + form + "?lang=de").then().statusCode(503).extract()
                    .asString();
            assertThat(page).as(form).contains("Der zuständige Dienst ist gerade nicht erreichbar");
        }
    }

    @Test
    void the_questionnaires_result_counts_the_open_questions_first() {
        String answer = given().auth().oauth2(TestTokens.administration())
                .get("/dependencies/register/preview?lang=de&SOV1=3&SOV2=9&SOV4=0").then().statusCode(200)
                .contentType("application/json").extract().path("text");
        assertThat(answer).isEqualTo("Noch 6 von 8 Fragen offen; dann zeigt sich hier das Ergebnis.");
        given().get("/dependencies/register/preview?SOV1=3").then().statusCode(401);
    }

    @Test
    void a_council_member_reads_but_gets_no_form() {
        String page = given().auth().oauth2(TestTokens.council())
                .get("/entry/dependencies/" + ID + "/assessment?lang=de").then().statusCode(403).extract()
                .asString();
        assertThat(page).contains("Dieses Formular ist der Rolle „Verwaltung“ vorbehalten").doesNotContain("<form");
    }
}
