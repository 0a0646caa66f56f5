package de.souveraen.reporting.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.testing.ApiFuzzer;
import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.List;
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
class ReportingApiFuzzTest {
    @TestHTTPResource("/")
    URI base;

    @Test
    void generated_hostile_requests_never_break_the_service() {
        String provider = TestTokens.withRoles("provider", "Betrieb", "provider");
        ApiFuzzer.Outcome outcome = ApiFuzzer.check("reporting", base,
                operation -> operation.path().startsWith("/api/municipalities") ? provider
                        : TestTokens.administration(),
                List.of("/api/live", "/api/admin/rebuild"));
        assertThat(outcome.statuses().keySet()).as("the service answered the generated requests")
                .anyMatch(status -> status >= 400 && status < 500);
    }
}
