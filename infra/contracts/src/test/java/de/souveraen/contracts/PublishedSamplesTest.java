package de.souveraen.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The published shapes are fixed: every registered event type has a JSON sample under
 * {@code contracts/samples/<type>.json} that decodes into its record and encodes back to the identical JSON.
 * Changing a record's fields by accident breaks this test; an intended change is a new {@code .vN} type with
 * an upcaster and a new sample.
 */
class PublishedSamplesTest {
    private static final String SAMPLES = "contracts/samples/";
    private static final String RETIRED = "contracts/retired/";

    @TestFactory
    Stream<DynamicTest> every_published_type_matches_its_sample() {
        EventTypeRegistry registry = PublishedLanguage.registry();
        return registry.typeNames().stream().map(type -> DynamicTest.dynamicTest(type, () -> {
            JsonNode sample = read(type);
            DomainEvent decoded = registry.decode(type, sample);
            assertThat(decoded).isInstanceOf(registry.classOf(type));
            assertThat(registry.encode(decoded)).as("re-encoded %s", type).isEqualTo(sample);
        }));
    }

    /**
     * Every retired version keeps its last sample under {@code contracts/retired/<old type>.json}: read through the
     * upcasters it becomes the current record and keeps every member it had, with the same value (a nested object
     * may gain members, e.g. new optional details).
     */
    @TestFactory
    Stream<DynamicTest> every_retired_version_is_read_as_the_current_one() {
        EventTypeRegistry registry = PublishedLanguage.registry();
        return PublishedLanguage.UPCASTERS.stream().map(Upcaster::fromType).map(old -> DynamicTest.dynamicTest(old,
                () -> {
                    JsonNode sample;
                    try (InputStream in = getClass().getClassLoader().getResourceAsStream(RETIRED + old + ".json")) {
                        assertThat(in).as("retired sample %s%s.json", RETIRED, old).isNotNull();
                        sample = Json.mapper().readTree(in);
                    }
                    assertThat(registry.knows(old)).isTrue();
                    assertThat(registry.typeNames()).doesNotContain(old);
                    JsonNode current = registry.encode(registry.decode(old, sample));
                    keepsEveryMember(old, sample, current);
                }));
    }

    /** Every member of {@code sample} is in {@code current} with the same value; nested objects may gain members. */
    private static void keepsEveryMember(String path, JsonNode sample, JsonNode current) {
        sample.fieldNames().forEachRemaining(name -> {
            JsonNode was = sample.get(name);
            JsonNode now = current.get(name);
            if (was.isObject() && now != null && now.isObject()) {
                keepsEveryMember(path + "." + name, was, now);
            } else {
                assertThat(now).as("%s.%s", path, name).isEqualTo(was);
            }
        });
    }

    @Test
    void every_sample_belongs_to_a_published_type_and_every_context_is_sealed_and_named_after_itself()
            throws IOException, URISyntaxException {
        Set<String> types = new TreeSet<>(PublishedLanguage.registry().typeNames());
        assertThat(sampleNames()).isSubsetOf(types);
        for (Class<? extends DomainEvent> context : PublishedLanguage.CONTEXTS) {
            assertThat(context.isSealed()).as("%s is sealed", context).isTrue();
            String prefix = context.getPackageName().substring(context.getPackageName().lastIndexOf('.') + 1) + ".";
            for (Class<?> type : EventTypeRegistry.recordsOf(context)) {
                assertThat(EventTypeRegistry.typeNameOf(type)).as("type name of %s", type).startsWith(prefix);
            }
        }
    }

    private static JsonNode read(String type) throws IOException {
        try (InputStream in = PublishedSamplesTest.class.getClassLoader().getResourceAsStream(SAMPLES + type + ".json")) {
            assertThat(in).as("sample %s%s.json", SAMPLES, type).isNotNull();
            return Json.mapper().readTree(in);
        }
    }

    private static List<String> sampleNames() throws IOException, URISyntaxException {
        URL folder = PublishedSamplesTest.class.getClassLoader().getResource(SAMPLES);
        if (folder == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
        }
    }
}
