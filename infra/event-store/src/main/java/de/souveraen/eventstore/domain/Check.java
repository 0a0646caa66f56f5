package de.souveraen.eventstore.domain;

import de.souveraen.eventstore.domain.Violations.Sign;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The fail-fast shortcut of {@link Violations} for deciders and rules: each check answers the normalised value or
 * throws the broken rule as a {@link Rejection} naming the field. Same checks, same codes.
 */
public final class Check {
    private Check() {
    }

    /** A 422 naming {@code field} for a rule of the caller's own. */
    public static Rejection invalid(String code, String field, String de, String en) {
        return Rejection.invalid(code, field, de, en);
    }

    /** The rejection "{@code de} fehlt." (422). */
    public static Rejection missing(String field, String de) {
        return Violations.missing(field, de).toRejection();
    }

    public static <T> T present(String field, String de, T value) {
        return Violations.failFast().present(field, de, value);
    }

    public static UUID id(String field, String de, UUID value) {
        return Violations.failFast().id(field, de, value);
    }

    public static String text(String field, String de, String value, int max) {
        return Violations.failFast().text(field, de, value, max);
    }

    public static String optionalText(String field, String de, String value, int max) {
        return Violations.failFast().optionalText(field, de, value, max);
    }

    public static List<String> texts(String field, String de, List<String> values, int max, int maxItems) {
        return Violations.failFast().texts(field, de, values, max, maxItems);
    }

    public static int range(String field, String de, Integer value, int min, int max) {
        return Violations.failFast().range(field, de, value, min, max);
    }

    public static Integer optionalRange(String field, String de, Integer value, int min, int max) {
        return Violations.failFast().optionalRange(field, de, value, min, max);
    }

    /** An amount greater than 0.00. */
    public static BigDecimal positive(String field, String de, BigDecimal value) {
        return Violations.failFast().amount(field, de, value, Sign.POSITIVE);
    }

    /** An amount of 0.00 or more. */
    public static BigDecimal notNegative(String field, String de, BigDecimal value) {
        return Violations.failFast().amount(field, de, value, Sign.NOT_NEGATIVE);
    }

    /** An amount other than 0.00, positive or negative. */
    public static BigDecimal nonZero(String field, String de, BigDecimal value) {
        return Violations.failFast().amount(field, de, value, Sign.NOT_ZERO);
    }

    public static BigDecimal optionalAmount(String field, String de, BigDecimal value, Sign sign) {
        return Violations.failFast().optionalAmount(field, de, value, sign);
    }

    public static LocalDate notBefore(String field, String de, LocalDate date, LocalDate earliest, String whatDe,
            String whatEn) {
        return Violations.failFast().notBefore(field, de, date, earliest, whatDe, whatEn);
    }
}
