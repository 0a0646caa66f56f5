package de.souveraen.budget.shared;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** EUR amounts (scale 2) and how messages show them. */
public final class Money {
    public static final BigDecimal ZERO = new BigDecimal("0.00");
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Money() {
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    public static boolean exceeds(BigDecimal amount, BigDecimal limit) {
        return amount.compareTo(limit) > 0;
    }

    /** {@code 15.000,00 €}. */
    public static String german(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        return format.format(amount) + " €";
    }

    /** {@code 15000.00 EUR}. */
    public static String english(BigDecimal amount) {
        return amount.setScale(2).toPlainString() + " EUR";
    }

    /** {@code 29.01.2026}. */
    public static String germanDate(LocalDate date) {
        return GERMAN_DATE.format(date);
    }
}
