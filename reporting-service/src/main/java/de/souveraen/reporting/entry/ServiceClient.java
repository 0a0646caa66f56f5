package de.souveraen.reporting.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import de.souveraen.contracts.Json;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Calls a write service's REST API on behalf of the signed-in person: their own access token goes along (token
 * propagation), so the service checks their role and records them as the actor; the portal itself decides nothing.
 */
@ApplicationScoped
public class ServiceClient {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** A service's answer: status, the headers the forms need, and the JSON body (a {@code NullNode} when none). */
    public record Answer(int status, Map<String, String> headers, JsonNode body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
        }
    }

    /** The person's access token, or empty when the request carries none. */
    public static Optional<String> token(SecurityIdentity identity) {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        return credential == null ? Optional.empty() : Optional.ofNullable(credential.getToken());
    }

    public Uni<Answer> get(URI uri, String token) {
        return send(HttpRequest.newBuilder(uri).GET(), token);
    }

    /** Sends {@code body} as JSON with {@code method}; {@code headers} such as {@code Idempotency-Key}, {@code If-Match}. */
    public Uni<Answer> send(String method, URI uri, String token, Map<String, String> headers, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(Json.text(Json.mapper().valueToTree(body))));
        headers.forEach((name, value) -> {
            if (value != null) {
                request.header(name, value);
            }
        });
        return send(request, token);
    }

    /** Sends a file as it is ({@code contentType}, e.g. {@code text/csv}). */
    public Uni<Answer> sendBytes(String method, URI uri, String token, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)), token);
    }

    private Uni<Answer> send(HttpRequest.Builder request, String token) {
        request.timeout(Duration.ofSeconds(20)).header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Bearer " + token);
        return Uni.createFrom().completionStage(() -> http.sendAsync(request.build(),
                HttpResponse.BodyHandlers.ofString())).map(ServiceClient::answer);
    }

    private static Answer answer(HttpResponse<String> response) {
        Map<String, String> headers = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0));
            }
        });
        JsonNode body = NullNode.getInstance();
        String text = response.body();
        if (text != null && !text.isBlank()) {
            try {
                body = Json.mapper().readTree(text);
            } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
                body = NullNode.getInstance();
            }
        }
        return new Answer(response.statusCode(), headers, body);
    }
}
