package de.souveraen.stack;

import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.testing.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole suite as {@code ./souveraen start} runs it — embedded PostgreSQL and Kafka, the Keycloak
 * distribution with the realm export, the four packaged services in their production profile — on free ports with
 * a fresh data folder, driven with real Keycloak tokens of the demo users.
 */
class StackEndToEndTest {
    static Launcher launcher;
    static StackClient client;
    static Path data;

    @BeforeAll
    static void startStack() throws Exception {
        Path root = Path.of("").toAbsolutePath().resolve("../..").normalize();
        data = Files.createTempDirectory("souveraen-e2e-");
        launcher = new Launcher(root, data, Launcher.defaultCache(), Launcher.Ports.free());
        launcher.start(new Launcher.Options(data, false));
        client = new StackClient(launcher.ports());
    }

    @AfterAll
    static void stopStack() {
        if (launcher != null) {
            launcher.stop();
        }
        if (data != null) {
            FileTrees.deleteQuietly(data);
        }
    }

    @Test
    void keycloakIssuesTokensWithTheRealmRolesAndTheStableIssuer() throws IOException {
        String payload = new String(Base64.getUrlDecoder().decode(client.token("verwaltung").split("\\.")[1]),
                StandardCharsets.UTF_8);
        var claims = StackClient.JSON.readTree(payload);
        assertThat(claims.get("iss").asText()).isEqualTo(launcher.ports().issuer());
        assertThat(claims.at("/realm_access/roles").toString()).contains("\"administration\"");
        assertThat(claims.get("preferred_username").asText()).isEqualTo("verwaltung");
    }

    @Test
    void everyServiceAcceptsRealTokensAndAppliesTheRoles() {
        for (String service : Launcher.SERVICES) {
            assertThat(client.get(service, "/api/admin/outbox", null).status()).as("%s anonymous", service)
                    .isEqualTo(401);
            assertThat(client.get(service, "/api/admin/outbox", "rat").status()).as("%s council", service)
                    .isEqualTo(403);
            assertThat(client.get(service, "/api/admin/outbox", "ag").status()).as("%s workgroup", service)
                    .isEqualTo(403);
            StackClient.Reply admin = client.get(service, "/api/admin/outbox", "verwaltung");
            assertThat(admin.status()).as("%s administration: %s", service, admin.body()).isEqualTo(200);
        }
    }
}
