package de.souveraen.inventory.alternative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.souveraen.contracts.inventory.Category;
import de.souveraen.inventory.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class AlternativeCatalogueTest {
    private final AlternativeCatalogue catalogue = Fixtures.CATALOGUE;

    @Test
    void the_shipped_catalogue_holds_the_alternatives_the_issue_names() {
        assertThat(catalogue.entries()).extracting(CatalogueEntry::id).contains("opendesk", "libreoffice",
                "collabora-online", "nextcloud", "open-xchange", "element", "jitsi-meet", "openproject", "cryptpad",
                "proxmox-ve", "thunderbird", "debian", "ubuntu", "opensuse");
    }

    @Test
    void every_category_but_other_has_at_least_one_alternative() {
        for (Category category : EnumSet.complementOf(EnumSet.of(Category.OTHER))) {
            assertThat(catalogue.forCategory(category)).as("alternatives for %s", category).isNotEmpty();
        }
    }

    @Test
    void open_desk_components_are_marked_and_found_by_category() {
        assertThat(catalogue.forCategory(Category.OFFICE)).extracting(CatalogueEntry::id)
                .contains("libreoffice", "collabora-online");
        assertThat(catalogue.find("collabora-online")).get().extracting(CatalogueEntry::openDesk).isEqualTo(true);
        assertThat(catalogue.find("libreoffice")).get().extracting(CatalogueEntry::openDesk).isEqualTo(false);
    }

    @Test
    void every_entry_is_described_in_german_and_english_with_a_licence_and_a_website() {
        for (CatalogueEntry entry : catalogue.entries()) {
            assertThat(entry.descriptionDe()).as(entry.id()).isNotBlank();
            assertThat(entry.descriptionEn()).as(entry.id()).isNotBlank();
            assertThat(entry.licence()).as(entry.id()).isNotBlank();
            assertThat(entry.website()).as(entry.id()).startsWith("https://");
            if (entry.maintainerCountry() != null) {
                assertThat(Fixtures.COUNTRIES.byCode(entry.maintainerCountry())).as(entry.id()).isPresent();
            }
        }
        assertThat(catalogue.asOf()).isNotBlank();
        assertThat(catalogue.sources()).isNotEmpty();
    }

    @Test
    void a_catalogue_with_an_unknown_category_or_a_repeated_id_does_not_load() {
        String unknownCategory = "{\"entries\":[{\"id\":\"a\",\"name\":\"A\",\"categories\":[\"COFFEE\"]}]}";
        String repeated = "{\"entries\":[{\"id\":\"a\",\"name\":\"A\",\"categories\":[\"OFFICE\"]},"
                + "{\"id\":\"a\",\"name\":\"B\",\"categories\":[\"OFFICE\"]}]}";
        assertThatThrownBy(() -> AlternativeCatalogue.load(stream(unknownCategory))).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> AlternativeCatalogue.load(stream(repeated))).isInstanceOf(IllegalArgumentException.class);
    }

    private static ByteArrayInputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
