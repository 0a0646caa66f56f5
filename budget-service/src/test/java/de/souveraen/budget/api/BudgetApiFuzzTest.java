package de.souveraen.budget.api;

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
class BudgetApiFuzzTest {
    @TestHTTPResource("/")
    URI base;

    @Test
    void generated_hostile_requests_never_break_the_service() {
        BudgetApiTest.adopt(2091, "SCHULUNG", "Schulungen", "5000.00");
        String expense = BudgetApiTest.book(2091, BudgetApiTest.expense("SCHULUNG", "10.00", "2091-03-01", "F-1"),
                "fuzz-1").then().statusCode(201).extract().path("id");
        ApiFuzzer.Outcome outcome = ApiFuzzer.check("budget", base, operation -> TestTokens.administration(),
                List.of("/api/live"), java.util.Map.of("year", List.of("2091"), "code", List.of("SCHULUNG"),
                        "id", List.of(expense)));
        assertThat(outcome.statuses().keySet()).as("the service answered the generated requests")
                .anyMatch(status -> status >= 400 && status < 500);
    }

    /**
     * Hostile text in every free-text member of every write is stored exactly as given when the write is accepted
     * ({@link HostileTextCheck}). The year 2026 gets a budget with a large and a tiny line, two expenses and three
     * commitments first, so the writes have something to refer to (one commitment for bookings to settle, two to
     * adjust and release); the dates the generator makes lie in 2026, the adoption it may make is for 2027. Writes on
     * the tiny line need an over-plan approval, an adjustment of line NEU adds it with its title: so the two
     * conditional members are stored now and then as well. Produkt and Sachkonto (NKF) have formats of their own, so
     * they are known values; a carry-over takes no commitments here (the next year is not adopted).
     */
    @Test
    void hostile_text_in_every_text_field_is_stored_as_given() {
        BudgetApiTest.adopt(2026, "SCHULUNG", "Schulungen", "900000.00", "KLEIN", "Kleinbeträge", "1.00");
        List<String> ids = List.of(expense("H-1"), expense("H-2"), commitment(), commitment());
        given().auth().oauth2(TestTokens.administration()).contentType(ContentType.JSON)
                .body("{\"lineCodes\":[\"SCHULUNG\",\"KLEIN\"],\"mutual\":true,\"reference\":\"D-1\","
                        + "\"declaredOn\":\"2026-01-02\"}")
                .post("/api/budgets/2026/coverage").then().statusCode(201);
        // more rounds than the default 12: the adoption and the commitment adjustment are accepted only by a few of the
        // generated bodies, and the budget has many writes sharing the generator's sequence
        System.setProperty("hostile.rounds", System.getProperty("budget.hostile.rounds", "30"));
        HostileTextCheck.check("budget", base, operation -> TestTokens.administration(), List.of("/api/live"),
                Map.ofEntries(Map.entry("year", List.of("2026")), Map.entry("code", List.of("SCHULUNG")),
                        Map.entry("lineCode", List.of("SCHULUNG", "KLEIN", "NEU")), Map.entry("id", ids),
                        Map.entry("commitmentId", List.of(commitment())), Map.entry("fiscalYear", List.of("2027")),
                        Map.entry("lineCodes", List.of("[\"SCHULUNG\",\"KLEIN\"]")),
                        Map.entry("fromLine", List.of("SCHULUNG")), Map.entry("toLine", List.of("KLEIN")),
                        Map.entry("produkt", List.of("01.11.03", "17.01.01.1")),
                        Map.entry("sachkonto", List.of("542900", "783100")),
                        Map.entry("commitmentIds", List.of("[]")),
                        // six commitments: releasing two (enough for the release) leaves some to adjust
                        Map.entry("commitments/id", List.of(commitment(), commitment(), commitment(), commitment(),
                                commitment(), commitment())),
                        Map.entry("expenses/id", ids.subList(0, 2))),
                Map.of("lineTitle", "an adjustment stores it only when it adds a line (here the line exists)",
                        "overPlanApprovalReference", "stored only when the amount exceeds what is available"),
                Map.of());
    }

    private static String expense(String invoice) {
        return BudgetApiTest.book(2026, BudgetApiTest.expense("SCHULUNG", "10.00", "2026-01-02", invoice),
                "hostile-" + invoice).then().statusCode(201).extract().path("id");
    }

    private static String commitment() {
        return given().auth().oauth2(TestTokens.administration()).contentType(ContentType.JSON)
                .body("{\"lineCode\":\"SCHULUNG\",\"amount\":5000.00,\"vendor\":\"V\",\"reference\":\"B-1\","
                        + "\"committedOn\":\"2026-01-02\"}")
                .post("/api/budgets/2026/commitments").then().statusCode(201).extract().path("id");
    }
}
