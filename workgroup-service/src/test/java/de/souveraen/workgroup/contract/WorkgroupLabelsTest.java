package de.souveraen.workgroup.contract;

import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.workgroup.DecisionOutcome;
import de.souveraen.contracts.workgroup.TrainingFormat;
import de.souveraen.contracts.workgroup.WorkgroupLabels;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkgroupLabelsTest {

    @Test
    void every_constant_of_every_workgroup_enum_has_a_german_and_an_english_label() {
        for (Class<? extends Enum<?>> type : WorkgroupLabels.ENUMS) {
            for (Enum<?> constant : type.getEnumConstants()) {
                assertThat(WorkgroupLabels.de(constant)).as("%s.%s", type.getSimpleName(), constant).isNotBlank();
                assertThat(WorkgroupLabels.en(constant)).as("%s.%s", type.getSimpleName(), constant).isNotBlank();
            }
        }
    }

    @Test
    void every_enum_of_the_context_is_labelled() throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of("..", "infra", "contracts", "src", "main", "java", "de",
                "souveraen", "contracts", "workgroup");
        try (var files = java.nio.file.Files.list(dir)) {
            var enums = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java"))
                    .map(n -> n.substring(0, n.length() - 5)).map(WorkgroupLabelsTest::load)
                    .filter(Class::isEnum).<Object>map(c -> c).toList();
            assertThat(List.<Object>copyOf(WorkgroupLabels.ENUMS)).containsExactlyInAnyOrderElementsOf(enums);
        }
    }

    @Test
    void labels_read_back_from_text_in_either_language() {
        assertThat(WorkgroupLabels.fromText(DecisionOutcome.class, " vertagt ")).contains(DecisionOutcome.DEFERRED);
        assertThat(WorkgroupLabels.fromText(TrainingFormat.class, "Schulung")).contains(TrainingFormat.TRAINING);
        assertThat(WorkgroupLabels.fromText(TrainingFormat.class, "excursion")).contains(TrainingFormat.EXCURSION);
        assertThat(WorkgroupLabels.fromText(TrainingFormat.class, "Kaffeeklatsch")).isEmpty();
    }

    private static Class<?> load(String simpleName) {
        try {
            return Class.forName("de.souveraen.contracts.workgroup." + simpleName);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
