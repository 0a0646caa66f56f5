package de.souveraen.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
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
 * hostile path, query and header values. Every choice comes from one seeded {@link Random}, so a failing run is
 * repeated exactly by its seed. (jqwik's generators cannot be seeded outside its own engine, and its engine cannot
 * host a {@code @QuarkusTest}; so the generators are these few lines.)
 *
 * <p>The properties checked for every request: no 5xx; every error is {@code application/problem+json} with its
 * status, a {@code code} and a {@code title}; a refused request (4xx) leaves the state probe unchanged (e.g. the
 * event store's count and last position); a write carrying a text of 100,001 characters is never accepted.
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
    private final Random random;
    private final long seed;
    private Map<String, List<String>> known = Map.of();

    public ApiFuzzer(URI base, JsonNode openApi, long seed) {
        this.base = URI.create(base.toString().replaceAll("/+$", ""));
        this.document = openApi;
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** Reads {@code /q/openapi?format=json} of a running service. */
    public static JsonNode openApi(URI base) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    base.resolve("/q/openapi?format=json")).build(), HttpResponse.BodyHandlers.ofString());
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

    // ---- generators (all driven by the seeded Random) ----

    /** Markup that runs script where text is put into HTML unescaped. */
    static final List<String> MARKUP = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>");
    /** Cells a spreadsheet would take for a formula. */
    static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://127.0.0.1/x\")", "+SUMME(A1:A9)", "-2+3",
            "@SUM(1)");
    /** A right-to-left override that turns what follows around, and its end. */
    static final String BIDI = "\u202Eevil\u202C";
    /** Strings that have broken real systems: markup, formulas, bidi overrides, control characters, SQL, paths. */
    static final List<String> HOSTILE = java.util.stream.Stream.of(MARKUP, FORMULAS, List.of("\tTAB", BIDI,
            "\u0000", "NUL\u0000inside", "\uD800", "' OR '1'='1' --", "../../etc/passwd", "%00", "${jndi:ldap://127.0.0.1/x}",
            "{{7*7}}", "{#for x in y}", "\r\n\r\nHTTP/1.1 200", "ü\u0308", "😀".repeat(50), "", " ", "null", "true",
            "9".repeat(400), "1e309", "-0", "0x10", "2026-02-30", "31.12.2026", "NaN", "Infinity"))
            .flatMap(List::stream).toList();

    /** A hostile string: from the list, random code points (any plane, controls), 100 KB, or markup soup. */
    private String hostile() {
        switch (random.nextInt(5)) {
            case 0:
            case 1:
                return HOSTILE.get(random.nextInt(HOSTILE.size()));
            case 2: {
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(40); i > 0; i--) {
                    text.appendCodePoint(random.nextInt(5) == 0 ? random.nextInt(0x20) : random.nextInt(0x10FFFF));
                }
                return text.toString();
            }
            case 3:
                return "x".repeat(100_001);
            default: {
                String soup = "<>&\"'=+-@\u202E\u0000{}[]%$\\";
                StringBuilder text = new StringBuilder();
                for (int i = 1 + random.nextInt(30); i > 0; i--) {
                    text.append(soup.charAt(random.nextInt(soup.length())));
                }
                return text.toString();
            }
        }
    }

    /** A value of the wrong kind or out of range for any member. */
    private JsonNode wrongValue() {
        switch (random.nextInt(7)) {
            case 0:
                return NODES.nullNode();
            case 1:
                return List.<JsonNode>of(NODES.booleanNode(true), NODES.arrayNode(), NODES.objectNode())
                        .get(random.nextInt(3));
            case 2:
                return NODES.numberNode(new java.math.BigDecimal(random.nextLong() % 1_000_000_000_000L)
                        .movePointLeft(3));
            case 3:
                return List.<JsonNode>of(NODES.numberNode(new java.math.BigDecimal("1e400")),
                        NODES.numberNode(Long.MIN_VALUE), NODES.numberNode(-1), NODES.numberNode(0),
                        NODES.numberNode(Integer.MAX_VALUE + 1L)).get(random.nextInt(5));
            default:
                return NODES.textNode(hostile());
        }
    }

    // ---- plausible values from the schema, then broken ----

    /**
     * A valid-looking value for {@code schema}; {@code complete} puts every member in and one element in every
     * array (otherwise members and array elements are left out at random).
     */
    JsonNode plausible(JsonNode schema, boolean complete) {
        return plausible(schema, 0, complete);
    }

    private JsonNode plausible(JsonNode schema, int depth, boolean complete) {
        if (schema == null || depth > 6) {
            return NODES.objectNode();
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        String type = schema.path("type").asText("object");
        String format = schema.path("format").asText("");
        switch (type) {
            case "string":
                return NODES.textNode(switch (format) {
                    case "date" -> "2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
                    case "date-time" -> "2026-05-04T10:00:00+02:00";
                    case "uuid" -> java.util.UUID.randomUUID().toString();
                    default -> "Fuzz " + random.nextInt(1000);
                });
            case "integer":
                return NODES.numberNode(random.nextInt(5));
            case "number":
                return NODES.numberNode(new java.math.BigDecimal(random.nextInt(100_000)).movePointLeft(2));
            case "boolean":
                return NODES.booleanNode(random.nextBoolean());
            case "array":
                ArrayNode array = NODES.arrayNode();
                if (complete || random.nextBoolean()) {
                    array.add(plausible(schema.get("items"), depth + 1, complete));
                }
                return array;
            default:
                ObjectNode object = NODES.objectNode();
                schema.path("properties").fields().forEachRemaining(p -> {
                    if (complete || random.nextInt(5) > 0) {
                        object.set(p.getKey(), plausible(p.getValue(), depth + 1, complete));
                    }
                });
                return object;
        }
    }

    /** The body to send and how it was broken (for the report). */
    private record Body(String text, String contentType, String how) {
    }

    private Body body(Operation op) {
        JsonNode valid = plausible(op.bodySchema(), false);
        int kind = random.nextInt(10);
        switch (kind) {
            case 0: { // malformed JSON
                String text = valid.toString();
                List<String> broken = List.of(text.substring(0, Math.max(0, text.length() - 1)), "{", "[1,2", "{\"a\":}",
                        "\u0000", "{\"a\":1,}", "[".repeat(5000), "{\"a\":\"\\uD800\"}", "nul", text + text);
                return new Body(broken.get(random.nextInt(broken.size())), "application/json", "malformed JSON");
            }
            case 1: // wrong content type
                return new Body(valid.toString(), List.of("text/plain", "application/xml", "text/csv; charset=utf-8",
                        "application/x-www-form-urlencoded").get(random.nextInt(4)), "wrong content type");
            case 2: // empty body
                return new Body("", "application/json", "empty body");
            case 3: { // unknown member
                ObjectNode object = valid.isObject() ? (ObjectNode) valid : NODES.objectNode();
                object.set("unknown" + random.nextInt(100), NODES.textNode(hostile()));
                return new Body(object.toString(), "application/json", "unknown member");
            }
            default: { // one member broken (wrong type, out of range, hostile text)
                if (!valid.isObject() || valid.isEmpty()) {
                    return new Body(wrongValue().toString(), "application/json", "wrong top-level value");
                }
                List<String> names = new ArrayList<>();
                valid.fieldNames().forEachRemaining(names::add);
                String name = names.get(random.nextInt(names.size()));
                ((ObjectNode) valid).set(name, wrongValue());
                return new Body(valid.toString(), "application/json", "member " + name + " broken");
            }
        }
    }

    /**
     * A path or query value; hostile ones are cut at 1,000 characters (longer request lines are refused by the
     * HTTP layer before the API sees them, which is not what this fuzzer tests).
     */
    private String parameter(String name) {
        int kind = random.nextInt(4);
        List<String> existing = known.getOrDefault(name, List.of());
        if (!existing.isEmpty() && random.nextBoolean()) { // reach the validation behind the lookup
            return existing.get(random.nextInt(existing.size()));
        }
        if (kind == 0) {
            String value = hostile();
            return value.length() > 1000 ? value.substring(0, 1000) : value;
        }
        if (name.equals("year")) {
            return kind == 1 ? "2026" : List.of("0", "-1", "99999", "2026.5", "zwanzig").get(random.nextInt(5));
        }
        if (name.equals("period")) {
            return List.of("2026-Q5", "2026-Q0", "26-Q1", "2026Q1", "2026-q1").get(random.nextInt(5));
        }
        return kind == 1 ? java.util.UUID.randomUUID().toString() : "x" + random.nextInt(1_000_000);
    }

    /** {@code path} with its {@code {name}} (or {@code {name:regex}}) placeholders replaced by encoded values. */
    static String fillPath(String path, Map<String, String> values) {
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replaceAll("\\{" + java.util.regex.Pattern.quote(value.getKey()) + "(:[^}]*)?}",
                    java.util.regex.Matcher.quoteReplacement(encode(value.getValue())));
        }
        return path;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static boolean headerSafe(String value) {
        return !value.isEmpty() && value.length() < 4000 && value.chars().allMatch(c -> c >= 0x21 && c < 0x7f);
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
            Operation op = operations.get(i % operations.size());
            Map<String, String> values = new LinkedHashMap<>();
            for (String name : op.pathParameters()) {
                values.put(name, parameter(name));
            }
            String path = fillPath(op.path(), values);
            StringBuilder query = new StringBuilder();
            for (String name : op.queryParameters()) {
                if (random.nextBoolean()) {
                    query.append(query.length() == 0 ? '?' : '&').append(encode(name)).append('=')
                            .append(encode(parameter(name)));
                }
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path + query))
                    .timeout(Duration.ofSeconds(30));
            String token = tokenFor.apply(op);
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            for (String name : op.headerParameters()) {
                String value = random.nextBoolean() ? "fuzz-" + random.nextLong() : hostile();
                if (headerSafe(value)) {
                    request.header(name, value);
                }
            }
            String how = "no body";
            boolean longText = false;
            if (op.method().equals("GET") || op.method().equals("DELETE")) {
                request.method(op.method(), HttpRequest.BodyPublishers.noBody());
            } else {
                Body body = body(op);
                how = body.how();
                longText = body.text().contains("x".repeat(100_001));
                request.header("Content-Type", body.contentType()).method(op.method(),
                        HttpRequest.BodyPublishers.ofString(body.text()));
            }
            String before = stateProbe.get();
            HttpResponse<String> response;
            try {
                response = send(request.build());
            } catch (IOException e) {
                failures.add(op + " (" + how + "): no answer: " + e);
                continue;
            }
            int status = response.statusCode();
            statuses.merge(status, 1, Integer::sum);
            String where = op + " → " + request.build().uri().getRawPath() + " (" + how + ")";
            if (status < 300 && !op.method().equals("GET") && how.startsWith("member") && longText) {
                failures.add(where + ": accepted a text of 100,001 characters (" + status + ")");
            }
            if (status >= 500) {
                failures.add(where + ": " + status + " " + abbreviate(response.body()));
            } else if (status >= 400) {
                String problem = checkProblem(status, response);
                if (problem != null) {
                    failures.add(where + ": " + status + " " + problem);
                }
                String after = stateProbe.get();
                if (!before.equals(after)) {
                    failures.add(where + ": refused with " + status + " but the state changed: " + before + " → "
                            + after);
                }
            }
        }
        return new Outcome(seed, tries, statuses, failures);
    }

    /** Sends a request with this fuzzer's client; the answer's body as text. */
    HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String checkProblem(int status, HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return "not problem+json but '" + type + "': " + abbreviate(response.body());
        }
        try {
            JsonNode problem = JSON.readTree(response.body());
            if (problem.path("status").asInt() != status) {
                return "status member " + problem.path("status") + " differs";
            }
            if (problem.path("title").asText("").isBlank() || problem.path("code").asText("").isBlank()) {
                return "problem without title or code: " + abbreviate(response.body());
            }
            if (response.body().contains("\tat ") || response.body().contains("Exception")) {
                return "problem shows internals: " + abbreviate(response.body());
            }
            return null;
        } catch (IOException e) {
            return "problem+json that is not JSON: " + abbreviate(response.body());
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
            Supplier<String> probe = () -> {
                try (var statement = db.createStatement(); var rows = statement.executeQuery(
                        "select (select count(*) from es_event) || '/' || (select coalesce(max(position), 0)"
                                + " from es_event) || '/' || (select count(*) from es_idempotency_key) || '/' ||"
                                + " case when to_regclass('rm_publication') is null then 0 else"
                                + " (xpath('/row/c/text()', query_to_xml('select count(*) as c from rm_publication',"
                                + " false, true, '')))[1]::text::int end")) {
                    rows.next();
                    return rows.getString(1);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException("state probe failed", e);
                }
            };
            long start = System.nanoTime();
            ApiFuzzer fuzzer = new ApiFuzzer(base, openApi(base), seed);
            fuzzer.known = Map.copyOf(known);
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

    /** A connection to the database of the service under test ({@link SouveraenTestResource}). */
    static java.sql.Connection database() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(SouveraenTestResource.jdbcUrl(), SouveraenTestResource.username(),
                SouveraenTestResource.password());
    }

    static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
