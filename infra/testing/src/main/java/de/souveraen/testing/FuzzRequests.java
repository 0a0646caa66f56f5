package de.souveraen.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.souveraen.testing.ApiFuzzer.Operation;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * The request side of {@link ApiFuzzer}: plausible values from an operation's schema, then broken (malformed JSON,
 * wrong types, unknown members, out-of-range numbers and dates, hostile strings, wrong content types, hostile path,
 * query and header values). Every choice comes from one seeded {@link Random}, drawn in a fixed order, so a seed
 * always gives the same requests.
 */
final class FuzzRequests {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Random random;
    /** Existing values of path parameters by name (half of the parameters use one). */
    private final Map<String, List<String>> known;
    /**
     * Ids of another municipality by path parameter or body member name: a third of those parameters and members
     * carry one. Without any, no random number is drawn for them, so a seed gives the same requests as before.
     */
    private final Map<String, List<String>> foreign;
    /** The foreign ids the request being generated carries. */
    private final List<String> foreignUsed = new ArrayList<>();

    FuzzRequests(long seed, Map<String, List<String>> known) {
        this(seed, known, Map.of());
    }

    FuzzRequests(long seed, Map<String, List<String>> known, Map<String, List<String>> foreign) {
        this.random = new Random(seed);
        this.known = Map.copyOf(known);
        this.foreign = Map.copyOf(foreign);
    }

    /**
     * One generated request and how its body was broken (for the report); {@code foreignIds} are the other
     * municipality's ids it carries in its path or body, {@code body} the body sent ({@code null}: none).
     */
    record Generated(Operation operation, HttpRequest request, String how, boolean longText, List<String> foreignIds,
            String body) {
        Generated(Operation operation, HttpRequest request, String how, boolean longText) {
            this(operation, request, how, longText, List.of(), null);
        }

        /**
         * The same request with every foreign id replaced by an id that exists nowhere: what a foreign id must be
         * answered like.
         */
        HttpRequest withUnknownIds() {
            String uri = request.uri().toString();
            String text = body;
            for (String id : foreignIds) {
                String unknown = java.util.UUID.randomUUID().toString();
                uri = uri.replace(encode(id), unknown).replace(id, unknown);
                text = text == null ? null : text.replace(id, unknown);
            }
            HttpRequest.Builder twin = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30));
            request.headers().map().forEach((name, values) -> values.forEach(value -> twin.header(name,
                    name.equalsIgnoreCase("Idempotency-Key") ? "twin-" + java.util.UUID.randomUUID() : value)));
            return twin.method(request.method(), text == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(text)).build();
        }
    }

    /**
     * The next request for {@code op} against {@code base}: path and query parameters, header parameters, and for
     * writes a body, each drawn in this order.
     */
    Generated next(URI base, Operation op, Function<Operation, String> tokenFor) {
        foreignUsed.clear();
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
        String text = null;
        if (op.method().equals("GET") || op.method().equals("DELETE")) {
            request.method(op.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            Body body = body(op);
            how = body.how();
            text = body.text();
            longText = body.text().contains("x".repeat(100_001));
            request.header("Content-Type", body.contentType()).method(op.method(),
                    HttpRequest.BodyPublishers.ofString(body.text()));
        }
        return new Generated(op, request.build(), how, longText, List.copyOf(foreignUsed), text);
    }


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
    String hostile() {
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
                        JsonNode value = plausible(p.getValue(), depth + 1, complete);
                        List<String> ids = foreign.getOrDefault(p.getKey(), List.of());
                        if (!ids.isEmpty() && random.nextInt(3) == 0) { // another municipality's id
                            String id = ids.get(random.nextInt(ids.size()));
                            foreignUsed.add(id);
                            value = value.isArray() ? NODES.arrayNode().add(id) : NODES.textNode(id);
                        }
                        object.set(p.getKey(), value);
                    }
                });
                return object;
        }
    }

    /** The body to send and how it was broken (for the report). */
    record Body(String text, String contentType, String how) {
    }

    Body body(Operation op) {
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
    String parameter(String name) {
        List<String> ids = foreign.getOrDefault(name, List.of());
        if (!ids.isEmpty() && random.nextInt(3) == 0) { // another municipality's id
            String id = ids.get(random.nextInt(ids.size()));
            foreignUsed.add(id);
            return id;
        }
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

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static boolean headerSafe(String value) {
        return !value.isEmpty() && value.length() < 4000 && value.chars().allMatch(c -> c >= 0x21 && c < 0x7f);
    }
}
