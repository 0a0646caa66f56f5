package de.souveraen.inventory.jurisdiction;

import de.souveraen.contracts.inventory.Adequacy;
import de.souveraen.contracts.inventory.JurisdictionFlags;
import java.util.List;

/** One row of {@code inventory/countries.csv}. */
public record Country(String code, String alpha3, String nameDe, String nameEn, boolean eu, boolean eea,
        Adequacy adequacy, boolean extraterritorialAccessLaw, List<String> aliases, String note) {

    public Country {
        aliases = List.copyOf(aliases);
    }

    public JurisdictionFlags flags() {
        return new JurisdictionFlags(code, eu, eea, adequacy, extraterritorialAccessLaw);
    }
}
