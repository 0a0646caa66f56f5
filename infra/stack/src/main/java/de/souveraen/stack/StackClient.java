package de.souveraen.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** HTTP against the running stack with real Keycloak tokens (password grant on the realm's {@code cli} client). */
public final class StackClient {
    static final ObjectMapper JSON = new ObjectMapper();

    public record Reply(int status, String contentType, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    private final Launcher.Ports ports;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Tokens with the time they were fetched; refetched after five minutes (the realm's lifespan is 15). */
    private record Token(String value, long fetchedAt) {
    }

    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    public StackClient(Launcher.Ports ports) {
        this.ports = ports;
    }

    /** An access token of a demo user (password {@code demo}), issued by the stack's Keycloak. */
    public String token(String user) {
        return token(user, "cli");
    }

    /**
     * An access token of a demo user issued to {@code client} (password grant): {@code cli} for the suite, or a
     * client of the realm that is not the suite's, such as Keycloak's built-in {@code admin-cli}, whose tokens carry
     * no audience {@code souveraen} and must be refused everywhere.
     */
    public String token(String user, String client) {
        return tokens.compute(user + " " + client, (u, known) -> known != null
                && System.nanoTime() - known.fetchedAt() < java.util.concurrent.TimeUnit.MINUTES.toNanos(5) ? known
                : new Token(fetch(user, client), System.nanoTime())).value();
    }

    private String fetch(String u, String client) {
        String form = "grant_type=password&client_id=" + URLEncoder.encode(client, StandardCharsets.UTF_8)
                + "&username=" + URLEncoder.encode(u, StandardCharsets.UTF_8) + "&password=demo";
        Reply reply = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.keycloak() + "/realms/"
                + KeycloakServer.REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (reply.status() != 200) {
            throw new IllegalStateException("no token for " + u + ": " + reply);
        }
        return reply.json().get("access_token").asText();
    }

    public Reply get(String service, String path, String user) {
        return send(request(service, path, user).GET());
    }

    public Reply post(String service, String path, String user, String json, Map<String, String> headers) {
        HttpRequest.Builder builder = request(service, path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(builder::header);
        return send(builder);
    }

    public Reply put(String service, String path, String user, String json, Map<String, String> headers) {
        HttpRequest.Builder builder = request(service, path, user).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(builder::header);
        return send(builder);
    }

    /** The {@code ETag} of a GET (empty when the answer is not 200 or has none). */
    public String etag(String service, String path, String user) {
        try {
            HttpResponse<Void> response = http.send(request(service, path, user).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200 ? response.headers().firstValue("ETag").orElse("") : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String service, String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + ports.service(service) + path)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            builder.header("Authorization", "Bearer " + token(user));
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
