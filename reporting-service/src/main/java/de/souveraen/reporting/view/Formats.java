package de.souveraen.reporting.view;

import de.souveraen.eventstore.text.German;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Figures as their readers read them. German: {@code 15.000,00 €}, {@code 29.01.2026}, {@code 12,5 %}; English:
 * {@code €15,000.00}, {@code 29 Jan 2026}, {@code 12.5%}. Built on fixed patterns and symbols, not on the JDK's
 * locale data (whose spaces and symbols change between JDK versions), so documents stay byte-identical. The space
 * before {@code €} and {@code %} is a no-break space (U+00A0), so a figure never wraps.
 */
public final class Formats {
    public static final char NBSP = German.NBSP;
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM uuuu",
            java.util.Locale.UK);

    private Formats() {
    }

    /** A money amount with two decimals, e.g. {@code 15.000,00 €} or {@code -1.234,50 €}. */
    public static String money(BigDecimal amount, Lang lang) {
        if (amount == null) {
            return "–";
        }
        String digits = decimal(amount.abs(), 2, lang);
        String sign = amount.signum() < 0 ? "-" : "";
        return lang == Lang.DE ? sign + digits + NBSP + "€" : sign + "€" + digits;
    }

    /** A plain number with the given decimals and grouping, e.g. {@code 1.234,5} (the kernel's German rules). */
    public static String decimal(BigDecimal value, int decimals, Lang lang) {
        if (value == null) {
            return "–";
        }
        return lang == Lang.DE ? German.decimal(value, decimals) : German.format(value, decimals, '.', ',');
    }

    public static String integer(long value, Lang lang) {
        return decimal(BigDecimal.valueOf(value), 0, lang);
    }

    /** A percentage with one decimal: {@code 12,5 %} (German, with a no-break space) or {@code 12.5%}. */
    public static String percent(BigDecimal value, Lang lang) {
        if (value == null) {
            return "–";
        }
        String number = decimal(value, 1, lang);
        return lang == Lang.DE ? number + NBSP + "%" : number + "%";
    }

    /** A calendar date: {@code 29.01.2026} or {@code 29 Jan 2026}. */
    public static String date(LocalDate date, Lang lang) {
        if (date == null) {
            return "–";
        }
        return lang == Lang.DE ? German.date(date) : ENGLISH_DATE.format(date);
    }
}
