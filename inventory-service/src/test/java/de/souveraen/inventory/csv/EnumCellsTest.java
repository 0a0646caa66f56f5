package de.souveraen.inventory.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.souveraen.contracts.inventory.Category;
import de.souveraen.contracts.inventory.Criticality;
import de.souveraen.contracts.inventory.DataClassification;
import de.souveraen.contracts.inventory.Hosting;
import de.souveraen.contracts.inventory.InventoryLabels;
import de.souveraen.contracts.inventory.Renewal;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnumCellsTest {

    @Test
    void german_labels_english_labels_and_constants_are_read_for_every_enum_of_the_import() {
        for (Class<? extends Enum<?>> type : List.of(Category.class, Hosting.class, DataClassification.class,
                Renewal.class, Criticality.class)) {
            check(type);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void check(Class type) {
        for (Object constant : type.getEnumConstants()) {
            Enum<?> e = (Enum<?>) constant;
            assertThat(EnumCells.parse(type, "x", InventoryLabels.de(e))).isEqualTo(e);
            assertThat(EnumCells.parse(type, "x", InventoryLabels.en(e).toUpperCase())).isEqualTo(e);
            assertThat(EnumCells.parse(type, "x", e.name().toLowerCase())).isEqualTo(e);
        }
    }

    @Test
    void everyday_german_words_map_to_their_category() {
        assertThat(EnumCells.parse(Category.class, "Kategorie", "Bürosoftware")).isEqualTo(Category.OFFICE);
        assertThat(EnumCells.parse(Category.class, "Kategorie", "e-mail")).isEqualTo(Category.EMAIL_GROUPWARE);
        assertThat(EnumCells.parse(Category.class, "Kategorie", " Videokonferenz ")).isEqualTo(Category.MESSAGING_VIDEO);
        assertThat(EnumCells.parse(Hosting.class, "Betriebsform", "on premise")).isEqualTo(Hosting.ON_PREMISES);
        assertThat(EnumCells.parse(DataClassification.class, "Datenkategorie", "Art. 9 DSGVO"))
                .isEqualTo(DataClassification.SPECIAL_CATEGORY);
        assertThat(EnumCells.parse(Renewal.class, "Verlängerung", "automatisch")).isEqualTo(Renewal.TACIT);
    }

    @Test
    void an_alias_belongs_to_its_own_enum_only() {
        assertThatThrownBy(() -> EnumCells.parse(Hosting.class, "Betriebsform", "Bürosoftware"))
                .isInstanceOf(CellException.class);
    }

    @Test
    void an_unknown_word_lists_the_german_labels() {
        assertThatThrownBy(() -> EnumCells.parse(Category.class, "Kategorie", "Kaffeeautomaten"))
                .isInstanceOfSatisfying(CellException.class, e -> {
                    assertThat(e.code()).isEqualTo("unknown-value");
                    assertThat(e.messageDe()).startsWith("Kategorie „Kaffeeautomaten“ ist unbekannt")
                            .contains("Bürosoftware", "Fachverfahren");
                    assertThat(e.messageEn()).contains("OFFICE");
                });
    }
}
