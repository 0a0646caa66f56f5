package de.souveraen.eventstore.domain;

/**
 * The one rule for free text in commands, shared by every service: surrounding white space is stripped, blank
 * counts as absent, at most {@code max} characters, and no control characters other than line breaks and tabs.
 * Everything else — markup, formula starts, bidi controls, any script — is stored exactly as given (escaping is the
 * job of whoever shows it).
 */
public final class Texts {
    private Texts() {
    }

    /** The stripped text, or {@code null} when absent or blank; throws the broken rule as a 422. */
    public static String optional(String field, String de, String value, int max) {
        String stripped = strip(value);
        Rejection broken = stripped == null ? null : violation(field, de, stripped, max);
        if (broken != null) {
            throw broken;
        }
        return stripped;
    }

    /** The stripped text, or {@code null} when absent or blank. */
    public static String strip(String value) {
        String stripped = value == null ? null : value.strip();
        return stripped == null || stripped.isEmpty() ? null : stripped;
    }

    /** The rule a stripped, non-blank text breaks (a 422 naming the field), or {@code null} when it keeps them. */
    public static Rejection violation(String field, String de, String stripped, int max) {
        if (stripped.length() > max) {
            return Rejection.invalid("too-long", field, de + " darf höchstens " + max + " Zeichen lang sein.",
                    field + " must be at most " + max + " characters long.");
        }
        if (stripped.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            return Rejection.invalid("control-characters", field, de + " enthält unzulässige Steuerzeichen.",
                    field + " contains control characters.");
        }
        return null;
    }
}
