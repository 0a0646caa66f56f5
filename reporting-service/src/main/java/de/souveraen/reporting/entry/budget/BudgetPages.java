package de.souveraen.reporting.entry.budget;

import de.souveraen.reporting.view.Lang;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The budget's list pages' (journal, commitments) small helpers: filters in links, cells of missing values. */
final class BudgetPages {
    private BudgetPages() {
    }

    static String text(com.fasterxml.jackson.databind.JsonNode node, String field) {
        com.fasterxml.jackson.databind.JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "–" : value.asText();
    }

    static void put(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.strip());
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String code(Lang lang) {
        return lang.name().toLowerCase();
    }
}
