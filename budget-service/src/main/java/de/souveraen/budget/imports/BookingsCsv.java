package de.souveraen.budget.imports;

import de.souveraen.budget.fiscalyear.BudgetCommand.ImportRow;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Rejection.Kind;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the bookings file the finance software exports, as German spreadsheets write it (the inventory import's
 * approach): UTF-8 with or without byte order mark, else Windows-1252 (plain "CSV (Trennzeichen-getrennt)"); cells
 * separated by {@code ;} (a tab or {@code ,} header is accepted too); the first non-empty record is the header.
 * Columns by name, in any order, case and blanks ignored, with the usual aliases: Buchungsdatum (Datum),
 * Haushaltsposition (Position), Sachkonto (Konto), Betrag (Betrag EUR), Lieferant (Kreditor, Zahlungsempfänger),
 * Belegnummer (Beleg, Belegnr.), Verwendungszweck (Buchungstext, Beschreibung). Empty lines are skipped.
 */
public final class BookingsCsv {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** The largest file: 2 MiB. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** The most booking rows one import takes. */
    public static final int MAX_ROWS = 5_000;

    private static final Map<String, String> ALIASES = new HashMap<>();

    static {
        alias(Imports.DATE, "buchungsdatum", "datum", "belegdatum");
        alias(Imports.LINE, "haushaltsposition", "position", "haushaltsstelle", "code");
        alias(Imports.ACCOUNT, "sachkonto", "konto", "kontonummer");
        alias(Imports.AMOUNT, "betrag", "betrag(eur)", "betrageur", "betragineur", "betrag€", "betrag(€)");
        alias(Imports.VENDOR, "lieferant", "kreditor", "zahlungsempfänger", "empfänger");
        alias(Imports.VOUCHER, "belegnummer", "beleg", "belegnr", "belegnr.", "beleg-nr.", "beleg-nr");
        alias(Imports.PURPOSE, "verwendungszweck", "buchungstext", "beschreibung", "text");
    }

    /** The rows read and the encoding found ({@code UTF-8 (BOM)}, {@code UTF-8}, {@code Windows-1252}). */
    public record Read(String encoding, List<ImportRow> rows) {
    }

    private BookingsCsv() {
    }

    public static Read read(byte[] file, Supplier<UUID> ids) {
        byte[] bytes = file == null ? new byte[0] : file;
        if (bytes.length > MAX_BYTES) {
            throw new Rejection(Kind.TOO_LARGE, "file-too-large", "file",
                    "Die Datei ist größer als 2 MiB; bitte in mehreren Teilen importieren.",
                    "The file is larger than 2 MiB; please import it in parts.", Map.of("maxBytes", MAX_BYTES));
        }
        String[] decoded = decode(bytes);
        List<Rec> records = parse(decoded[0]);
        int header = -1;
        for (int i = 0; i < records.size(); i++) {
            if (!blank(records.get(i))) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            throw new Rejection(Kind.UNPROCESSABLE, "no-rows", "file", "Die Datei ist leer.", "The file is empty.",
                    Map.of());
        }
        Map<String, Integer> columns = columns(records.get(header));
        for (String required : List.of(Imports.DATE, Imports.AMOUNT, Imports.VENDOR, Imports.VOUCHER)) {
            if (!columns.containsKey(required)) {
                throw missing(required);
            }
        }
        if (!columns.containsKey(Imports.LINE) && !columns.containsKey(Imports.ACCOUNT)) {
            throw missing(Imports.LINE + " oder " + Imports.ACCOUNT);
        }
        List<ImportRow> rows = new ArrayList<>();
        for (int i = header + 1; i < records.size(); i++) {
            Rec record = records.get(i);
            if (blank(record)) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                throw new Rejection(Kind.UNPROCESSABLE, "too-many-rows", "file",
                        "Die Datei hat mehr als " + MAX_ROWS + " Buchungen; bitte in mehreren Teilen importieren.",
                        "The file has more than " + MAX_ROWS + " bookings; please import it in parts.",
                        Map.of("maxRows", MAX_ROWS));
            }
            rows.add(new ImportRow(record.line(), ids.get(), cell(record, columns, Imports.DATE),
                    cell(record, columns, Imports.LINE), cell(record, columns, Imports.ACCOUNT),
                    cell(record, columns, Imports.AMOUNT), cell(record, columns, Imports.VENDOR),
                    cell(record, columns, Imports.VOUCHER), cell(record, columns, Imports.PURPOSE)));
        }
        return new Read(decoded[1], List.copyOf(rows));
    }

    /** The text and the name of its encoding. */
    static String[] decode(byte[] bytes) {
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            return new String[] {new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8 (BOM)"};
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return new String[] {text, "UTF-8"};
        } catch (CharacterCodingException notUtf8) {
            return new String[] {new String(bytes, WINDOWS_1252), "Windows-1252"};
        }
    }

    /** A record and the physical line (1-based) it starts on. */
    private record Rec(int line, List<String> cells) {
        int size() {
            return cells.size();
        }

        String get(int i) {
            return cells.get(i);
        }
    }

    private static List<Rec> parse(String text) {
        String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char separator = firstLine.indexOf(';') >= 0 ? ';' : firstLine.indexOf('\t') >= 0 ? '\t'
                : firstLine.indexOf(',') >= 0 ? ',' : ';';
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(separator).setIgnoreEmptyLines(false)
                .setTrailingData(true).get();
        List<Rec> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            java.util.Iterator<CSVRecord> iterator = parser.iterator();
            while (true) {
                int line = (int) parser.getCurrentLineNumber() + 1;
                if (!iterator.hasNext()) {
                    break;
                }
                List<String> cells = new ArrayList<>();
                iterator.next().forEach(cells::add);
                records.add(new Rec(line, cells));
            }
            return records;
        } catch (IOException | UncheckedIOException e) {
            throw new Rejection(Kind.UNPROCESSABLE, "csv-syntax", "file",
                    "Die Datei ist kein lesbares CSV: ein Feld in Anführungszeichen wird nie geschlossen.",
                    "The file is not readable CSV: a quoted field is never closed.", Map.of());
        }
    }

    private static Map<String, Integer> columns(Rec header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String key = header.get(i).replace("\uFEFF", "").replaceAll("\\s+", "").toLowerCase(Locale.GERMAN);
            String column = ALIASES.get(key);
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        return columns;
    }

    private static String cell(Rec record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= record.size() ? null : record.get(index);
    }

    private static boolean blank(Rec record) {
        for (String value : record.cells()) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static Rejection missing(String column) {
        return new Rejection(Kind.UNPROCESSABLE, "missing-column", column,
                "Der Datei fehlt die Spalte „" + column + "“ in der Kopfzeile.",
                "The file's header lacks the column '" + column + "'.", Map.of("column", column));
    }

    private static void alias(String column, String... names) {
        for (String name : names) {
            ALIASES.put(name, column);
        }
    }
}
