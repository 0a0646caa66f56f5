package de.souveraen.eventstore.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Figures as German readers read them, in one place for every service: {@code 15.000,00 €}, {@code 1.234,5},
 * {@code 12,5 %}, {@code 29.01.2026}, and the time zone business days are counted in. Built on fixed patterns and
 * symbols, not on the JDK's locale data (whose spaces and symbols change between JDK versions), so documents stay
 * byte-identical. The space before {@code €} and {@code %} is a no-break space (U+00A0), so a figure never wraps.
 * How spreadsheets want numbers (no grouping) is {@link GermanCsv}'s business; the formula-cell rule lives there too.
 */
public final class German {
    /** The zone of every business day (a booking's date, a meeting's day, a quarter). */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    public static final char NBSP = '\u00a0';
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.uuuu, HH:mm 'Uhr'");

    private German() {
    }

    /** {@code 15.000,00 €}, {@code -1.234,50 €}; {@code –} for none. */
    public static String money(BigDecimal amount) {
        return amount == null ? "–" : decimal(amount, 2) + NBSP + "€";
    }

    /** {@code 1.234,50}: two decimals, grouped. */
    public static String amount(BigDecimal amount) {
        return decimal(amount, 2);
    }

    /** A number with {@code decimals} decimals and grouping, e.g. {@code 1.234,5}; {@code –} for none. */
    public static String decimal(BigDecimal value, int decimals) {
        if (value == null) {
            return "–";
        }
        return format(value, decimals, ',', '.');
    }

    /** {@code 1.234}. */
    public static String integer(long value) {
        return decimal(BigDecimal.valueOf(value), 0);
    }

    /** {@code 12,5 %}: one decimal. */
    public static String percent(BigDecimal value) {
        return value == null ? "–" : decimal(value, 1) + NBSP + "%";
    }

    /** {@code 29.01.2026}; {@code –} for none. */
    public static String date(LocalDate date) {
        return date == null ? "–" : DATE.format(date);
    }

    /** {@code 29.01.2026, 18:30 Uhr} in {@link #ZONE}. */
    public static String dateTime(java.time.Instant instant) {
        return instant == null ? "–" : DATE_TIME.format(instant.atZone(ZONE));
    }

    /** The calendar day of {@code instant} in Germany. */
    public static LocalDate day(java.time.Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    private static final java.util.regex.Pattern GERMAN_NUMBER = java.util.regex.Pattern
            .compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");

    /**
     * An amount as Germans write it — {@code 1.234,56}, {@code 1234,5}, {@code 1.200}, a trailing {@code €} or
     * {@code EUR} and blanks tolerated — or {@code null} when it is none. An English {@code 1234.56} is refused
     * rather than misread as 123456; {@code 12,345} is 12.345 (the caller's rules then refuse three decimals).
     */
    public static BigDecimal parseAmount(String text) {
        if (text == null) {
            return null;
        }
        String s = text.replace(NBSP, ' ').replace("€", "").replace("EUR", "").replace(" ", "").strip();
        if (!GERMAN_NUMBER.matcher(s).matches()) {
            return null;
        }
        return new BigDecimal(s.replace(".", "").replace(',', '.'));
    }

    /** A date as {@code 29.01.2026} (also {@code 9.1.2026}) or ISO {@code 2026-01-29}; {@code null} when it is none. */
    public static LocalDate parseDate(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        try {
            java.util.regex.Matcher german = java.util.regex.Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})")
                    .matcher(s);
            if (german.matches()) {
                return LocalDate.of(Integer.parseInt(german.group(3)), Integer.parseInt(german.group(2)),
                        Integer.parseInt(german.group(1)));
            }
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(s);
            }
        } catch (java.time.DateTimeException noSuchDay) {
            return null;
        }
        return null;
    }

    /** The number with the given separators (also used for English documents, with {@code .} and {@code ,}). */
    public static String format(BigDecimal value, int decimals, char decimalSeparator, char groupingSeparator) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setDecimalSeparator(decimalSeparator);
        symbols.setGroupingSeparator(groupingSeparator);
        symbols.setMinusSign('-');
        String pattern = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }
}
