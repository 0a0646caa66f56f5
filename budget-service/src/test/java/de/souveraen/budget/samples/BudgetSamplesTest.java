package de.souveraen.budget.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.EventTypeRegistry;
import de.souveraen.contracts.Json;
import de.souveraen.contracts.budget.ExpenseBooked;
import de.souveraen.contracts.budget.FiscalYearEvent;
import de.souveraen.contracts.budget.FundsCommitted;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every budget event type has a sample in {@code infra/contracts/.../contracts/samples/<type>.json} equal to what
 * the domain produces, and it decodes back into the same record. Run with {@code -Dbudget.samples.write=true} to
 * (re)write the files after an intended change.
 */
class BudgetSamplesTest {
    private static final EventTypeRegistry REGISTRY = EventTypeRegistry.builder().registerSealed(FiscalYearEvent.class)
            .build();
    private static final Path SOURCE = Path.of("..", "infra", "contracts", "src", "main", "resources", "contracts",
            "samples");

    /** The first event of each type in the sample year. */
    private static Map<String, FiscalYearEvent> samples() {
        Map<String, FiscalYearEvent> byType = new LinkedHashMap<>();
        for (FiscalYearEvent event : BudgetSamples.all()) {
            String type = REGISTRY.nameOf(event);
            if (type.equals("budget.ExpenseBooked.v1") && ((ExpenseBooked) event).overPlan() == null) {
                continue;
            }
            byType.putIfAbsent(type, event);
        }
        return byType;
    }

    @Test
    void the_sample_year_covers_every_event_type() {
        assertThat(samples().keySet()).containsExactlyInAnyOrderElementsOf(REGISTRY.typeNames());
        assertThat(((FundsCommitted) samples().get("budget.FundsCommitted.v1")).overPlan()).isNull();
    }

    @TestFactory
    Stream<DynamicTest> every_sample_file_matches_the_domain_and_decodes_back() throws IOException {
        Map<String, FiscalYearEvent> samples = samples();
        if (Boolean.getBoolean("budget.samples.write")) {
            for (Map.Entry<String, FiscalYearEvent> sample : samples.entrySet()) {
                String text = Json.mapper().writerWithDefaultPrettyPrinter()
                        .writeValueAsString(REGISTRY.encode(sample.getValue())) + "\n";
                Files.writeString(SOURCE.resolve(sample.getKey() + ".json"), text, StandardCharsets.UTF_8);
            }
        }
        return samples.entrySet().stream().map(sample -> DynamicTest.dynamicTest(sample.getKey(), () -> {
            JsonNode file = read(sample.getKey());
            assertThat(file).as("sample %s", sample.getKey()).isEqualTo(REGISTRY.encode(sample.getValue()));
            assertThat(REGISTRY.decode(sample.getKey(), file)).isEqualTo(sample.getValue());
        }));
    }

    private static JsonNode read(String type) throws IOException {
        Path source = SOURCE.resolve(type + ".json");
        if (Files.exists(source)) {
            return Json.mapper().readTree(Files.readString(source, StandardCharsets.UTF_8));
        }
        try (InputStream in = BudgetSamplesTest.class.getClassLoader()
                .getResourceAsStream("contracts/samples/" + type + ".json")) {
            assertThat(in).as("sample contracts/samples/%s.json", type).isNotNull();
            return Json.mapper().readTree(in);
        }
    }
}
