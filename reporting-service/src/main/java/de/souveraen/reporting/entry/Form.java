package de.souveraen.reporting.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A form as {@code entry/form.html} renders it: fields with label, hint, value and the German error next to them,
 * and the error summary at the top that links to the fields.
 */
public record Form(String action, String intro, String submitLabel, String cancelHref, String key, String token,
        List<Field> fields, List<Message> summary) {

    /** One entry of the error summary; {@code field} (the field's name) links to it, null for the form as a whole. */
    public record Message(String field, String message) {
    }

    public record Option(String value, String label, boolean selected) {
    }

    /**
     * A field: {@code type} is {@code text}, {@code amount}, {@code date}, {@code select}, {@code radio}, {@code textarea}
     * or {@code hidden}.
     */
    public record Field(String name, String label, String hint, String type, String value, String error,
            boolean required, List<Option> options, String autocomplete) {

        public String inputType() {
            return switch (type) {
                case "date" -> "date";
                case "time" -> "time";
                case "email" -> "email";
                default -> "text";
            };
        }

        public String inputmode() {
            return type.equals("amount") ? "decimal" : null;
        }

        /** The ids of the hint and the error, for {@code aria-describedby}. */
        public String describedBy() {
            List<String> ids = new ArrayList<>();
            if (hint != null) {
                ids.add("hinweis-" + name);
            }
            if (error != null) {
                ids.add("fehler-" + name);
            }
            return ids.isEmpty() ? null : String.join(" ", ids);
        }

        /** Shown, not entered (e.g. the booking a reversal is for). */
        public static Field shown(String name, String label, String value) {
            return new Field(name, label, null, "static", value, null, false, null, null);
        }

        public static Field hidden(String name, String value) {
            return new Field(name, "", null, "hidden", value, null, true, null, null);
        }

        public static Field text(String name, String label, String hint, boolean required) {
            return new Field(name, label, hint, "text", "", null, required, null, null);
        }

        public static Field textarea(String name, String label, String hint, boolean required) {
            return new Field(name, label, hint, "textarea", "", null, required, null, null);
        }

        public static Field amount(String name, String label, String hint, boolean required) {
            return new Field(name, label, hint, "amount", "", null, required, null, "off");
        }

        public static Field date(String name, String label, String hint, boolean required) {
            return new Field(name, label, hint, "date", "", null, required, null, null);
        }

        public static Field time(String name, String label, String hint, boolean required) {
            return new Field(name, label, hint, "time", "", null, required, null, null);
        }

        public static Field email(String name, String label, String hint, boolean required) {
            return new Field(name, label, hint, "email", "", null, required, null, "email");
        }

        public static Field select(String name, String label, String hint, boolean required, List<Option> options) {
            return new Field(name, label, hint, "select", "", null, required, options, null);
        }

        /** One choice of a few, as radio buttons in a fieldset whose legend is {@code label}. */
        public static Field radio(String name, String label, String hint, boolean required, List<Option> options) {
            return new Field(name, label, hint, "radio", "", null, required, options, null);
        }

        /** The same field showing {@code value} (e.g. the current state of what is edited). */
        public Field prefilled(String value) {
            return withValue(value, null);
        }

        public Field withValue(String value, String error) {
            List<Option> chosen = options == null ? null
                    : options.stream().map(o -> new Option(o.value(), o.label(), o.value().equals(value))).toList();
            return new Field(name, label, hint, type, value == null ? "" : value, error, required, chosen,
                    autocomplete);
        }
    }

    /** The same form with the person's input and the errors by field (those of no field go to the summary only). */
    public Form with(Map<String, String> values, Map<String, String> errors, List<Message> general) {
        List<Field> filled = fields.stream().map(f -> f.type().equals("static") ? f
                : f.withValue(values.getOrDefault(f.name(), f.value()), errors.get(f.name()))).toList();
        List<Message> messages = new ArrayList<>(general);
        for (Field f : filled) {
            if (f.error() != null) {
                messages.add(new Message(f.name(), f.error()));
            }
        }
        return new Form(action, intro, submitLabel, cancelHref, key, token, filled, messages);
    }
}
