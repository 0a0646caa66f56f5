package de.souveraen.inventory.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Splits CSV text into records with Apache Commons CSV, configured as Excel reads and writes it (RFC 4180 with a
 * configurable separator): a field in double quotes may contain the separator, line breaks and {@code ""} for a
 * quote; line breaks are CRLF, LF or CR and become LF inside fields; text after a closing quote is kept (Excel's
 * leniency); a quote inside an unquoted field is an ordinary character; empty lines are records. Every record
 * knows the physical line it starts on, so errors can name it.
 */
public final class CsvReader {

    private CsvReader() {
    }

    public static List<CsvRecord> read(String text, char separator) {
        CSVFormat format = CSVFormat.EXCEL.builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(false)
                .setTrailingData(true)
                .setLenientEof(false)
                .get();
        List<CsvRecord> records = new ArrayList<>();
        int recordLine = 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<org.apache.commons.csv.CSVRecord> iterator = parser.iterator();
            while (true) {
                recordLine = (int) parser.getCurrentLineNumber() + 1;
                if (!iterator.hasNext()) {
                    break;
                }
                List<String> cells = new ArrayList<>();
                for (String value : iterator.next()) {
                    cells.add(value.indexOf('\r') < 0 ? value : value.replace("\r\n", "\n").replace('\r', '\n'));
                }
                records.add(new CsvRecord(recordLine, cells));
            }
        } catch (IOException | UncheckedIOException e) {
            // the only syntax error left with trailing data allowed: a quoted field that is never closed
            throw new CsvSyntaxException(recordLine,
                    "Ein Feld in Anführungszeichen im Datensatz ab Zeile " + recordLine + " wird nie geschlossen.",
                    "A quoted field in the record starting on line " + recordLine + " is never closed.");
        }
        return records;
    }
}
