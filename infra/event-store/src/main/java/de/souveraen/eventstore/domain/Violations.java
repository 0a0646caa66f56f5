package de.souveraen.eventstore.domain;

import de.souveraen.eventstore.domain.Rejection.Kind;
import de.souveraen.eventstore.text.German;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The one validation toolkit of every service: checks and normalises untrusted input and names the field as the API
 * spells it ({@code amount}, {@code lines[2].code}); {@code de} is the German noun phrase the message shows ("Der
 * Betrag"). Two modes with the same checks and the same error codes:
 * <ul>
 * <li>{@link #failFast()} throws the first broken rule as a {@link Rejection} (commands; {@link Check} is its static
 * shortcut);</li>
 * <li>{@link #collecting()} gathers every broken rule (dry runs, forms), each check then answering {@code null}.</li>
 * </ul>
 * The error codes ({@code code} in problem+json) are listed in {@link Codes}; a rule answers the same code in every
 * service.
 */
public final class Violations {
    /** Upper bound for one amount: far beyond any municipal budget or contract, small enough to catch typos. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");

    /** The error codes of the input rules, the same in every service. */
    public static final class Codes {
        public static final String REQUIRED = "required";
        public static final String TOO_LONG = "too-long";
        public static final String CONTROL_CHARACTERS = "control-characters";
        public static final String OUT_OF_RANGE = "out-of-range";
        public static final String TOO_MANY_DECIMALS = "too-many-decimals";
        public static final String NOT_POSITIVE = "not-positive";
        public static final String NEGATIVE = "negative";
        public static final String ZERO = "zero";
        public static final String TOO_LARGE = "too-large";
        public static final String TOO_MANY = "too-many";
        public static final String TOO_EARLY = "too-early";

        private Codes() {
        }
    }

    /** What an amount may be besides having at most two decimals and at most {@link #MAX_AMOUNT} in magnitude. */
    public enum Sign {
        /** greater than 0.00 */
        POSITIVE,
        /** 0.00 or more */
        NOT_NEGATIVE,
        /** anything but 0.00, positive or negative */
        NOT_ZERO
    }

    private final boolean failFast;
    private final List<Violation> list = new ArrayList<>();

    private Violations(boolean failFast) {
        this.failFast = failFast;
    }

    /** Throws at the first broken rule. */
    public static Violations failFast() {
        return new Violations(true);
    }

    /** Gathers every broken rule; see {@link #list()} and {@link #throwFirst()}. */
    public static Violations collecting() {
        return new Violations(false);
    }

    public Violations add(Violation violation) {
        if (failFast) {
            throw violation.toRejection();
        }
        list.add(violation);
        return this;
    }

    public Violations addAll(List<Violation> violations) {
        violations.forEach(this::add);
        return this;
    }

    /** Adds the rule a {@link Rejection} reports (e.g. one thrown by a shared rule). */
    public Violations add(Rejection rejection) {
        return add(Violation.of(rejection));
    }

    public List<Violation> list() {
        return Collections.unmodifiableList(list);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** Throws the first gathered violation as a {@link Rejection}, if any. */
    public void throwFirst() {
        if (!list.isEmpty()) {
            throw list.get(0).toRejection();
        }
    }

    private <T> T broken(Kind kind, String code, String field, String de, String en) {
        add(new Violation(kind, code, field, de, en));
        return null;
    }

    /** The violation "{@code de} fehlt." (422). */
    public static Violation missing(String field, String de) {
        return new Violation(Kind.UNPROCESSABLE, Codes.REQUIRED, field, de + " fehlt.", field + " is required.");
    }

    public <T> T present(String field, String de, T value) {
        if (value == null) {
            add(missing(field, de));
        }
        return value;
    }

    /** An id the caller generates or takes from the path: missing means a malformed request (400). */
    public UUID id(String field, String de, UUID value) {
        return value != null ? value
                : broken(Kind.BAD_REQUEST, Codes.REQUIRED, field, de + " fehlt.", field + " is required.");
    }

    /** Stripped, non-blank text of at most {@code max} characters without control characters. */
    public String text(String field, String de, String value, int max) {
        String stripped = Texts.strip(value);
        if (stripped == null) {
            add(missing(field, de));
            return null;
        }
        return optionalText(field, de, stripped, max);
    }

    /** Stripped text of at most {@code max} characters, or {@code null} when absent or blank. */
    public String optionalText(String field, String de, String value, int max) {
        String stripped = Texts.strip(value);
        if (stripped == null) {
            return null;
        }
        Rejection broken = Texts.violation(field, de, stripped, max);
        if (broken != null) {
            add(broken);
            return null;
        }
        return stripped;
    }

    /**
     * A list of stripped, non-blank texts without duplicates (the first spelling wins, compared ignoring case), each
     * at most {@code max} characters, at most {@code maxItems} of them; {@code null} counts as empty.
     */
    public List<String> texts(String field, String de, List<String> values, int max, int maxItems) {
        List<String> result = new ArrayList<>();
        if (values == null) {
            return result;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String text = text(field + "[" + i + "]", de, values.get(i), max);
            if (text != null && seen.add(text.toLowerCase(Locale.GERMAN))) {
                result.add(text);
            }
        }
        if (result.size() > maxItems) {
            return broken(Kind.UNPROCESSABLE, Codes.TOO_MANY, field, "Höchstens " + maxItems + " Einträge sind erlaubt.",
                    field + " may have at most " + maxItems + " entries.");
        }
        return result;
    }

    /** A whole number within {@code [min, max]}; required. */
    public Integer range(String field, String de, Integer value, int min, int max) {
        if (value == null) {
            add(missing(field, de));
            return null;
        }
        return optionalRange(field, de, value, min, max);
    }

    /** A whole number within {@code [min, max]}, or {@code null} when absent. */
    public Integer optionalRange(String field, String de, Integer value, int min, int max) {
        if (value == null) {
            return null;
        }
        if (value < min || value > max) {
            return broken(Kind.UNPROCESSABLE, Codes.OUT_OF_RANGE, field,
                    de + " muss zwischen " + min + " und " + max + " liegen.",
                    field + " must be between " + min + " and " + max + ".");
        }
        return value;
    }

    /**
     * A EUR amount: at most two decimals (more is a malformed request, 400), at most {@link #MAX_AMOUNT} in magnitude,
     * and as {@code sign} says; required. Answered with scale 2.
     */
    public BigDecimal amount(String field, String de, BigDecimal value, Sign sign) {
        if (value == null) {
            add(missing(field, de));
            return null;
        }
        return optionalAmount(field, de, value, sign);
    }

    /** As {@link #amount}, or {@code null} when absent. */
    public BigDecimal optionalAmount(String field, String de, BigDecimal value, Sign sign) {
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            return broken(Kind.BAD_REQUEST, Codes.TOO_MANY_DECIMALS, field,
                    de + " darf höchstens zwei Nachkommastellen haben.", field + " must have at most two decimals.");
        }
        int signum = value.signum();
        if (sign == Sign.POSITIVE && signum <= 0) {
            return broken(Kind.UNPROCESSABLE, Codes.NOT_POSITIVE, field, de + " muss größer als 0,00 € sein.",
                    field + " must be greater than 0.00.");
        }
        if (sign == Sign.NOT_NEGATIVE && signum < 0) {
            return broken(Kind.UNPROCESSABLE, Codes.NEGATIVE, field, de + " darf nicht negativ sein.",
                    field + " must not be negative.");
        }
        if (sign == Sign.NOT_ZERO && signum == 0) {
            return broken(Kind.UNPROCESSABLE, Codes.ZERO, field, de + " darf nicht 0,00 € sein.",
                    field + " must not be 0.00.");
        }
        if (value.abs().compareTo(MAX_AMOUNT) > 0) {
            return broken(Kind.UNPROCESSABLE, Codes.TOO_LARGE, field,
                    de + " darf höchstens " + German.money(MAX_AMOUNT) + " betragen.",
                    field + " must be at most " + MAX_AMOUNT.toPlainString() + ".");
        }
        return value.setScale(2);
    }

    /** {@code date} must not lie before {@code earliest} (e.g. a reversal before its booking); required. */
    public LocalDate notBefore(String field, String de, LocalDate date, LocalDate earliest, String whatDe,
            String whatEn) {
        if (date == null) {
            add(missing(field, de));
            return null;
        }
        if (date.isBefore(earliest)) {
            return broken(Kind.UNPROCESSABLE, Codes.TOO_EARLY, field,
                    de + " darf nicht vor " + whatDe + " (" + German.date(earliest) + ") liegen.",
                    field + " must not lie before " + whatEn + " (" + earliest + ").");
        }
        return date;
    }
}
