package de.souveraen.inventory.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.souveraen.contracts.inventory.Adequacy;
import de.souveraen.contracts.inventory.JurisdictionFlags;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.inventory.testing.Fixtures;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CountryTableTest {
    private static final Set<String> EU = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
            "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");
    private final CountryTable table = Fixtures.COUNTRIES;

    @Test
    void the_table_has_every_iso_3166_alpha_2_code() {
        Set<String> codes = table.all().stream().map(Country::code).collect(Collectors.toSet());
        assertThat(codes).containsExactlyInAnyOrderElementsOf(Set.of(Locale.getISOCountries()));
    }

    @Test
    void exactly_the_27_member_states_are_eu_and_the_eea_adds_iceland_liechtenstein_and_norway() {
        assertThat(table.all().stream().filter(Country::eu).map(Country::code)).containsExactlyInAnyOrderElementsOf(EU);
        assertThat(table.all().stream().filter(Country::eea).map(Country::code).collect(Collectors.toSet()))
                .hasSize(30).containsAll(EU).contains("IS", "LI", "NO");
        assertThat(table.all().stream().filter(c -> c.eea() != (c.adequacy() == Adequacy.EEA))).isEmpty();
    }

    @Test
    void adequacy_decisions_follow_the_commission_list() {
        assertThat(table.all().stream().filter(c -> c.adequacy() == Adequacy.FULL).map(Country::code))
                .containsExactlyInAnyOrder("AD", "AR", "BR", "CH", "FO", "GB", "GG", "IL", "IM", "JE", "KR", "NZ", "UY");
        assertThat(table.all().stream().filter(c -> c.adequacy() == Adequacy.PARTIAL).map(Country::code))
                .containsExactlyInAnyOrder("CA", "JP", "US");
        assertThat(table.all().stream().filter(c -> c.adequacy() != Adequacy.NONE && c.adequacy() != Adequacy.EEA))
                .allSatisfy(c -> assertThat(c.note()).isNotBlank());
    }

    @Test
    void the_extraterritorial_flag_is_set_for_the_documented_countries_with_their_legal_basis() {
        assertThat(table.all().stream().filter(Country::extraterritorialAccessLaw).map(Country::code))
                .containsExactlyInAnyOrder("US", "CN", "RU");
        assertThat(table.byCode("US").orElseThrow().note()).contains("CLOUD Act");
    }

    @Test
    void flags_for_a_code_in_any_case() {
        assertThat(table.flags("de")).isEqualTo(new JurisdictionFlags("DE", true, true, Adequacy.EEA, false));
        assertThat(table.flags("CH")).isEqualTo(new JurisdictionFlags("CH", false, false, Adequacy.FULL, false));
        assertThat(table.flags("NO")).isEqualTo(new JurisdictionFlags("NO", false, true, Adequacy.EEA, false));
    }

    @Test
    void an_unknown_code_is_unprocessable_on_vendor_country() {
        for (String bad : new String[] {"XX", "DEU", "", "U$", null}) {
            assertThatThrownBy(() -> table.flags(bad)).isInstanceOfSatisfying(Rejection.class, r -> {
                assertThat(r.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
                assertThat(r.code()).isEqualTo("unknown-country");
                assertThat(r.field()).isEqualTo("vendorCountry");
            });
        }
    }

    @Test
    void the_import_resolves_names_alpha_3_codes_and_aliases() {
        assertThat(table.resolve("Deutschland")).map(Country::code).hasValue("DE");
        assertThat(table.resolve("united states")).map(Country::code).hasValue("US");
        assertThat(table.resolve("USA")).map(Country::code).hasValue("US");
        assertThat(table.resolve("UK")).map(Country::code).hasValue("GB");
        assertThat(table.resolve("Schweiz")).map(Country::code).hasValue("CH");
        assertThat(table.resolve("Atlantis")).isEmpty();
    }

    @Test
    void a_malformed_table_does_not_load() {
        String header = "code;alpha3;name_de;name_en;eu;eea;adequacy;extraterritorial;aliases;note\n";
        assertThatThrownBy(() -> CountryTable.parse(header + "DE;DEU;Deutschland;Germany;ja;yes;EEA;no;;\n"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CountryTable.parse("code;name\nDE;Deutschland\n")).isInstanceOf(IllegalArgumentException.class);
    }
}
