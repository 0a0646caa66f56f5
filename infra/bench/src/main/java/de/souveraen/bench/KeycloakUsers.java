package de.souveraen.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Users of the benchmark's municipalities, created in the stack's own Keycloak through its admin REST API (as the
 * local bootstrap administrator {@code admin/admin} of the {@code master} realm, client {@code admin-cli}): one user
 * per municipality with the attribute {@code tenant=<key>} (mapped to the token's {@code tenant} claim by the realm)
 * and the password {@code demo}, so that {@link Api#token(String)} signs it in like a demo user.
 */
final class KeycloakUsers {
    private static final String REALM = "souveraen";
    /** The master realm's access tokens live 60 s; fetched again after 40. */
    private static final long ADMIN_TOKEN_NANOS = Duration.ofSeconds(40).toNanos();

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private String adminToken;
    private long adminTokenFetched;

    KeycloakUsers(int keycloakPort) {
        this.base = "http://127.0.0.1:" + keycloakPort;
    }

    /** Creates {@code username} (password {@code demo}) of municipality {@code tenant} with the given realm roles. */
    void create(String username, String tenant, List<String> roles) {
        ObjectNode user = Api.JSON.createObjectNode().put("username", username).put("enabled", true)
                .put("emailVerified", true).put("firstName", "Benchmark").put("lastName", tenant)
                .put("email", username + "@" + tenant + ".example");
        user.putObject("attributes").putArray("tenant").add(tenant);
        user.putArray("credentials").addObject().put("type", "password").put("value", "demo").put("temporary", false);
        HttpResponse<String> created = send(admin("/users").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(user.toString())));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("user " + username + " not created: " + created.statusCode() + " "
                    + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        ArrayNode mappings = Api.JSON.createArrayNode();
        for (String role : roles) {
            HttpResponse<String> r = send(admin("/roles/" + role).GET());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("role " + role + ": " + r.statusCode() + " " + r.body());
            }
            mappings.add(json(r.body()));
        }
        HttpResponse<String> mapped = send(admin("/users/" + id + "/role-mappings/realm")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(mappings.toString())));
        if (mapped.statusCode() != 204) {
            throw new IllegalStateException("roles of " + username + ": " + mapped.statusCode() + " " + mapped.body());
        }
    }

    private HttpRequest.Builder admin(String path) {
        return HttpRequest.newBuilder(URI.create(base + "/admin/realms/" + REALM + path))
                .header("Authorization", "Bearer " + adminToken()).timeout(Duration.ofSeconds(30));
    }

    private synchronized String adminToken() {
        if (adminToken == null || System.nanoTime() - adminTokenFetched > ADMIN_TOKEN_NANOS) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base
                    + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "grant_type=password&client_id=admin-cli&username=admin&password=admin")));
            if (r.statusCode() != 200) {
                throw new IllegalStateException("no admin token: " + r.statusCode() + " " + r.body());
            }
            adminToken = json(r.body()).get("access_token").asText();
            adminTokenFetched = System.nanoTime();
        }
        return adminToken;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String body) {
        try {
            return Api.JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
