package de.souveraen.inventory.csv;

import de.souveraen.eventstore.text.German;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Numbers and dates as German Excel writes them: {@code 1.234,56} (dot groups thousands, comma separates
 * decimals; a trailing {@code €} or {@code EUR} and blanks are tolerated), {@code 1.200} or {@code 1200} for whole
 * numbers, {@code dd.mm.yyyy} dates ({@code d.m.yyyy} and ISO {@code yyyy-mm-dd} accepted too). An English
 * {@code 1234.56} is refused rather than misread as 123456. The rules are the kernel's {@code German}; this class
 * turns what it cannot read into the import's cell errors.
 */
public final class GermanFormats {
    private static final Pattern INTEGER = Pattern.compile("\\d{1,3}(\\.\\d{3})+|\\d+");

    private GermanFormats() {
    }

    public static BigDecimal parseAmount(String raw) {
        BigDecimal amount = German.parseAmount(raw);
        if (amount == null) {
            throw new CellException("invalid-number",
                    "„" + raw.strip() + "“ ist kein Betrag; erwartet wird z. B. 1.234,56.",
                    "'" + raw.strip() + "' is not an amount; expected e.g. 1.234,56 (decimal comma).");
        }
        return amount;
    }

    public static int parseInteger(String raw) {
        String s = raw.replace('\u00a0', ' ').replace(" ", "").strip();
        String digits = s.replace(".", "");
        if (!INTEGER.matcher(s).matches() || digits.length() > 9) {
            throw new CellException("invalid-number",
                    "„" + raw.strip() + "“ ist keine ganze Zahl.", "'" + raw.strip() + "' is not a whole number.");
        }
        return Integer.parseInt(digits);
    }

    public static LocalDate parseDate(String raw) {
        String s = raw.strip();
        LocalDate date = German.parseDate(s);
        if (date != null) {
            return date;
        }
        if (s.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{4}-\\d{2}-\\d{2}")) {
            throw new CellException("invalid-date", "„" + s + "“ ist kein gültiges Datum.",
                    "'" + s + "' is not a valid date.");
        }
        throw new CellException("invalid-date", "„" + s + "“ ist kein Datum; erwartet wird TT.MM.JJJJ, z. B. 31.12.2026.",
                "'" + s + "' is not a date; expected dd.mm.yyyy, e.g. 31.12.2026.");
    }
}
