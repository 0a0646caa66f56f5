package de.souveraen.inventory.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records (RFC 4180 with a configurable separator, as Excel reads and writes it): a field in
 * double quotes may contain the separator, line breaks and {@code ""} for a quote; line breaks are CRLF, LF or
 * CR and become LF inside fields; text after a closing quote is kept (Excel's leniency); a quote inside an unquoted
 * field is an ordinary character. Every record knows the physical line it starts on, so errors can name it.
 */
public final class CsvReader {

    private CsvReader() {
    }

    public static List<CsvRecord> read(String text, char separator) {
        List<CsvRecord> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        boolean quoted = false;
        boolean atCellStart = true;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    i++;
                    continue;
                }
                if (c == '\r' || c == '\n') {
                    cell.append('\n');
                    line++;
                    i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                    continue;
                }
                cell.append(c);
                i++;
                continue;
            }
            if (c == '"' && atCellStart) {
                quoted = true;
                quoteLine = line;
                atCellStart = false;
                i++;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
                atCellStart = true;
                i++;
            } else if (c == '\r' || c == '\n') {
                cells.add(cell.toString());
                records.add(new CsvRecord(recordLine, cells));
                cells = new ArrayList<>();
                cell.setLength(0);
                atCellStart = true;
                i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                line++;
                recordLine = line;
            } else {
                cell.append(c);
                atCellStart = false;
                i++;
            }
        }
        if (quoted) {
            throw new CsvSyntaxException(quoteLine,
                    "Ein Feld in Anführungszeichen, das in Zeile " + quoteLine + " beginnt, wird nie geschlossen.",
                    "A quoted field starting on line " + quoteLine + " is never closed.");
        }
        if (!cells.isEmpty() || cell.length() > 0 || !atCellStart) {
            cells.add(cell.toString());
            records.add(new CsvRecord(recordLine, cells));
        }
        return records;
    }
}
