package de.souveraen.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.souveraen.testing.ServiceSmokeTest;
import de.souveraen.testing.SouveraenTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The reporting service starts on real PostgreSQL and Kafka, is ready, documents its API and guards it. */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
class ReportingServiceSmokeTest extends ServiceSmokeTest {

    @Test
    void reports_its_projections_in_a_health_group_of_their_own_and_their_gauges() {
        given().when().get("/q/health/group/projections").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("projections"));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("souveraen_projection_waiting"))
                .body(org.hamcrest.Matchers.containsString("souveraen_projection_gaps"));
    }
}
