package de.souveraen.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.souveraen.stack.Launcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP against the stack with real Keycloak tokens of the demo users (password grant on the {@code cli} client),
 * fetched again every few minutes so that a long run never sends an expired token.
 */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final long TOKEN_NANOS = Duration.ofMinutes(4).toNanos();

    record Reply(int status, String body, long nanos) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    private record Token(String value, long fetched) {
    }

    private final Launcher.Ports ports;
    private final HttpClient http;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    Api(Launcher.Ports ports) {
        this.ports = ports;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    Launcher.Ports ports() {
        return ports;
    }

    /**
     * A token of {@code user}, fetched again when older than four minutes. Keycloak under load now and then refuses
     * a correct password grant ({@code invalid_grant}); it is asked up to three times, half a second apart.
     */
    String token(String user) {
        Token token = tokens.get(user);
        if (token == null || System.nanoTime() - token.fetched() > TOKEN_NANOS) {
            String form = "grant_type=password&client_id=cli&username=" + user + "&password=demo";
            Reply reply = null;
            for (int attempt = 0; attempt < 3 && (reply == null || reply.status() != 200); attempt++) {
                if (attempt > 0) {
                    pause(Duration.ofMillis(500));
                }
                reply = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.keycloak()
                        + "/realms/souveraen/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)), Duration.ofSeconds(30));
            }
            if (reply.status() != 200) {
                throw new IllegalStateException("no token for " + user + ": " + reply);
            }
            token = new Token(reply.json().get("access_token").asText(), System.nanoTime());
            tokens.put(user, token);
        }
        return token.value();
    }

    /** Fetches a new token of {@code user} now, so that it stays valid for the next four minutes. */
    void refresh(String user) {
        tokens.remove(user);
        token(user);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis()); // between attempts of a refused sign-in
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Reply get(String service, String path, String user) {
        return get(service, path, user, Duration.ofSeconds(30));
    }

    Reply get(String service, String path, String user, Duration timeout) {
        return send(request(service, path, user).GET(), timeout);
    }

    Reply post(String service, String path, String user, String json, Map<String, String> headers,
            Duration timeout) {
        HttpRequest.Builder builder = request(service, path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(builder::header);
        return send(builder, timeout);
    }

    Reply post(String service, String path, String user, String json, Map<String, String> headers) {
        return post(service, path, user, json, headers, Duration.ofSeconds(30));
    }

    private HttpRequest.Builder request(String service, String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + ports.service(service) + path));
        if (user != null) {
            builder.header("Authorization", "Bearer " + token(user));
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder builder, Duration timeout) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(builder.timeout(timeout).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), System.nanoTime() - start);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET whose body is only counted (a PDF), returning status and time. */
    Reply getBytes(String service, String path, String user) {
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request(service, path, user).timeout(Duration.ofSeconds(60))
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), "bytes:" + response.body().length, System.nanoTime() - start);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
