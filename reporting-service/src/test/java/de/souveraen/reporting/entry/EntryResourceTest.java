package de.souveraen.reporting.entry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The form engine on its own (no write service runs next to this service's tests: the whole flow through a real
 * budget service is the stack's browser test): roles, the CSRF token, a service that is away, an unknown form.
 */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
class EntryResourceTest {
    private static final String FORM = "/entry/budget/expenses/new";

    @Test
    void a_council_member_gets_no_form_and_is_told_so_in_german() {
        String page = given().auth().oauth2(TestTokens.council()).get(FORM).then().statusCode(403)
                .contentType("text/html").extract().asString();
        assertThat(page).contains("Dieses Formular ist der Rolle „Verwaltung“ vorbehalten").doesNotContain("<form");
        given().get(FORM).then().statusCode(401);
    }

    @Test
    void a_post_without_the_token_the_portal_issued_is_refused_and_nothing_is_sent() {
        String page = given().auth().oauth2(TestTokens.administration()).contentType("application/x-www-form-urlencoded")
                .formParam("_key", "form-forged").formParam("_token", "forged").formParam("amount", "1,00")
                .post(FORM).then().statusCode(403).extract().asString();
        assertThat(page).contains("Es wurde nichts gespeichert");
        given().auth().oauth2(TestTokens.council()).contentType("application/x-www-form-urlencoded")
                .formParam("_key", "form-x").formParam("_token", "x").post(FORM).then().statusCode(403);
    }

    @Test
    void when_the_budget_service_is_away_the_form_says_so_instead_of_failing() {
        String page = given().auth().oauth2(TestTokens.administration()).get(FORM + "?lang=de").then()
                .statusCode(503).extract().asString();
        assertThat(page).contains("Der zuständige Dienst ist gerade nicht erreichbar").contains("Ausgabe buchen")
                .contains("aria-current=\"page\">Haushalt");
    }

    @Test
    void an_unknown_form_or_a_path_parameter_with_odd_characters_is_404() {
        given().auth().oauth2(TestTokens.administration()).get("/entry/budget/nothing").then().statusCode(404);
        given().auth().oauth2(TestTokens.administration()).get("/entry/budget/expenses/new/..%2F..").then()
                .statusCode(404);
    }
}
