package de.souveraen.reporting.entry;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A write service's refusal (RFC 9457 problem+json) as a form shows it: the German message next to the field the
 * problem names ({@code field}, or each of {@code errors}), everything else in the error summary.
 */
public record Refusal(Map<String, String> byField, List<Form.Message> general) {

    /**
     * Reads {@code problem}; {@code fieldOf} maps the API's field name (e.g. {@code amount}, {@code lines[0].code})
     * to the form's field, or null when the form has no such field.
     */
    public static Refusal of(JsonNode problem, Function<String, String> fieldOf) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<Form.Message> general = new ArrayList<>();
        String german = german(problem);
        JsonNode errors = problem.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            for (JsonNode error : errors) {
                place(fieldOf.apply(error.path("field").asText(null)), error.path("message").asText(german), byField,
                        general);
            }
        } else {
            place(fieldOf.apply(problem.path("field").asText(null)), german, byField, general);
        }
        return new Refusal(byField, general);
    }

    /** The German text of a problem: {@code texts.de}, else the part of {@code detail} before " / ", else its title. */
    public static String german(JsonNode problem) {
        String de = problem.path("texts").path("de").asText(null);
        if (de != null) {
            return de;
        }
        String detail = problem.path("detail").asText(problem.path("title").asText("Die Angaben wurden abgelehnt."));
        int slash = detail.indexOf(" / ");
        return slash > 0 ? detail.substring(0, slash) : detail;
    }

    private static void place(String field, String message, Map<String, String> byField, List<Form.Message> general) {
        if (field != null) {
            byField.putIfAbsent(field, message);
        } else {
            general.add(new Form.Message(null, message));
        }
    }
}
