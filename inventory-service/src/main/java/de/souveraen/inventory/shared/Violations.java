package de.souveraen.inventory.shared;

import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Rejection.Kind;
import de.souveraen.eventstore.domain.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects {@link Violation}s while checking and normalising untrusted input. Each check returns the
 * normalised value (or null when it failed or was absent), so a validator reads top to bottom. Field names are
 * the API's; {@code de} is the German noun shown in messages ("Name", "Jahreskosten").
 */
public final class Violations {
    /** Upper bound for amounts: far beyond any municipal contract, small enough to catch typos. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");

    private final List<Violation> list = new ArrayList<>();

    public Violations add(Violation violation) {
        list.add(violation);
        return this;
    }

    public Violations addAll(List<Violation> violations) {
        list.addAll(violations);
        return this;
    }

    public List<Violation> list() {
        return Collections.unmodifiableList(list);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** Throws the first violation as a {@link Rejection}, if any. */
    public void throwFirst() {
        if (!list.isEmpty()) {
            throw list.get(0).toRejection();
        }
    }

    public void required(String field, String de) {
        add(new Violation(Kind.UNPROCESSABLE, "required", field, de + " fehlt.", field + " is required."));
    }

    /** Stripped text, or null when blank; a violation when required and blank or longer than {@code max}. */
    public String text(String field, String de, String value, boolean required, int max) {
        String stripped = Texts.strip(value);
        if (stripped == null) {
            if (required) {
                required(field, de);
            }
            return null;
        }
        Rejection broken = Texts.violation(field, de, stripped, max);
        if (broken != null) {
            add(new Violation(broken.kind(), broken.code(), field, broken.messageDe(), broken.messageEn()));
            return null;
        }
        return stripped;
    }

    public <T> T present(String field, String de, T value) {
        if (value == null) {
            required(field, de);
        }
        return value;
    }

    /** An integer within {@code [min, max]}. */
    public Integer range(String field, String de, Integer value, boolean required, int min, int max) {
        if (value == null) {
            if (required) {
                required(field, de);
            }
            return null;
        }
        if (value < min || value > max) {
            add(new Violation(Kind.UNPROCESSABLE, "out-of-range", field,
                    de + " muss zwischen " + min + " und " + max + " liegen.",
                    field + " must be between " + min + " and " + max + "."));
            return null;
        }
        return value;
    }

    /**
     * A EUR amount with at most two decimals (more is a 400, as the design says), at least 0.00 or, when
     * {@code positive}, more than 0, at most {@link #MAX_AMOUNT}; returned with scale 2.
     */
    public BigDecimal money(String field, String de, BigDecimal value, boolean required, boolean positive) {
        if (value == null) {
            if (required) {
                required(field, de);
            }
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > 2) {
            add(new Violation(Kind.BAD_REQUEST, "too-many-decimals", field,
                    de + " darf höchstens zwei Nachkommastellen haben.",
                    field + " must have at most two decimals."));
            return null;
        }
        int sign = value.signum();
        if (sign < 0 || (positive && sign == 0) || value.compareTo(MAX_AMOUNT) > 0) {
            add(new Violation(Kind.UNPROCESSABLE, "out-of-range", field,
                    de + (positive ? " muss größer als 0,00 € sein" : " darf nicht negativ sein")
                            + " (höchstens 999.999.999,99 €).",
                    field + (positive ? " must be greater than 0.00" : " must not be negative")
                            + " (at most 999999999.99)."));
            return null;
        }
        return value.setScale(2);
    }
}
