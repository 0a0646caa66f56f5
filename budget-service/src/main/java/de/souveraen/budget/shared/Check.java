package de.souveraen.budget.shared;

import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Texts;
import de.souveraen.eventstore.domain.Rejection.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Checks and normalises untrusted command input, failing fast with a field-named {@link Rejection} (German
 * message first). Field names are spelled as the API spells them ({@code amount}, {@code lines[2].code}); the
 * German noun ({@code de}) is what the message shows.
 */
public final class Check {
    /** Upper bound for one amount: far beyond any municipal budget line, small enough to catch typos. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");

    /**
     * Line codes: upper-case letters, digits, {@code .}, {@code _} and {@code -}, starting with a letter or digit,
     * at most 20 characters — enough for NKF product/account codes like {@code 011103.529100} or short codes like
     * {@code SCHULUNG}.
     */
    public static final Pattern LINE_CODE = Pattern.compile("^[A-Z0-9][A-Z0-9._-]{0,19}$");

    /** Fiscal years the software accepts (calendar years). */
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    private Check() {
    }

    /** 422 naming {@code field}. */
    public static Rejection invalid(String code, String field, String de, String en) {
        return Rejection.invalid(code, field, de, en);
    }

    private static Rejection required(String field, String de) {
        return invalid("required", field, de + " fehlt.", field + " is required.");
    }

    /** An id the caller generates; missing is a malformed request (400). */
    public static UUID id(String field, String de, UUID id) {
        if (id == null) {
            throw new Rejection(Kind.BAD_REQUEST, "required", field, de + " fehlt.", field + " is required.", Map.of());
        }
        return id;
    }

    /** Stripped, non-blank text of at most {@code max} characters. */
    public static String text(String field, String de, String value, int max) {
        String text = optionalText(field, de, value, max);
        if (text == null) {
            throw required(field, de);
        }
        return text;
    }

    /** Stripped text of at most {@code max} characters, or null when absent or blank (the kernel's rule). */
    public static String optionalText(String field, String de, String value, int max) {
        return Texts.optional(field, de, value, max);
    }

    public static <T> T present(String field, String de, T value) {
        if (value == null) {
            throw required(field, de);
        }
        return value;
    }

    /** A line code matching {@link #LINE_CODE}. */
    public static String lineCode(String field, String code) {
        if (code == null || code.isBlank()) {
            throw required(field, "Der Code der Haushaltsposition");
        }
        if (!LINE_CODE.matcher(code).matches()) {
            throw invalid("invalid-line-code", field,
                    "Der Code der Haushaltsposition muss aus 1 bis 20 Großbuchstaben, Ziffern, '.', '_' oder '-' "
                            + "bestehen und mit einem Buchstaben oder einer Ziffer beginnen.",
                    field + " must be 1 to 20 upper-case letters, digits, '.', '_' or '-', starting with a letter "
                            + "or digit.");
        }
        return code;
    }

    /** A fiscal year within {@link #MIN_YEAR}..{@link #MAX_YEAR}. */
    public static int fiscalYear(String field, int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw invalid("out-of-range", field,
                    "Das Haushaltsjahr muss zwischen " + MIN_YEAR + " und " + MAX_YEAR + " liegen.",
                    field + " must be between " + MIN_YEAR + " and " + MAX_YEAR + ".");
        }
        return year;
    }

    /** An amount greater than 0.00 with at most two decimals (more is a 400), returned with scale 2. */
    public static BigDecimal positive(String field, String de, BigDecimal value) {
        BigDecimal amount = money(field, de, value);
        if (amount.signum() <= 0) {
            throw invalid("not-positive", field, de + " muss größer als 0,00 € sein.",
                    field + " must be greater than 0.00.");
        }
        return amount;
    }

    /** An amount other than 0.00, positive or negative, with at most two decimals, returned with scale 2. */
    public static BigDecimal nonZero(String field, String de, BigDecimal value) {
        BigDecimal amount = money(field, de, value);
        if (amount.signum() == 0) {
            throw invalid("zero", field, de + " darf nicht 0,00 € sein.", field + " must not be 0.00.");
        }
        return amount;
    }

    private static BigDecimal money(String field, String de, BigDecimal value) {
        if (value == null) {
            throw required(field, de);
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new Rejection(Kind.BAD_REQUEST, "too-many-decimals", field,
                    de + " darf höchstens zwei Nachkommastellen haben.", field + " must have at most two decimals.",
                    Map.of());
        }
        if (value.abs().compareTo(MAX_AMOUNT) > 0) {
            throw invalid("too-large", field, de + " darf höchstens 999.999.999,99 € betragen.",
                    field + " must be at most 999999999.99.");
        }
        return value.setScale(2);
    }

    /** A date within the calendar years {@code firstYear}..{@code lastYear}. */
    public static LocalDate dateInYears(String field, String de, LocalDate date, int firstYear, int lastYear) {
        present(field, de, date);
        if (date.getYear() < firstYear || date.getYear() > lastYear) {
            String span = firstYear == lastYear ? "im Haushaltsjahr " + firstYear
                    : "in den Jahren " + firstYear + " bis " + lastYear;
            String spanEn = firstYear == lastYear ? "in fiscal year " + firstYear
                    : "in the years " + firstYear + " to " + lastYear;
            throw invalid("outside-fiscal-year", field, de + " muss " + span + " liegen.",
                    field + " must lie " + spanEn + ".");
        }
        return date;
    }

    /** A date within the fiscal (calendar) year. */
    public static LocalDate dateInYear(String field, String de, LocalDate date, int fiscalYear) {
        return dateInYears(field, de, date, fiscalYear, fiscalYear);
    }

    /** {@code date} must not lie before {@code earliest} (e.g. a reversal before its booking). */
    public static LocalDate notBefore(String field, String de, LocalDate date, LocalDate earliest, String whatDe,
            String whatEn) {
        if (date.isBefore(earliest)) {
            throw invalid("too-early", field, de + " darf nicht vor " + whatDe + " (" + Money.germanDate(earliest)
                    + ") liegen.", field + " must not lie before " + whatEn + " (" + earliest + ").");
        }
        return date;
    }
}
