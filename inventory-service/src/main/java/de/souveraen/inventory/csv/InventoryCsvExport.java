package de.souveraen.inventory.csv;

import de.souveraen.contracts.inventory.ContractTerms;
import de.souveraen.contracts.inventory.DependencyDetails;
import de.souveraen.contracts.inventory.InventoryLabels;
import de.souveraen.eventstore.text.German;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the inventory as German Excel reads it: UTF-8 with a byte order mark, {@code ;} separated, CRLF between
 * records, the German headers of {@link InventoryColumn} in their declared order, German labels for enumerations,
 * {@code 1.234,56} amounts and {@code dd.mm.yyyy} dates. Cells containing {@code ;}, quotes or line breaks, or
 * with blanks at either end, are quoted. A cell starting with {@code = + - @}, TAB or CR gets a leading apostrophe,
 * so a spreadsheet shows it as text instead of running it as a formula (CSV injection); the import removes it
 * again, so export → import round-trips.
 */
public final class InventoryCsvExport {
    private static final String SEPARATOR = String.valueOf(InventoryCsvImport.SEPARATOR);
    private static final String RECORD_END = "\r\n";

    private InventoryCsvExport() {
    }

    public static byte[] export(List<ExportRow> rows) {
        return CsvText.encodeWithBom(text(rows));
    }

    /** The CSV text without the byte order mark. */
    public static String text(List<ExportRow> rows) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>();
        for (InventoryColumn column : InventoryColumn.values()) {
            header.add(column.header());
        }
        line(out, header);
        for (ExportRow row : rows) {
            line(out, cells(row));
        }
        return out.toString();
    }

    private static List<String> cells(ExportRow row) {
        DependencyDetails d = row.details();
        ContractTerms c = d.contract();
        List<String> cells = new ArrayList<>();
        for (InventoryColumn column : InventoryColumn.values()) {
            cells.add(cell(column, row, d, c));
        }
        return cells;
    }

    private static String cell(InventoryColumn column, ExportRow row, DependencyDetails d, ContractTerms c) {
        switch (column) {
            case NAME:
                return d.name();
            case VENDOR:
                return d.vendor();
            case VENDOR_COUNTRY:
                return d.vendorCountry();
            case CATEGORY:
                return label(d.category());
            case HOSTING:
                return label(d.hosting());
            case DATA_CLASSIFICATION:
                return label(d.dataClassification());
            case USERS:
                return d.users() == null ? null : d.users().toString();
            case ANNUAL_COST:
                return amount(d.annualCost());
            case CRITICALITY:
                return label(d.criticality());
            case END_OF_LIFE:
                return date(d.endOfLife());
            case OPEN_STANDARDS:
                return String.join(", ", d.openStandards());
            case NOTE:
                return d.note();
            case CONTRACT_START:
                return c == null ? null : date(c.start());
            case CONTRACT_END:
                return c == null ? null : date(c.end());
            case NOTICE_PERIOD:
                return c == null || c.noticePeriodMonths() == null ? null : c.noticePeriodMonths().toString();
            case RENEWAL:
                return c == null ? null : label(c.renewal());
            case RENEWAL_PERIOD:
                return c == null || c.renewalPeriodMonths() == null ? null : c.renewalPeriodMonths().toString();
            case STATUS:
                return label(row.status());
            case CANCEL_BY:
                return date(row.cancelBy());
            case SOVEREIGNTY_SCORE:
                return amount(row.sovereigntyScore());
            case SDS:
                return row.sds() == null ? null : row.sds().toString();
            default:
                throw new IllegalStateException("no export for column " + column);
        }
    }

    private static String label(Enum<?> value) {
        return value == null ? null : InventoryLabels.de(value);
    }

    private static String amount(BigDecimal value) {
        return value == null ? null : German.amount(value);
    }

    private static String date(LocalDate value) {
        return value == null ? null : German.date(value);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(SEPARATOR);
            }
            out.append(quote(neutralise(cells.get(i) == null ? "" : cells.get(i))));
        }
        out.append(RECORD_END);
    }

    /** {@code =SUMME(A1)} → {@code '=SUMME(A1)}: shown as text, never evaluated. */
    static String neutralise(String cell) {
        if (!cell.isEmpty() && InventoryCsvImport.FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    static String quote(String cell) {
        boolean needs = cell.contains(SEPARATOR) || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                || (!cell.isEmpty() && (Character.isWhitespace(cell.charAt(0))
                        || Character.isWhitespace(cell.charAt(cell.length() - 1))));
        return needs ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
