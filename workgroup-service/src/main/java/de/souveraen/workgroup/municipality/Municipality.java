package de.souveraen.workgroup.municipality;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A municipality as its public pages name it: its key (the tenant, e.g. {@code blankenheim}), its name
 * ({@code Gemeinde Blankenheim}, the OParl Body's {@code name}) and its short name ({@code Blankenheim}).
 */
public record Municipality(String key, String name, String shortName) {

    /**
     * The name derived from the key alone, until the tenant registry names it: each hyphen-separated part
     * capitalised ({@code blankenheim} → „Gemeinde Blankenheim“, {@code bad-muenstereifel} → „Gemeinde Bad
     * Muenstereifel“; a Gemeindeschlüssel stays as it is).
     */
    public static Municipality derived(String key) {
        String shortName = Arrays.stream(key.split("-")).filter(part -> !part.isEmpty())
                .map(part -> part.substring(0, 1).toUpperCase(Locale.GERMAN) + part.substring(1))
                .collect(Collectors.joining(" "));
        return new Municipality(key, "Gemeinde " + shortName, shortName);
    }
}
