package de.souveraen.inventory.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.souveraen.contracts.EventTypeRegistry;
import de.souveraen.contracts.Json;
import de.souveraen.contracts.inventory.InventoryEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The published samples {@code infra/contracts/src/main/resources/contracts/samples/inventory.*.json} are exactly
 * what {@code Json.mapper()} writes for {@link InventorySamples}, and decode back to equal records. Run with
 * {@code -Dinventory.samples.write=true} to (re)write them after an intended change (a new {@code .vN}).
 */
class InventorySamplesTest {
    private static final Path SAMPLES = Path.of("..", "infra", "contracts", "src", "main", "resources", "contracts",
            "samples");
    private final EventTypeRegistry registry = EventTypeRegistry.builder().registerSealed(InventoryEvent.class).build();

    @Test
    void there_is_one_sample_for_every_published_inventory_event() {
        Set<Class<?>> sampled = InventorySamples.all().stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(sampled).containsExactlyInAnyOrderElementsOf(
                registry.typeNames().stream().map(registry::classOf).toList());
        assertThat(registry.typeNames()).allSatisfy(name -> assertThat(name).matches("inventory\\.[A-Za-z]+\\.v[0-9]+"));
    }

    @TestFactory
    Stream<DynamicTest> every_sample_file_matches_what_the_mapper_writes_and_decodes_back() throws IOException {
        List<InventoryEvent> events = InventorySamples.all();
        if (Boolean.getBoolean("inventory.samples.write")) {
            for (InventoryEvent event : events) {
                String json = Json.mapper().writer().with(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(registry.encode(event));
                Files.writeString(file(event), json + "\n", StandardCharsets.UTF_8);
            }
        }
        return events.stream().map(event -> DynamicTest.dynamicTest(registry.nameOf(event), () -> {
            JsonNode sample = Json.mapper().readTree(Files.readString(file(event), StandardCharsets.UTF_8));
            assertThat(sample).isEqualTo(registry.encode(event));
            InventoryEvent decoded = (InventoryEvent) registry.decode(registry.nameOf(event), sample);
            assertThat(decoded).isEqualTo(event);
            assertThat(registry.encode(decoded)).isEqualTo(sample);
        }));
    }

    @Test
    void every_sample_file_of_the_context_belongs_to_a_published_type() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            Set<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("inventory."))
                    .map(n -> n.substring(0, n.length() - ".json".length())).collect(Collectors.toSet());
            assertThat(registry.typeNames()).containsExactlyInAnyOrderElementsOf(names);
        }
    }

    private Path file(InventoryEvent event) {
        return SAMPLES.resolve(registry.nameOf(event) + ".json");
    }
}
