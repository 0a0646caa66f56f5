package de.souveraen.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.souveraen.testing.ApiFuzzer.Operation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Hostile text is stored as given: every write operation of a service's OpenAPI document (POST, PUT or PATCH with
 * a JSON body) gets plausible valid bodies from {@link ApiFuzzer}'s generator, with every free-text member (type
 * string without enum, format or pattern, at any depth, in arrays too) set to a hostile text — markup, a formula
 * start, right-to-left override, non-Latin and astral characters, quotes and backslashes — with a marker unique to
 * the field. When the service accepts the request (2xx), each text sent must be a string value, exactly equal after
 * JSON decoding, in the payload of an event the request appended ({@code es_event} rows after the highest position
 * before it): a text trimmed, normalised or escaped on the way into the store is a failure, and so is a 5xx.
 *
 * <p>A text found nowhere in the new events (not even its marker) is a failure too, unless its member is listed as
 * {@code conditional}: stored only when it applies (e.g. the title of a line that an adjustment adds) and ignored
 * otherwise. A text found with its marker but changed is always a failure.
 *
 * <p>The property means something only for requests that get accepted, so the test gives {@code known} values —
 * for path parameters and for body members by name (a line code, ids of existing things, dates in the test's year);
 * a member with a known value is not free text. A path parameter's values can be given for the path segment before
 * it ({@code "meetings/id"}) when one name means different things. The OpenAPI documents give no {@code maxLength},
 * so texts keep to {@link #DEFAULT_MAX_LENGTH}; a refusal {@code too-long} naming a field halves its length for
 * the next tries (refusing an over-long text is right). Every operation with free text must be accepted at least once,
 * unless the test lists it as impossible with its reason; at least {@code max(5, possible operations)} writes must
 * be accepted in all.
 *
 * <p>Each operation is tried in rounds (so one can prepare another, e.g. freeze before release) until it was
 * accepted {@link #WANTED} times or {@code hostile.rounds} (default 12) rounds are over; half of the bodies carry
 * every member, half leave members out at random. Seed: {@code fuzz.seed} as for {@link ApiFuzzer}.
 */
public final class HostileTextCheck {
    /** Accepted requests per operation after which it is not tried again. */
    static final int WANTED = 2;
    /** The length a hostile text keeps to when the schema gives no {@code maxLength} (the domain's shortest limit). */
    static final int DEFAULT_MAX_LENGTH = 100;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String SCRIPTS = "Ärger ß 漢字 😀";
    private static final String QUOTES = "'\"\\";

    /** What one run found: requests sent, accepted ones per operation, never accepted ones, broken properties. */
    public record Outcome(int requests, Map<String, Integer> accepted, List<String> neverAccepted,
            List<String> failures) {
        public int acceptedInAll() {
            return accepted.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** One text member of a body: its name, where it is, and the text sent there. */
    record Sent(String member, String field, String text) {
    }

    private final ApiFuzzer fuzzer;
    private final URI base;
    private final Random random;
    private final Map<String, List<String>> known;
    private final Map<String, String> conditional;
    private final Connection db;
    private final List<String> failures = new ArrayList<>();
    /** "METHOD path field" of every text found stored as sent (array indices as {@code []}). */
    private final Set<String> covered = new java.util.TreeSet<>();
    /** "METHOD path field" → the length its texts keep to, learnt from {@code too-long} refusals. */
    private final Map<String, Integer> limits = new java.util.HashMap<>();
    private int texts;

    private HostileTextCheck(ApiFuzzer fuzzer, URI base, long seed, Map<String, List<String>> known,
            Map<String, String> conditional, Connection db) {
        this.fuzzer = fuzzer;
        this.base = URI.create(base.toString().replaceAll("/+$", ""));
        this.random = new Random(seed);
        this.known = known;
        this.conditional = conditional;
        this.db = db;
    }

    /**
     * Runs the check against a service under test ({@code @QuarkusTest} with {@link SouveraenTestResource}) and
     * fails with the broken properties, the operations never accepted (unless listed in {@code impossible}, "METHOD
     * path" → reason) or too few accepted writes; prints what was accepted and why the rest was refused.
     * {@code known}: values of path parameters and body members by name; {@code conditional}: member name → when
     * it is stored.
     */
    public static Outcome check(String service, URI base, Function<Operation, String> tokenFor, List<String> skip,
            Map<String, List<String>> known, Map<String, String> conditional, Map<String, String> impossible) {
        long seed = Long.getLong("fuzz.seed", service.hashCode());
        int rounds = Integer.getInteger("hostile.rounds", 12);
        List<Operation> writes = ApiFuzzer.operations(service, base, skip).stream()
                .filter(HostileTextCheck::takesJson).toList();
        long start = System.nanoTime();
        Outcome outcome;
        try (Connection db = ApiFuzzer.database()) {
            HostileTextCheck check = new HostileTextCheck(new ApiFuzzer(base, ApiFuzzer.openApi(base), seed), base,
                    seed, Map.copyOf(known), Map.copyOf(conditional), db);
            outcome = check.run(service, writes, tokenFor, rounds);
        } catch (SQLException e) {
            throw new IllegalStateException("no database for the event store", e);
        }
        System.out.printf("hostile text %s: %d requests in %d ms, seed %d, accepted %s%n", service, outcome.requests(),
                (System.nanoTime() - start) / 1_000_000, seed, outcome.accepted());
        verify(service, outcome, impossible);
        return outcome;
    }

    private static boolean takesJson(Operation op) {
        return List.of("POST", "PUT", "PATCH").contains(op.method()) && op.bodySchema() != null
                && op.consumes().contains("application/json");
    }

    private static void verify(String service, Outcome outcome, Map<String, String> impossible) {
        impossible.forEach((op, why) -> System.out.printf("hostile text %s: listed as impossible %s: %s%n", service,
                op, why));
        List<String> problems = new ArrayList<>(outcome.failures());
        for (String op : outcome.neverAccepted()) {
            if (!impossible.containsKey(op)) {
                problems.add(op + ": never accepted, so its texts were never checked");
            }
        }
        long possible = outcome.accepted().size() + outcome.neverAccepted().stream()
                .filter(op -> !impossible.containsKey(op)).count();
        if (outcome.acceptedInAll() < Math.max(5, possible)) {
            problems.add("only " + outcome.acceptedInAll() + " accepted writes (at least " + Math.max(5, possible)
                    + " wanted)");
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(service + ": " + problems.size() + " broken properties, first:\n"
                    + String.join("\n", problems.subList(0, Math.min(25, problems.size()))));
        }
    }

    private Outcome run(String service, List<Operation> writes, Function<Operation, String> tokenFor, int rounds) {
        Map<String, Integer> accepted = new TreeMap<>();
        Map<String, Map<String, Integer>> refusals = new TreeMap<>();
        List<Operation> withText = writes.stream().filter(op -> !textMembers(op.bodySchema(), "").isEmpty()).toList();
        int requests = 0;
        for (int round = 0; round < rounds; round++) {
            for (Operation op : withText) {
                if (accepted.getOrDefault(op.toString(), 0) >= WANTED && missing(List.of(op)).isEmpty()) {
                    continue;
                }
                requests++;
                String refusal = attempt(op, tokenFor.apply(op), round % 2 == 0);
                if (refusal == null) {
                    accepted.merge(op.toString(), 1, Integer::sum);
                } else {
                    refusals.computeIfAbsent(op.toString(), k -> new TreeMap<>()).merge(refusal, 1, Integer::sum);
                }
            }
        }
        List<String> never = withText.stream().map(Operation::toString).filter(op -> !accepted.containsKey(op))
                .toList();
        report(service, writes, withText, never, refusals);
        missing(withText.stream().filter(op -> accepted.containsKey(op.toString())).toList())
                .forEach(member -> failures.add(member + ": never stored with a hostile text"));
        return new Outcome(requests, accepted, never, failures);
    }

    private void report(String service, List<Operation> writes, List<Operation> withText, List<String> never,
            Map<String, Map<String, Integer>> refusals) {
        System.out.printf("hostile text %s: %d write operations, %d with free text, without: %s%n", service,
                writes.size(), withText.size(), writes.stream().filter(op -> !withText.contains(op)).toList());
        never.forEach(op -> System.out.printf("hostile text %s: never accepted %s, refusals %s%n", service, op,
                refusals.get(op)));
        System.out.printf("hostile text %s: members never stored with a hostile text (conditional: %s): %s%n",
                service, conditional.keySet(), uncovered(withText));
    }

    /** The free-text members of these operations never found stored, without the conditional ones. */
    private List<String> missing(List<Operation> operations) {
        return uncovered(operations).stream()
                .filter(member -> !conditional.containsKey(member.replaceAll(".*[ .]|\\[]", ""))).toList();
    }

    /**
     * Sends one hostile body; null when accepted (and then every text is looked for in the new events, failures
     * added), otherwise the refusal as "status code field".
     */
    private String attempt(Operation op, String token, boolean complete) {
        List<Sent> sent = new ArrayList<>();
        JsonNode body = hostile(op, op.bodySchema(), fuzzer.plausible(op.bodySchema(), complete), "", "", sent);
        Map<String, String> values = new LinkedHashMap<>();
        op.pathParameters().forEach(name -> values.put(name, pathValue(op.path(), name)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + FuzzRequests.fillPath(op.path(), values)))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .method(op.method(), HttpRequest.BodyPublishers.ofString(body.toString()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (op.method().equals("PUT")) {
            request.header("If-Match", "*"); // a PUT needs If-Match; * accepts whatever version is current
        }
        op.headerParameters().forEach(name -> request.header(name, "hostile-" + random.nextLong()));
        long before = lastPosition();
        HttpResponse<String> response;
        try {
            response = fuzzer.send(request.build());
        } catch (IOException e) {
            failures.add(op + ": no answer: " + e);
            return "no answer";
        }
        int status = response.statusCode();
        if (status >= 500) {
            failures.add(op + ": " + status + " " + FuzzChecks.abbreviate(response.body()) + " for " + body);
        }
        if (status >= 300) {
            String refusal = refusal(response.body());
            learnLimit(op, refusal);
            return status + " " + refusal;
        }
        Set<String> stored = storedTexts(before);
        failures.addAll(notStored(op, sent, stored));
        sent.stream().filter(text -> stored.contains(text.text()))
                .forEach(text -> covered.add(op + " " + anyIndex(text.field())));
        return null;
    }

    /**
     * The texts sent that are no string value of the new events, each with what the store holds for its marker
     * (a conditional member's text may be missing altogether).
     */
    private List<String> notStored(Operation op, List<Sent> sent, Set<String> stored) {
        List<String> failures = new ArrayList<>();
        for (Sent text : sent) {
            if (!stored.contains(text.text())) {
                String marker = text.text().substring(text.text().lastIndexOf(' ') + 1);
                List<String> near = stored.stream().filter(s -> s.contains(marker)).toList();
                if (near.isEmpty() && conditional.containsKey(text.member())) {
                    continue;
                }
                failures.add(op + " " + text.field() + ": sent " + quoted(text.text()) + ", stored "
                        + (near.isEmpty() ? "nowhere" : near.stream().map(HostileTextCheck::quoted).toList()));
            }
        }
        return failures;
    }

    private static String quoted(String text) {
        return NODES.textNode(text).toString();
    }

    // ---- the body: known values and hostile texts in a plausible body ----

    /**
     * {@code value} (generated for {@code schema}) with every member that has a known value set to one, and every
     * free-text string replaced by a hostile text, recorded in {@code sent} with its field path.
     */
    private JsonNode hostile(Operation op, JsonNode schema, JsonNode value, String member, String field,
            List<Sent> sent) {
        if (value instanceof ObjectNode object) {
            schema.path("properties").fields().forEachRemaining(p -> {
                String at = field.isEmpty() ? p.getKey() : field + "." + p.getKey();
                if (isKnown(p.getKey(), p.getValue())) {
                    object.set(p.getKey(), typed(knownValue(p.getKey()), p.getValue()));
                } else if (object.has(p.getKey())) {
                    object.set(p.getKey(), hostile(op, p.getValue(), object.get(p.getKey()), p.getKey(), at, sent));
                }
            });
            return object;
        }
        if (value instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, hostile(op, schema.path("items"), array.get(i), member, field + "[" + i + "]", sent));
            }
            return array;
        }
        if (freeText(schema)) {
            String text = text(Math.min(schema.path("maxLength").asInt(DEFAULT_MAX_LENGTH),
                    limits.getOrDefault(op + " " + anyIndex(field), DEFAULT_MAX_LENGTH)));
            sent.add(new Sent(member, field, text));
            return NODES.textNode(text);
        }
        return value;
    }

    /** The free-text members of these operations that never carried a text found stored ("METHOD path field"). */
    private List<String> uncovered(List<Operation> operations) {
        return operations.stream()
                .flatMap(op -> textMembers(op.bodySchema(), "").stream().map(field -> op + " " + field))
                .filter(member -> !covered.contains(member)).toList();
    }

    /** A refusal "too-long field" halves the length of that field's texts in this operation. */
    private void learnLimit(Operation op, String refusal) {
        if (refusal.startsWith("too-long ")) {
            limits.merge(op + " " + anyIndex(refusal.substring("too-long ".length())), DEFAULT_MAX_LENGTH / 2,
                    (old, half) -> Math.max(1, old / 2));
        }
    }

    private static String anyIndex(String field) {
        return field.replaceAll("\\[\\d+]", "[]");
    }

    /** A known value of a path parameter: for the segment before it ("meetings/id"), else for its name. */
    private String pathValue(String path, String name) {
        java.util.regex.Matcher segment = java.util.regex.Pattern
                .compile("([^/]+)/\\{" + java.util.regex.Pattern.quote(name) + "[:}]").matcher(path);
        String qualified = segment.find() ? segment.group(1) + "/" + name : name;
        return knownValue(known.containsKey(qualified) ? qualified : name);
    }

    /** The free-text members of a schema (field paths), nested and in arrays, without those with known values. */
    private List<String> textMembers(JsonNode schema, String field) {
        List<String> members = new ArrayList<>();
        if (freeText(schema)) {
            members.add(field);
        }
        schema.path("properties").fields().forEachRemaining(p -> {
            if (!isKnown(p.getKey(), p.getValue())) {
                members.addAll(textMembers(p.getValue(), field.isEmpty() ? p.getKey() : field + "." + p.getKey()));
            }
        });
        if (schema.has("items")) {
            members.addAll(textMembers(schema.get("items"), field + "[]"));
        }
        return members;
    }

    /** A member with known values (an enum member keeps its generated value). */
    private boolean isKnown(String member, JsonNode schema) {
        return known.containsKey(member) && !schema.has("enum");
    }

    private static boolean freeText(JsonNode schema) {
        return schema.path("type").asText().equals("string") && !schema.has("enum") && !schema.has("format")
                && !schema.has("pattern");
    }

    /**
     * A hostile text of at most {@code maxLength} characters (UTF-16 units): a formula start, markup, a
     * right-to-left override, non-Latin and astral characters, quotes and a backslash, and a unique marker at the
     * end; the longest pieces go first when it must be shorter.
     */
    String text(int maxLength) {
        int n = ++texts;
        List<String> formulas = FuzzRequests.FORMULAS;
        List<String> markup = FuzzRequests.MARKUP;
        List<String> pieces = new ArrayList<>(List.of(formulas.get(n % formulas.size()),
                markup.get(n / formulas.size() % markup.size()), FuzzRequests.BIDI, SCRIPTS, QUOTES));
        String marker = "#h" + n + "#";
        while (!pieces.isEmpty() && String.join(" ", pieces).length() + 1 + marker.length() > maxLength) {
            pieces.remove(pieces.stream().max(java.util.Comparator.comparingInt(String::length)).orElseThrow());
        }
        pieces.add(marker);
        String text = String.join(" ", pieces);
        return text.length() <= maxLength ? text : marker.substring(0, Math.max(1, maxLength));
    }

    private String knownValue(String name) {
        List<String> values = known.getOrDefault(name, List.of());
        return values.isEmpty() ? "x" : values.get(random.nextInt(values.size()));
    }

    /** A known value as the member's type: numbers and booleans as such, objects and arrays given as JSON. */
    private static JsonNode typed(String value, JsonNode schema) {
        try {
            return switch (schema.path("type").asText("object")) {
                case "integer", "number" -> NODES.numberNode(new java.math.BigDecimal(value));
                case "boolean" -> NODES.booleanNode(Boolean.parseBoolean(value));
                case "string" -> NODES.textNode(value);
                default -> JSON.readTree(value);
            };
        } catch (IOException e) {
            throw new IllegalArgumentException("known value is not JSON: " + value, e);
        }
    }

    // ---- the event store ----

    private long lastPosition() {
        try (var statement = db.createStatement();
                var rows = statement.executeQuery("select coalesce(max(position), 0) from es_event")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("event store not readable", e);
        }
    }

    /** Every string value in the payloads of the events after {@code position}, JSON-decoded. */
    private Set<String> storedTexts(long position) {
        Set<String> texts = new HashSet<>();
        try (var statement = db.prepareStatement("select payload::text from es_event where position > ?")) {
            statement.setLong(1, position);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    collectTexts(JSON.readTree(rows.getString(1)), texts);
                }
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("event store not readable", e);
        }
        return texts;
    }

    private static void collectTexts(JsonNode node, Set<String> texts) {
        if (node.isTextual()) {
            texts.add(node.asText());
        }
        node.elements().forEachRemaining(child -> collectTexts(child, texts));
    }

    private static String refusal(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            return problem.path("code").asText("?") + " " + problem.path("field").asText("");
        } catch (IOException e) {
            return FuzzChecks.abbreviate(body);
        }
    }
}
