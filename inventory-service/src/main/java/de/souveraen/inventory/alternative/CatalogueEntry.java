package de.souveraen.inventory.alternative;

import de.souveraen.contracts.inventory.Category;
import java.util.List;

/**
 * One open-source alternative of the shipped catalogue ({@code inventory/alternatives.json}). {@code openDesk}
 * marks components of ZenDiS' openDesk; {@code maintainerCountry} is ISO 3166-1 alpha-2 or null for community
 * projects without a single legal home.
 */
public record CatalogueEntry(String id, String name, List<Category> categories, boolean openDesk, String licence,
        String maintainer, String maintainerCountry, List<String> replaces, List<String> openStandards,
        String website, String descriptionDe, String descriptionEn) {

    public CatalogueEntry {
        categories = categories == null ? List.of() : List.copyOf(categories);
        replaces = replaces == null ? List.of() : List.copyOf(replaces);
        openStandards = openStandards == null ? List.of() : List.copyOf(openStandards);
    }
}
