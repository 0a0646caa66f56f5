package de.souveraen.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

/**
 * What every service must do from its first day, as a base class for a {@code @QuarkusTest} in each service:
 * it starts on the shared real PostgreSQL and Kafka, is ready (readiness: the database; the outbox relay in the
 * health group {@code outbox}), serves an
 * OpenAPI document, and answers unauthenticated and unauthorised calls with problem+json.
 */
public abstract class ServiceSmokeTest {

    @Test
    void is_ready_on_its_database_and_reports_its_outbox_relay_in_a_group_of_its_own() {
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(org.hamcrest.Matchers.not(containsString("outbox-relay")));
        given().when().get("/q/health/group/outbox").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("outbox-relay"));
    }

    @Test
    void serves_an_openapi_document() {
        given().queryParam("format", "json").when().get("/q/openapi").then()
                .statusCode(200)
                .body("openapi", notNullValue())
                .body("paths", notNullValue());
    }

    @Test
    void without_a_token_the_answer_is_a_401_problem() {
        given().when().get("/api/admin/outbox").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("code", equalTo("unauthenticated"));
    }

    @Test
    void an_expired_token_is_refused() {
        given().auth().oauth2(TestTokens.expired()).when().get("/api/admin/outbox").then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void a_token_of_another_client_of_the_realm_is_refused() {
        given().auth().oauth2(TestTokens.foreignClient()).when().get("/api/admin/outbox").then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void signed_in_without_a_role_is_not_authorised() {
        given().auth().oauth2(TestTokens.roleLess()).when().get("/api/admin/outbox").then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void a_role_without_the_right_gets_a_403_problem() {
        given().auth().oauth2(TestTokens.council()).when().get("/api/admin/outbox").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("forbidden"));
    }

    @Test
    void the_administration_sees_the_outbox_state() {
        given().auth().oauth2(TestTokens.administration()).when().get("/api/admin/outbox").then()
                .statusCode(200)
                .body("lag", notNullValue());
    }
}
