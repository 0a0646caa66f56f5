package de.souveraen.eventstore.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV as German Excel and LibreOffice open it without an import dialog: UTF-8 with a byte order mark, {@code ;}
 * between cells, CRLF after each record, amounts with a decimal comma and no grouping ({@code -1234,50}), dates as
 * {@code 29.01.2026}. Text cells are quoted when they hold {@code ;}, quotes, line breaks or outer blanks, and a
 * text cell starting with {@code = + - @}, TAB or CR gets a leading apostrophe so that a spreadsheet shows it as
 * text and never evaluates it (CSV/formula injection). Numbers and dates written by us are not text and keep their
 * sign. Quoting and record ends are Apache Commons CSV's ({@link QuoteMode#MINIMAL}, which also quotes a cell that
 * starts with a character up to {@code #} or ends with a blank or control character).
 */
public final class GermanCsv {
    public static final char SEPARATOR = ';';
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final CSVFormat FORMAT = CSVFormat.Builder.create()
            .setDelimiter(SEPARATOR)
            .setQuote('"')
            .setQuoteMode(QuoteMode.MINIMAL)
            .setRecordSeparator("\r\n")
            .get();

    private final StringBuilder out = new StringBuilder();
    private final CSVPrinter printer;

    public GermanCsv() {
        try {
            printer = new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends one record; cells may be text, {@link BigDecimal}, {@link LocalDate}, integers or null (empty). */
    public GermanCsv row(List<?> cells) {
        List<String> values = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            String value = cell(cell);
            values.add(value.isEmpty() ? null : value); // an empty cell stays empty, never ""
        }
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return this;
    }

    public GermanCsv row(Object... cells) {
        return row(java.util.Arrays.asList(cells));
    }

    public String text() {
        return out.toString();
    }

    /** The file: UTF-8 with a byte order mark. */
    public byte[] bytes() {
        byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(body, 0, file, BOM.length, body.length);
        return file;
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return amount(amount);
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        return neutralise(value.toString());
    }

    /** {@code 1234.5} → {@code 1234,50}: two decimals, decimal comma, no grouping (spreadsheets read it as a number). */
    public static String amount(BigDecimal amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("0.00", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    /** The first characters that make a spreadsheet evaluate a cell (the one list of the suite). */
    public static final String FORMULA_STARTS = "=+-@\t\r";

    /** {@code =SUMME(A1)} → {@code '=SUMME(A1)}: shown as text, never evaluated. */
    public static String neutralise(String text) {
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
