package de.souveraen.workgroup.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.DomainEvent;
import de.souveraen.contracts.EventTypeRegistry;
import de.souveraen.contracts.Json;
import de.souveraen.contracts.PublishedLanguage;
import de.souveraen.contracts.workgroup.WorkgroupEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The published samples of the workgroup context ({@code infra/contracts/.../contracts/samples/workgroup.*.json}) are
 * exactly {@link Samples} as {@code Json.mapper()} writes them, and decode back to equal records. Run with
 * {@code -Dworkgroup.samples.write=true} to (re)write them after an intended change (which is a new {@code .vN}).
 */
class WorkgroupSamplesTest {
    private static final Path SAMPLES = Path.of("..", "infra", "contracts", "src", "main", "resources", "contracts",
            "samples");
    private static final EventTypeRegistry REGISTRY = EventTypeRegistry.builder().registerSealed(WorkgroupEvent.class)
            .build();

    @Test
    void there_is_one_sample_for_every_event_type() {
        List<Class<?>> sampled = Samples.all().stream().<Class<?>>map(Object::getClass).toList();
        assertThat(sampled).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(EventTypeRegistry.recordsOf(WorkgroupEvent.class));
    }

    @TestFactory
    Stream<DynamicTest> every_sample_file_is_the_sample_and_round_trips() throws IOException {
        if (Boolean.getBoolean("workgroup.samples.write")) {
            for (WorkgroupEvent event : Samples.all()) {
                Files.writeString(file(event), Json.mapper().writerWithDefaultPrettyPrinter()
                        .writeValueAsString(REGISTRY.encode(event)) + "\n", StandardCharsets.UTF_8);
            }
        }
        return Samples.all().stream().map(event -> DynamicTest.dynamicTest(REGISTRY.nameOf(event), () -> {
            JsonNode published = Json.mapper().readTree(Files.readString(file(event), StandardCharsets.UTF_8));
            assertThat(published).as("published sample of %s", REGISTRY.nameOf(event))
                    .isEqualTo(REGISTRY.encode(event));
            DomainEvent decoded = REGISTRY.decode(REGISTRY.nameOf(event), published);
            assertThat(decoded).isEqualTo(event);
            assertThat(REGISTRY.encode(decoded)).isEqualTo(published);
        }));
    }

    @Test
    void every_type_name_is_in_the_workgroup_context_and_a_later_version_has_an_upcaster_from_the_one_before() {
        assertThat(REGISTRY.typeNames()).hasSize(EventTypeRegistry.recordsOf(WorkgroupEvent.class).size())
                .allMatch(name -> name.matches("workgroup\\.[A-Za-z]+\\.v[1-9][0-9]*"));
        for (String name : REGISTRY.typeNames()) {
            int version = Integer.parseInt(name.substring(name.lastIndexOf(".v") + 2));
            if (version > 1) {
                String before = name.substring(0, name.lastIndexOf(".v") + 2) + (version - 1);
                assertThat(PublishedLanguage.UPCASTERS).as("upcaster %s → %s", before, name)
                        .anyMatch(u -> u.fromType().equals(before) && u.toType().equals(name));
            }
        }
    }

    private static Path file(WorkgroupEvent event) {
        return SAMPLES.resolve(REGISTRY.nameOf(event) + ".json");
    }
}
