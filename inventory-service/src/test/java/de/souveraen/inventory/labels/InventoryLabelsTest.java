package de.souveraen.inventory.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.souveraen.contracts.EventTypeRegistry;
import de.souveraen.contracts.inventory.Category;
import de.souveraen.contracts.inventory.InventoryEvent;
import de.souveraen.contracts.inventory.InventoryLabels;
import de.souveraen.contracts.inventory.MigrationStatus;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InventoryLabelsTest {

    @Test
    void every_constant_of_every_inventory_enum_has_a_german_and_an_english_label_unique_within_its_enum() {
        for (Class<? extends Enum<?>> type : InventoryLabels.ENUMS) {
            Set<String> german = new HashSet<>();
            for (Enum<?> constant : type.getEnumConstants()) {
                assertThat(InventoryLabels.de(constant)).as("%s.%s", type.getSimpleName(), constant).isNotBlank();
                assertThat(InventoryLabels.en(constant)).as("%s.%s", type.getSimpleName(), constant).isNotBlank();
                assertThat(german.add(InventoryLabels.de(constant))).as("unique German label %s", constant).isTrue();
            }
        }
    }

    @Test
    void every_enum_the_events_carry_is_in_the_label_list() {
        Set<Class<?>> used = new HashSet<>();
        EventTypeRegistry registry = EventTypeRegistry.builder().registerSealed(InventoryEvent.class).build();
        for (String name : registry.typeNames()) {
            collect(registry.classOf(name), used);
        }
        assertThat(InventoryLabels.ENUMS).containsAll(used.stream().filter(Class::isEnum).map(c -> {
            @SuppressWarnings("unchecked")
            Class<? extends Enum<?>> e = (Class<? extends Enum<?>>) c;
            return e;
        }).toList());
    }

    private static void collect(Class<?> type, Set<Class<?>> used) {
        if (!type.isRecord()) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (used.add(component.getType())) {
                collect(component.getType(), used);
            }
        }
    }

    @Test
    void the_five_sds_steps_have_labels_and_nothing_else_does() {
        for (int step = 1; step <= 5; step++) {
            assertThat(InventoryLabels.sds(step).de()).isNotBlank();
        }
        assertThat(InventoryLabels.sds(1).de()).isEqualTo("Souverän");
        assertThatThrownBy(() -> InventoryLabels.sds(6))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labels_read_back_to_their_constant() {
        assertThat(InventoryLabels.de(Category.OFFICE)).isEqualTo("Bürosoftware");
        assertThat(InventoryLabels.fromText(Category.class, " bürosoftware ")).hasValue(Category.OFFICE);
        assertThat(InventoryLabels.fromText(MigrationStatus.class, "Alternative selected"))
                .hasValue(MigrationStatus.ALTERNATIVE_SELECTED);
        assertThat(InventoryLabels.fromText(MigrationStatus.class, "KEPT")).hasValue(MigrationStatus.KEPT);
        assertThat(InventoryLabels.fromText(Category.class, "Kaffee")).isEmpty();
    }
}
