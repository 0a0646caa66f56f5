package de.souveraen.testing.oparl;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The OParl 1.1 object types as this project describes them ({@code oparl-1.1.txt} beside this class: every type's
 * properties, which are required and what kind of value each takes), and the check of one object — and every object
 * embedded in it — against its type. The check reports each finding as a sentence naming the object and the
 * property; it hands every URL it meets to a {@link Links} so that a walk can follow them.
 */
public final class OParlModel {
    public static final String SCHEMA = "https://schema.oparl.org/1.1/";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
    private static final Set<String> DELETED_NEEDS = Set.of("id", "type", "created", "modified", "deleted");

    /** What a property holds: its kind, the type it names (embedded, referenced or listed) and whether an array. */
    record Kind(String base, String type, boolean array) {
        static Kind parse(String text) {
            boolean array = text.endsWith("[]");
            String base = array ? text.substring(0, text.length() - 2) : text;
            int arrow = base.indexOf('>');
            if (arrow > 0) {
                return new Kind(base.substring(0, arrow), base.substring(arrow + 1), array);
            }
            if (Character.isUpperCase(base.charAt(0))) {
                return new Kind("embedded", base, array);
            }
            return new Kind(base, null, array);
        }
    }

    record Property(String name, boolean required, Kind kind) {
    }

    /** Where the check hands the URLs it meets: {@code expectedType} is null where the model names none. */
    public interface Links {
        void reference(String property, String url, String expectedType);

        /** The URL of an external list of {@code itemType}. */
        void list(String property, String url, String itemType);

        /** An object embedded in another (already checked here). */
        void embedded(JsonNode object);

        Links NONE = new Links() {
            @Override
            public void reference(String property, String url, String expectedType) {
            }

            @Override
            public void list(String property, String url, String itemType) {
            }

            @Override
            public void embedded(JsonNode object) {
            }
        };
    }

    private final Map<String, Map<String, Property>> types;

    private OParlModel(Map<String, Map<String, Property>> types) {
        this.types = types;
    }

    private static OParlModel model;

    /** The model of {@code oparl-1.1.txt}. */
    public static synchronized OParlModel oparl11() {
        if (model == null) {
            model = parse(OParlModel.class.getResourceAsStream("oparl-1.1.txt"));
        }
        return model;
    }

    static OParlModel parse(InputStream in) {
        Map<String, Map<String, Property>> types = new LinkedHashMap<>();
        Map<String, Property> common = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, Property> current = null;
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!Character.isWhitespace(line.charAt(0))) {
                    String name = line.trim();
                    current = name.equals("common") ? common : new LinkedHashMap<>();
                    if (!name.equals("common")) {
                        types.put(name, current);
                    }
                    continue;
                }
                String[] parts = line.trim().split("\\s+");
                if (parts.length != 2 || current == null) {
                    throw new IllegalArgumentException("oparl-1.1.txt: cannot read '" + line + "'");
                }
                boolean required = parts[0].endsWith("!");
                String name = required ? parts[0].substring(0, parts[0].length() - 1) : parts[0];
                current.put(name, new Property(name, required, Kind.parse(parts[1])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Map<String, Property> type : types.values()) {
            common.forEach(type::putIfAbsent);
        }
        for (Map<String, Property> type : types.values()) {
            for (Property p : type.values()) {
                if (p.kind().type() != null && !types.containsKey(p.kind().type())) {
                    throw new IllegalArgumentException("oparl-1.1.txt: " + p.name() + " names unknown type "
                            + p.kind().type());
                }
            }
        }
        return new OParlModel(types);
    }

    /** The types the model knows. */
    public Set<String> types() {
        return types.keySet();
    }

    /** The names of the properties an object of {@code type} must carry. */
    public List<String> required(String type) {
        return types.get(type).values().stream().filter(Property::required).map(Property::name).toList();
    }

    /** The type an object's {@code type} URL names, or null when it names none of the model's. */
    public String typeOf(JsonNode object) {
        String url = object.path("type").asText("");
        String type = url.startsWith(SCHEMA) ? url.substring(SCHEMA.length()) : null;
        return type != null && types.containsKey(type) ? type : null;
    }

    /**
     * Checks {@code object}, expected to be of {@code expected} (or of its own type when null), and every object
     * embedded in it; adds each finding to {@code findings}, prefixed by {@code where}.
     */
    public void check(JsonNode object, String expected, String where, List<String> findings, Links links) {
        if (object == null || !object.isObject()) {
            findings.add(where + ": no object but " + (object == null ? "nothing" : object.getNodeType()));
            return;
        }
        String type = typeOf(object);
        if (type == null) {
            findings.add(where + ": unknown type '" + object.path("type").asText("") + "'");
            return;
        }
        if (expected != null && !expected.equals(type)) {
            findings.add(where + ": a " + type + " where a " + expected + " belongs");
        }
        String at = where + " (" + type + " " + object.path("id").asText("?") + ")";
        Map<String, Property> properties = types.get(type);
        boolean deleted = object.path("deleted").asBoolean(false);
        for (Property p : properties.values()) {
            boolean needed = deleted ? DELETED_NEEDS.contains(p.name()) : p.required();
            if (needed && !object.has(p.name())) {
                findings.add(at + ": required property '" + p.name() + "' is missing");
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            Property p = properties.get(field.getKey());
            if (p == null) {
                if (!field.getKey().contains(":")) {
                    findings.add(at + ": '" + field.getKey() + "' is no property of " + type
                            + " (own properties need a vendor prefix)");
                }
                continue;
            }
            String name = at + "." + p.name();
            JsonNode value = field.getValue();
            if (p.kind().array()) {
                if (!value.isArray()) {
                    findings.add(name + ": an array expected, found " + value.getNodeType());
                    continue;
                }
                for (int i = 0; i < value.size(); i++) {
                    value(p, type, value.get(i), name + "[" + i + "]", findings, links);
                }
            } else {
                value(p, type, value, name, findings, links);
            }
        }
    }

    private void value(Property p, String type, JsonNode value, String where, List<String> findings, Links links) {
        Kind kind = p.kind();
        switch (kind.base()) {
            case "text" -> expect(value.isTextual(), "a string", value, where, findings);
            case "integer" -> expect(value.isIntegralNumber(), "an integer", value, where, findings);
            case "boolean" -> expect(value.isBoolean(), "true or false", value, where, findings);
            case "object" -> expect(value.isObject(), "an object", value, where, findings);
            case "date" -> {
                if (expect(value.isTextual(), "a date", value, where, findings)) {
                    expect(isDate(value.asText()), "a date YYYY-MM-DD", value, where, findings);
                }
            }
            case "date-time" -> {
                if (expect(value.isTextual(), "a date-time", value, where, findings)) {
                    expect(isDateTime(value.asText()), "an RFC 3339 date-time with seconds and zone", value, where,
                            findings);
                }
            }
            case "type" -> expect(value.isTextual() && value.asText().equals(SCHEMA + type), SCHEMA + type, value,
                    where, findings);
            case "version" -> expect(value.isTextual() && (value.asText().equals("https://schema.oparl.org/1.0/")
                    || value.asText().equals(SCHEMA)), "an OParl version URL", value, where, findings);
            case "url", "list" -> {
                if (expect(value.isTextual() && isUrl(value.asText()), "an absolute URL", value, where, findings)) {
                    if (kind.base().equals("list")) {
                        links.list(p.name(), value.asText(), kind.type());
                    } else if (!p.name().equals("id")) {
                        links.reference(p.name(), value.asText(), kind.type());
                    }
                }
            }
            case "embedded" -> {
                if (expect(value.isObject(), "an embedded " + kind.type() + " object", value, where, findings)) {
                    check(value, kind.type(), where, findings, links);
                    links.embedded(value);
                }
            }
            default -> throw new IllegalStateException("unknown kind " + kind);
        }
    }

    private static boolean expect(boolean holds, String what, JsonNode value, String where, List<String> findings) {
        if (!holds) {
            String shown = value.toString();
            findings.add(where + ": " + what + " expected, found " + (shown.length() > 80 ? shown.substring(0, 80)
                    + "…" : shown));
        }
        return holds;
    }

    static boolean isDate(String text) {
        if (!DATE.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static boolean isDateTime(String text) {
        if (!DATE_TIME.matcher(text).matches()) {
            return false;
        }
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static boolean isUrl(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
