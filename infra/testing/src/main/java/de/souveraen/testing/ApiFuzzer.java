package de.souveraen.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Property-based API fuzzing from a service's OpenAPI document: every operation gets requests built from its
 * schema and then broken — malformed JSON, wrong types, unknown members, out-of-range numbers and dates, hostile
 * strings (markup, formula cells, right-to-left overrides, NUL, lone surrogates, 100 KB), wrong content types,
 * hostile path, query and header values ({@link FuzzRequests}). Every choice comes from one seeded
 * {@link Random}, so a failing run is repeated exactly by its seed. (jqwik's generators cannot be seeded
 * outside its own engine, and its engine cannot host a {@code @QuarkusTest}; so the generators are these few lines.)
 *
 * <p>The properties checked for every request ({@link FuzzChecks}): no 5xx; every error is
 * {@code application/problem+json} with its status, a {@code code} and a {@code title}; a refused request (4xx)
 * leaves the state probe unchanged (e.g. the event store's count and last position); a write carrying a text of
 * 100,001 characters is never accepted.
 */
public final class ApiFuzzer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One operation of the OpenAPI document. */
    public record Operation(String method, String path, List<String> pathParameters, List<String> queryParameters,
            List<String> headerParameters, JsonNode bodySchema, List<String> consumes) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** What one run found: requests sent, answers by status, and each broken property with its request. */
    public record Outcome(long seed, int requests, Map<Integer, Integer> statuses, List<String> failures) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final JsonNode document;
    private final long seed;
    private final FuzzRequests requests;

    public ApiFuzzer(URI base, JsonNode openApi, long seed) {
        this(base, openApi, seed, Map.of());
    }

    /** As above; {@code known} gives existing values of path parameters (half of the parameters use one). */
    ApiFuzzer(URI base, JsonNode openApi, long seed, Map<String, List<String>> known) {
        this(base, openApi, seed, known, Map.of());
    }

    /**
     * As above; {@code foreign} gives ids of another municipality by path parameter or body member name (a third of
     * those parameters and members carry one). A request carrying one must be answered exactly as the same request
     * with ids that exist nowhere (same status, same problem code), and never accepted when that one is refused.
     */
    public ApiFuzzer(URI base, JsonNode openApi, long seed, Map<String, List<String>> known,
            Map<String, List<String>> foreign) {
        this.base = URI.create(base.toString().replaceAll("/+$", ""));
        this.document = openApi;
        this.seed = seed;
        this.requests = new FuzzRequests(seed, known, foreign);
    }

    /** A valid-looking body for {@code schema} from this fuzzer's generator (see {@link FuzzRequests#plausible}). */
    JsonNode plausible(JsonNode schema, boolean complete) {
        return requests.plausible(schema, complete);
    }

    /** Reads {@code /q/openapi?format=json} of a running service. */
    public static JsonNode openApi(URI base) {
        try {
            // HTTP/1.1 as every request of the fuzzer: the JDK client's h2c upgrade on a plain connection once
            // misread the service's answer ("Frame type(32) … exceeds MAX_FRAME_SIZE")
            HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(HttpRequest.newBuilder(base.resolve("/q/openapi?format=json")).build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("no OpenAPI document at " + base + ": " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("no OpenAPI document at " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every operation of an OpenAPI document (path, method, parameters, JSON body schema with refs resolved). */
    public static List<Operation> operations(JsonNode openApi) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> entry = methods.next();
                String method = entry.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                JsonNode op = entry.getValue();
                List<String> pathParams = new ArrayList<>();
                List<String> queryParams = new ArrayList<>();
                List<String> headerParams = new ArrayList<>();
                List<JsonNode> parameters = new ArrayList<>();
                path.getValue().path("parameters").forEach(parameters::add);
                op.path("parameters").forEach(parameters::add);
                for (JsonNode parameter : parameters) {
                    String name = parameter.path("name").asText();
                    switch (parameter.path("in").asText()) {
                        case "path" -> pathParams.add(name);
                        case "query" -> queryParams.add(name);
                        case "header" -> headerParams.add(name);
                        default -> { }
                    }
                }
                JsonNode schema = op.path("requestBody").path("content").path("application/json").path("schema");
                List<String> consumes = new ArrayList<>();
                op.path("requestBody").path("content").fieldNames().forEachRemaining(consumes::add);
                operations.add(new Operation(method, path.getKey(), pathParams, queryParams, headerParams,
                        schema.isMissingNode() ? null : resolve(openApi, schema, 0), List.copyOf(consumes)));
            }
        }
        return operations;
    }

    private static JsonNode resolve(JsonNode openApi, JsonNode schema, int depth) {
        if (depth > 8) {
            return NODES.objectNode();
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            return resolve(openApi, openApi.at(ref.substring(1)), depth + 1);
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1) {
            return resolve(openApi, schema.get("allOf").get(0), depth + 1);
        }
        ObjectNode copy = schema.deepCopy();
        if (schema.has("properties")) {
            ObjectNode properties = NODES.objectNode();
            schema.get("properties").fields().forEachRemaining(p -> properties.set(p.getKey(),
                    resolve(openApi, p.getValue(), depth + 1)));
            copy.set("properties", properties);
        }
        if (schema.has("items")) {
            copy.set("items", resolve(openApi, schema.get("items"), depth + 1));
        }
        return copy;
    }

    /**
     * Sends {@code tries} generated requests, spread over the operations round-robin, each with the token
     * {@code tokenFor} gives for the operation (a role allowed to call it, so validation is what answers), and
     * checks the properties after each; {@code stateProbe} is read before and after every request.
     */
    public Outcome run(List<Operation> operations, Function<Operation, String> tokenFor, int tries,
            Supplier<String> stateProbe) {
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < tries; i++) {
            FuzzRequests.Generated sent = requests.next(base, operations.get(i % operations.size()), tokenFor);
            String before = stateProbe.get();
            HttpResponse<String> response;
            try {
                response = send(sent.request());
            } catch (IOException e) {
                failures.add(sent.operation() + " (" + sent.how() + "): no answer: " + e);
                continue;
            }
            statuses.merge(response.statusCode(), 1, Integer::sum);
            failures.addAll(FuzzChecks.check(sent, response, before, stateProbe));
            if (!sent.foreignIds().isEmpty()) {
                foreign++;
                try {
                    failures.addAll(FuzzChecks.checkForeign(sent, response, send(sent.withUnknownIds())));
                } catch (IOException e) {
                    failures.add(sent.operation() + " (" + sent.how() + ", unknown ids): no answer: " + e);
                }
            }
        }
        return new Outcome(seed, tries, statuses, failures);
    }

    /** Requests of the last run that carried another municipality's ids. */
    public int foreignRequests() {
        return foreign;
    }

    private int foreign;

    /** Sends a request with this fuzzer's client; the answer's body as text. */
    HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs the fuzzer against a service under test ({@code @QuarkusTest} with {@link SouveraenTestResource}):
     * {@code fuzz.tries} requests (default 10,000) with seed {@code fuzz.seed} (default: fixed
     * per service, so CI repeats itself; set another to explore), skipping operations whose path contains one of
     * {@code skip}; the state probe counts the event store's events and idempotency keys and published reports.
     * Fails with the broken properties, prints the statuses seen.
     */
    public static Outcome check(String service, URI base, Function<Operation, String> tokenFor, List<String> skip) {
        return check(service, base, tokenFor, skip, Map.of());
    }

    /** As above; {@code known} gives existing values of path parameters (half of the requests use them). */
    public static Outcome check(String service, URI base, Function<Operation, String> tokenFor, List<String> skip,
            Map<String, List<String>> known) {
        int tries = Integer.getInteger("fuzz.tries", 10_000);
        long seed = Long.getLong("fuzz.seed", service.hashCode());
        List<Operation> operations = operations(service, base, skip);
        Outcome outcome;
        try (java.sql.Connection db = database()) {
            Supplier<String> probe = FuzzChecks.stateProbe(db);
            long start = System.nanoTime();
            ApiFuzzer fuzzer = new ApiFuzzer(base, openApi(base), seed, known);
            outcome = fuzzer.run(operations, tokenFor, tries, probe);
            System.out.printf("fuzz %s: %d requests over %d operations in %d ms, seed %d, statuses %s%n", service,
                    outcome.requests(), operations.size(), (System.nanoTime() - start) / 1_000_000, seed,
                    outcome.statuses());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("no database for the state probe", e);
        }
        if (!outcome.failures().isEmpty()) {
            throw new AssertionError(outcome.failures().size() + " broken properties (seed " + seed + "), first:\n"
                    + String.join("\n", outcome.failures().subList(0, Math.min(25, outcome.failures().size()))));
        }
        return outcome;
    }

    /** The operations of a running service's OpenAPI document, without those whose path contains one of skip. */
    static List<Operation> operations(String service, URI base, List<String> skip) {
        List<Operation> operations = operations(openApi(base)).stream()
                .filter(op -> skip.stream().noneMatch(op.path()::contains)).toList();
        if (operations.size() < 3) {
            throw new AssertionError(service + ": the OpenAPI document lists only " + operations);
        }
        return operations;
    }

    /**
     * Runs the fuzzer against a service in a running installation with two municipalities: {@code tries} requests
     * with the tokens {@code tokenFor} gives (users of one municipality), {@code known} ids of that municipality and
     * {@code foreign} ids of the other one (see the constructor); the state probe reads {@code db}, the service's
     * database. Fails with the broken properties, prints the statuses seen.
     */
    public static Outcome checkAcrossMunicipalities(String service, URI base, Function<Operation, String> tokenFor,
            List<String> skip, Map<String, List<String>> known, Map<String, List<String>> foreign,
            java.sql.Connection db, int tries, long seed) {
        List<Operation> operations = operations(service, base, skip);
        long start = System.nanoTime();
        ApiFuzzer fuzzer = new ApiFuzzer(base, openApi(base), seed, known, foreign);
        Outcome outcome = fuzzer.run(operations, tokenFor, tries, FuzzChecks.stateProbe(db));
        System.out.printf("fuzz %s across municipalities: %d requests (%d with the other municipality's ids) over %d"
                + " operations in %d ms, seed %d, statuses %s%n", service, outcome.requests(),
                fuzzer.foreignRequests(), operations.size(), (System.nanoTime() - start) / 1_000_000, seed,
                outcome.statuses());
        if (!outcome.failures().isEmpty()) {
            throw new AssertionError(outcome.failures().size() + " broken properties (seed " + seed + "), first:\n"
                    + String.join("\n", outcome.failures().subList(0, Math.min(25, outcome.failures().size()))));
        }
        if (fuzzer.foreignRequests() == 0) {
            throw new AssertionError(service + ": no request carried the other municipality's ids");
        }
        return outcome;
    }

    /** A connection to the database of the service under test ({@link SouveraenTestResource}). */
    static java.sql.Connection database() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(SouveraenTestResource.jdbcUrl(), SouveraenTestResource.username(),
                SouveraenTestResource.password());
    }

}
