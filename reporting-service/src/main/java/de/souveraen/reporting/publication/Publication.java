package de.souveraen.reporting.publication;

import de.souveraen.contracts.reporting.ReportPublished;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state of one quarter's publication stream: the narrative per report section (in section order) and, once
 * published, the publication. A published report never changes.
 */
public record Publication(String period, Map<String, String> narratives, ReportPublished published) {
    public static final Publication NONE = new Publication(null, Map.of(), null);

    public Publication {
        narratives = narratives == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(
                narratives));
    }

    public boolean wasPublished() {
        return published != null;
    }

    /** The narrative of {@code section}, or {@code null}. */
    public String narrative(String section) {
        return narratives.get(section);
    }

    Publication withNarrative(String period, String section, String text) {
        Map<String, String> all = new LinkedHashMap<>();
        for (String key : PublicationDecider.SECTIONS) {
            String value = key.equals(section) ? text : narratives.get(key);
            if (value != null && !value.isEmpty()) {
                all.put(key, value);
            }
        }
        return new Publication(period, all, published);
    }
}
