package de.souveraen.reporting.municipality;

import java.math.BigDecimal;

/**
 * A municipality (tenant) as the registry knows it: its key (slug or Amtlicher Gemeindeschlüssel), name, council
 * name, fiscal-year default (annual budget, EUR, may be null), roadmap window (first and last quarter, may be null)
 * and its coat of arms (media type, Base64 content, SHA-256; all null without one). {@code registered} is false for
 * the initial state and for a municipality the provider never registered (then name and council name are derived
 * from the key, see {@link #derived(String)}).
 */
public record Municipality(String key, String name, String councilName, BigDecimal defaultAnnualBudget,
        String roadmapFirst, String roadmapLast, String armsType, String armsContent, String armsSha256,
        boolean registered) {

    public static final Municipality NONE = new Municipality(null, null, null, null, null, null, null, null, null,
            false);

    /**
     * An unregistered municipality: "Gemeinde Blankenheim" and "Rat der Gemeinde Blankenheim" from the key
     * {@code blankenheim} (each hyphen-separated word capitalised), so a single-municipality installation needs no set-up.
     */
    public static Municipality derived(String key) {
        StringBuilder name = new StringBuilder();
        for (String word : key.split("-")) {
            if (!name.isEmpty()) {
                name.append('-');
            }
            name.append(word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return new Municipality(key, "Gemeinde " + name, "Rat der Gemeinde " + name, null, null, null, null, null,
                null, false);
    }

    public boolean hasArms() {
        return armsType != null && armsContent != null;
    }
}
