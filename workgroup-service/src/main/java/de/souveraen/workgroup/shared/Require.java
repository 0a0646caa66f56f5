package de.souveraen.workgroup.shared;

import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Texts;
import de.souveraen.eventstore.domain.Rejection.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Checks of untrusted command input that throw the first {@link Rejection}, naming the field as the API spells it.
 * {@code de} is the German noun phrase with its article ("Der Titel", "Die Begründung"), used in the German message.
 */
public final class Require {
    private Require() {
    }

    /** An id the caller generates or takes from the path: missing means a malformed request (400). */
    public static UUID id(String field, String de, UUID value) {
        if (value == null) {
            throw new Rejection(Kind.BAD_REQUEST, "required", field, de + " fehlt.", field + " is required.", Map.of());
        }
        return value;
    }

    public static <T> T present(String field, String de, T value) {
        if (value == null) {
            throw missing(field, de);
        }
        return value;
    }

    public static Rejection missing(String field, String de) {
        return Rejection.invalid("required", field, de + " fehlt.", field + " is required.");
    }

    /** Stripped, non-blank text of at most {@code max} characters. */
    public static String text(String field, String de, String value, int max) {
        String stripped = optionalText(field, de, value, max);
        if (stripped == null) {
            throw missing(field, de);
        }
        return stripped;
    }

    /** Stripped text of at most {@code max} characters, or null when absent or blank (the kernel's rule). */
    public static String optionalText(String field, String de, String value, int max) {
        return Texts.optional(field, de, value, max);
    }

    /** An integer within {@code [min, max]}. */
    public static int range(String field, String de, Integer value, int min, int max) {
        present(field, de, value);
        if (value < min || value > max) {
            throw Rejection.invalid("out-of-range", field, de + " muss zwischen " + min + " und " + max + " liegen.",
                    field + " must be between " + min + " and " + max + ".");
        }
        return value;
    }

    /**
     * A list of stripped, non-blank texts without duplicates (the first spelling wins, compared ignoring case), each
     * at most {@code max} characters long, at most {@code maxItems} of them; null counts as empty.
     */
    public static List<String> texts(String field, String de, List<String> values, int max, int maxItems) {
        List<String> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (values == null) {
            return result;
        }
        for (int i = 0; i < values.size(); i++) {
            String text = optionalText(field + "[" + i + "]", de, values.get(i), max);
            if (text == null) {
                throw missing(field + "[" + i + "]", de);
            }
            if (seen.add(text.toLowerCase(java.util.Locale.GERMAN))) {
                result.add(text);
            }
        }
        if (result.size() > maxItems) {
            throw Rejection.invalid("too-many", field, "Höchstens " + maxItems + " Einträge sind erlaubt.",
                    field + " may have at most " + maxItems + " entries.");
        }
        return result;
    }
}
