package de.souveraen.reporting.entry;

import de.souveraen.eventstore.text.German;
import de.souveraen.reporting.view.Lang;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads what a person typed in the formats Germans use ({@code 1.234,56}, {@code 29.01.2026}) and gathers the
 * fields whose format is wrong. Only the format: whether a value is allowed is the write service's to say.
 */
public final class Inputs {
    private final Lang lang;
    private final Map<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();

    public Inputs(Lang lang, Map<String, String> values) {
        this.lang = lang;
        this.values = values;
    }

    /** The amount in {@code field}, null when empty or unreadable (then an error for the field). */
    public BigDecimal amount(String field) {
        String text = values.get(field);
        BigDecimal amount = German.parseAmount(text);
        if (text != null && amount == null) {
            errors.put(field, lang.pick("Bitte geben Sie einen Betrag in Euro ein, z. B. 1.234,56.",
                    "Please enter an amount in euros, e.g. 1.234,56."));
        }
        return amount;
    }

    /** The date in {@code field} as ISO text for the API, null when empty or unreadable (then an error). */
    public String date(String field) {
        String text = values.get(field);
        java.time.LocalDate date = German.parseDate(text);
        if (text != null && date == null) {
            errors.put(field, lang.pick("Bitte geben Sie ein gültiges Datum ein, z. B. 29.01.2026.",
                    "Please enter a valid date, e.g. 29.01.2026."));
        }
        return date == null ? null : date.toString();
    }

    /**
     * The moment of a date field and a time field ({@code 18:30}) in Germany, as ISO text with its offset for the API;
     * null when the date is empty; an error at the time field when it is unreadable or missing.
     */
    public String moment(String dateField, String timeField) {
        String day = date(dateField);
        String time = values.get(timeField);
        if (day == null) {
            return null;
        }
        if (time == null || !time.matches("\\d{1,2}[:.]\\d{2}")) {
            errors.put(timeField, lang.pick("Bitte geben Sie die Uhrzeit ein, z. B. 18:30.",
                    "Please enter the time, e.g. 18:30."));
            return null;
        }
        String[] parts = time.split("[:.]");
        try {
            java.time.LocalTime at = java.time.LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            return java.time.LocalDate.parse(day).atTime(at).atZone(German.ZONE).toOffsetDateTime().toString();
        } catch (java.time.DateTimeException e) {
            errors.put(timeField, lang.pick("Bitte geben Sie eine gültige Uhrzeit ein, z. B. 18:30.",
                    "Please enter a valid time, e.g. 18:30."));
            return null;
        }
    }

    /** A whole number in {@code field}, null when empty or unreadable (then an error). */
    public Integer integer(String field) {
        String text = values.get(field);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.replace(".", "").strip());
        } catch (NumberFormatException e) {
            errors.put(field, lang.pick("Bitte geben Sie eine ganze Zahl ein.", "Please enter a whole number."));
            return null;
        }
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The language the messages are written in. */
    public Lang lang() {
        return lang;
    }

    public Map<String, String> errors() {
        return errors;
    }
}
