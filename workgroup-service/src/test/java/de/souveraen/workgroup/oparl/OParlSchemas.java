package de.souveraen.workgroup.oparl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The OParl 1.1 JSON schemas of the specification (repository OParl/spec, tag {@code v1.1}, folder {@code schema/},
 * unchanged, CC BY-SA 4.0 with their {@code LICENSE}), and a check of
 * one object against its type's schema and of every object embedded in it against its own. The schemas name the
 * schema of an embedded object with their own keyword {@code "schema": "File.json"}, which no JSON-schema validator
 * follows, so this class walks the embedded objects itself. Their format {@code url} is checked as JSON Schema's
 * {@code uri} (an absolute URL); dates and date-times as RFC 3339 (seconds required). A deleted object needs only
 * {@code id}, {@code type}, {@code created}, {@code modified} and {@code deleted} (OParl 1.1, "Gelöschte Objekte":
 * every other attribute may be removed), so its other required properties are not required.
 *
 * <p>The schemas are not part of this repository: they are read from the folder the system property
 * {@code oparl.schema.dir} (or the environment's {@code OPARL_SCHEMA_DIR}) names. Without them the schema checks are skipped with a
 * message, unless {@code oparl.schema.required=true} (or the environment's {@code OPARL_SCHEMA_REQUIRED=true}) makes
 * their absence a failure.
 */
final class OParlSchemas {
    static final String SCHEMA = "https://schema.oparl.org/1.1/";
    static final List<String> TYPES = List.of("System", "Body", "LegislativeTerm", "Organization", "Person",
            "Membership", "Meeting", "AgendaItem", "Paper", "Consultation", "File", "Location");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, JsonNode> raw = new HashMap<>();
    private final Map<String, JsonSchema> schemas = new HashMap<>();
    private final Map<String, JsonSchema> deletedSchemas = new HashMap<>();

    OParlSchemas() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        for (String type : TYPES) {
            JsonNode schema = load(type);
            raw.put(type, schema);
            schemas.put(type, factory.getSchema(schema, config));
            ObjectNode deleted = schema.deepCopy();
            deleted.putArray("required").add("id").add("type").add("created").add("modified").add("deleted");
            deletedSchemas.put(type, factory.getSchema(deleted, config));
        }
    }

    /** Where the schemas are: {@code oparl.schema.dir}, else {@code OPARL_SCHEMA_DIR}; null when neither is set. */
    static java.nio.file.Path folder() {
        String dir = System.getProperty("oparl.schema.dir", System.getenv("OPARL_SCHEMA_DIR"));
        return dir == null || dir.isBlank() ? null : java.nio.file.Path.of(dir);
    }

    /** Whether the schemas are there; when not, a missing-schemas message (or a failure when they are required). */
    static boolean available() {
        java.nio.file.Path folder = folder();
        boolean there = folder != null && java.nio.file.Files.isRegularFile(folder.resolve("Meeting.json"));
        if (!there) {
            String message = "OParl 1.1 schemas not found" + (folder == null ? "" : " in " + folder) + " (the folder"
                    + " schema/ of OParl/spec at tag v1.1 with its LICENSE, named by -Doparl.schema.dir or"
                    + " OPARL_SCHEMA_DIR)";
            if (Boolean.getBoolean("oparl.schema.required")
                    || "true".equals(System.getenv("OPARL_SCHEMA_REQUIRED"))) {
                throw new AssertionError(message);
            }
            System.out.println("SKIPPED: " + message);
        }
        return there;
    }

    private static JsonNode load(String type) {
        try (InputStream in = java.nio.file.Files.newInputStream(folder().resolve(type + ".json"))) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // the specification's own format name for absolute URLs
            return MAPPER.readTree(text.replaceAll("\"format\"\\s*:\\s*\"url\"", "\"format\": \"uri\""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema of a type as the specification has it (after the format rename). */
    JsonNode schema(String type) {
        return raw.get(type);
    }

    /**
     * Checks {@code object} (an OParl object of {@code expected} type, or of its own type when null) and every object
     * embedded in it; each finding goes to {@code findings}, each URL property value to {@code urls}
     * ({@code property}, value).
     */
    void check(JsonNode object, String expected, String where, List<String> findings,
            java.util.function.BiConsumer<String, String> urls, Consumer<JsonNode> embedded) {
        if (!object.isObject()) {
            findings.add(where + ": no object but " + object.getNodeType());
            return;
        }
        String typeUrl = object.path("type").asText("");
        String type = typeUrl.startsWith(SCHEMA) ? typeUrl.substring(SCHEMA.length()) : null;
        if (type == null || !schemas.containsKey(type)) {
            findings.add(where + ": unknown type '" + typeUrl + "'");
            return;
        }
        if (expected != null && !expected.equals(type)) {
            findings.add(where + ": a " + type + " where the schema embeds a " + expected);
        }
        String at = where + " (" + type + " " + object.path("id").asText("?") + ")";
        boolean deleted = object.path("deleted").asBoolean(false);
        for (ValidationMessage message : (deleted ? deletedSchemas : schemas).get(type).validate(object)) {
            findings.add(at + ": " + message.getMessage());
        }
        JsonNode properties = raw.get(type).path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode definition = property.getValue();
            JsonNode value = object.get(property.getKey());
            if (value == null) {
                continue;
            }
            String embeddedType = schemaName(definition.path("schema").asText(null));
            JsonNode items = definition.path("items");
            if (value.isObject() && embeddedType != null) {
                embedded.accept(value);
                check(value, embeddedType, at + "." + property.getKey(), findings, urls, embedded);
            } else if (value.isArray() && schemaName(items.path("schema").asText(null)) != null) {
                String itemType = schemaName(items.path("schema").asText(null));
                for (int i = 0; i < value.size(); i++) {
                    if (value.get(i).isObject()) {
                        embedded.accept(value.get(i));
                        check(value.get(i), itemType, at + "." + property.getKey() + "[" + i + "]", findings, urls,
                                embedded);
                    }
                }
            } else if (value.isTextual() && "uri".equals(definition.path("format").asText())) {
                urls.accept(property.getKey(), value.asText());
            } else if (value.isArray() && "uri".equals(items.path("format").asText())) {
                value.forEach(url -> urls.accept(property.getKey(), url.asText()));
            }
        }
    }

    private static String schemaName(String file) {
        return file == null ? null : file.replace(".json", "");
    }

    /** Every type the schemas know, for the test's report. */
    static List<String> types() {
        return new ArrayList<>(TYPES);
    }
}
