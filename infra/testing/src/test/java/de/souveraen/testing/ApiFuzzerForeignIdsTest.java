package de.souveraen.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fuzzer's foreign ids: against a small service that keeps two municipalities' things apart it finds nothing;
 * against one that serves another municipality's thing by its id, or refuses it differently from an unknown id, it
 * reports the requests that carried the foreign id.
 */
class ApiFuzzerForeignIdsTest {
    static final String OWN = "11111111-1111-4111-8111-111111111111";
    static final String FOREIGN = "22222222-2222-4222-8222-222222222222";
    static final String OPEN_API = """
            {"openapi":"3.0.3","paths":{
              "/api/things/{id}":{"get":{"parameters":[{"name":"id","in":"path"}]},
                                  "post":{"parameters":[{"name":"id","in":"path"}],
                                          "requestBody":{"content":{"application/json":{"schema":{"type":"object",
                                            "properties":{"note":{"type":"string"}}}}}}}},
              "/api/links":{"post":{"requestBody":{"content":{"application/json":{"schema":{"type":"object",
                                            "properties":{"targetId":{"type":"string","format":"uuid"}}}}}}}}}}""";

    enum Kind { ISOLATED, SERVES_FOREIGN, REFUSES_FOREIGN_DIFFERENTLY }

    HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aServiceThatKeepsMunicipalitiesApartPasses() throws Exception {
        ApiFuzzer.Outcome outcome = fuzz(Kind.ISOLATED);
        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.statuses()).containsKeys(200, 404);
    }

    @Test
    void aServiceThatServesAnotherMunicipalitysIdFails() throws Exception {
        ApiFuzzer.Outcome outcome = fuzz(Kind.SERVES_FOREIGN);
        assertThat(outcome.failures()).isNotEmpty()
                .allMatch(failure -> failure.contains(FOREIGN) && failure.contains("accepted with 200"));
    }

    @Test
    void aServiceThatRefusesAForeignIdOtherwiseThanAnUnknownOneFails() throws Exception {
        ApiFuzzer.Outcome outcome = fuzz(Kind.REFUSES_FOREIGN_DIFFERENTLY);
        assertThat(outcome.failures()).isNotEmpty()
                .allMatch(failure -> failure.contains("403 not-yours, but unknown ids get 404 not-found"));
    }

    private ApiFuzzer.Outcome fuzz(Kind kind) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> answer(exchange, kind));
        server.start();
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        JsonNode document = new ObjectMapper().readTree(OPEN_API);
        ApiFuzzer fuzzer = new ApiFuzzer(base, document, 7, Map.of("id", List.of(OWN)),
                Map.of("id", List.of(FOREIGN), "targetId", List.of(FOREIGN)));
        ApiFuzzer.Outcome outcome = fuzzer.run(ApiFuzzer.operations(document), op -> "token", 150, () -> "same");
        assertThat(fuzzer.foreignRequests()).as("requests with the foreign id").isGreaterThan(10);
        return outcome;
    }

    /** Own things exist; the other municipality's thing exists too, but must not be seen. */
    private static void answer(HttpExchange exchange, Kind kind) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String id = path.startsWith("/api/things/") ? path.substring("/api/things/".length()) : null;
        if (path.equals("/api/links")) {
            id = body.contains(FOREIGN) ? FOREIGN : body.contains(OWN) ? OWN : "unknown";
        }
        if (body.length() > 100_000) {
            reply(exchange, 400, "application/problem+json",
                    "{\"status\":400,\"code\":\"too-long\",\"title\":\"Zu lang\"}");
            return;
        }
        Set<String> visible = kind == Kind.SERVES_FOREIGN ? Set.of(OWN, FOREIGN) : Set.of(OWN);
        if (visible.contains(id)) {
            reply(exchange, 200, "application/json", "{\"id\":\"" + id + "\"}");
        } else if (kind == Kind.REFUSES_FOREIGN_DIFFERENTLY && FOREIGN.equals(id)) {
            reply(exchange, 403, "application/problem+json",
                    "{\"status\":403,\"code\":\"not-yours\",\"title\":\"Nicht Ihre Kommune\"}");
        } else {
            reply(exchange, 404, "application/problem+json",
                    "{\"status\":404,\"code\":\"not-found\",\"title\":\"Nicht gefunden\"}");
        }
    }

    private static void reply(HttpExchange exchange, int status, String type, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
