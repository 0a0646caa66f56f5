package de.souveraen.inventory.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.testing.ApiFuzzer;
import de.souveraen.testing.HostileTextCheck;
import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Property-based fuzzing of every operation in this service's OpenAPI document with a token of a role allowed to
 * call it (so validation answers): no 5xx, every error problem+json with code and title, no state changed by a
 * refused request. 10,000 requests by default ({@code -Dfuzz.tries}, {@code -Dfuzz.seed}).
 */
@QuarkusTest
// its own database: the requests it gets accepted must not disturb the other tests' data
@QuarkusTestResource(value = SouveraenTestResource.class, initArgs = @io.quarkus.test.common.ResourceArg(
        name = SouveraenTestResource.DATABASE_ARG, value = "fuzz"))
class InventoryApiFuzzTest {
    @TestHTTPResource("/")
    URI base;

    @Test
    void generated_hostile_requests_never_break_the_service() {
        ApiFuzzer.Outcome outcome = ApiFuzzer.check("inventory", base, operation -> TestTokens.administration(),
                List.of("/api/live"));
        assertThat(outcome.statuses().keySet()).as("the service answered the generated requests")
                .anyMatch(status -> status >= 400 && status < 500);
    }

    /**
     * Hostile text in every free-text member of every write is stored exactly as given when the write is accepted
     * ({@link HostileTextCheck}). Three dependencies (one assessed and with an alternative), a risk and an
     * opportunity are registered first, so the writes have something to refer to; identifiers in bodies (country,
     * status names, quarters, scores) get valid values.
     */
    @Test
    void hostile_text_in_every_text_field_is_stored_as_given() {
        String dependency = InventoryApiTest.register(InventoryApiTest.dependency("Hostile A", "V", "DE"));
        String other = InventoryApiTest.register(InventoryApiTest.dependency("Hostile B", "V", "US"));
        String target = InventoryApiTest.register(InventoryApiTest.dependency("Hostile C", "V", "DE"));
        String scores = "{\"SOV1\":1,\"SOV2\":0,\"SOV3\":1,\"SOV4\":2,\"SOV5\":1,\"SOV6\":2,\"SOV7\":3,\"SOV8\":2}";
        created("/api/dependencies/" + dependency + "/assessments", "{\"scores\":" + scores + ",\"rationale\":\"R\","
                + "\"exit\":{\"canExit\":false}}");
        String alternative = created("/api/dependencies/" + dependency + "/alternatives", "{\"name\":\"Linux\"}");
        String risk = created("/api/risks", "{\"title\":\"R\",\"category\":\"LOCK_IN\",\"likelihood\":3,"
                + "\"impact\":3,\"owner\":\"IT\"}");
        String opportunity = created("/api/opportunities", "{\"title\":\"O\",\"category\":\"SKILLS\"}");
        HostileTextCheck.check("inventory", base, operation -> TestTokens.administration(), List.of("/api/live"),
                Map.ofEntries(Map.entry("dependencies/id", List.of(dependency, other)), Map.entry("risks/id",
                        List.of(risk)), Map.entry("opportunities/id", List.of(opportunity)),
                        Map.entry("alternativeId", List.of(alternative)),
                        Map.entry("targetId", List.of(target)), Map.entry("dependencyIds", List.of("[\"" + target + "\"]")),
                        Map.entry("vendorCountry", List.of("DE", "US")), Map.entry("parentCountry", List.of("US")),
                        Map.entry("migrationCost", List.of("25000.00")), Map.entry("annualCost", List.of("1200.00")),
                        Map.entry("trainingCost", List.of("0.00")), Map.entry("trainingDays", List.of("2.5")),
                        Map.entry("catalogueId", List.of("")),
                        Map.entry("status", List.of("MITIGATING", "ACCEPTED", "CLOSED", "PURSUING", "REALISED")),
                        Map.entry("targetQuarter", List.of("2027-Q1", "2027-Q3", "2028-Q2")),
                        Map.entry("scores", List.of(scores))),
                Map.of(), Map.of());
    }

    private static String created(String path, String json) {
        return given().auth().oauth2(TestTokens.administration()).contentType(ContentType.JSON).body(json).post(path)
                .then().statusCode(201).extract().path("id");
    }
}
