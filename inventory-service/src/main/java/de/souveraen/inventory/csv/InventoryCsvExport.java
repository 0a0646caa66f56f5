package de.souveraen.inventory.csv;

import de.souveraen.contracts.inventory.ContractTerms;
import de.souveraen.contracts.inventory.DependencyDetails;
import de.souveraen.contracts.inventory.InventoryLabels;
import de.souveraen.eventstore.text.GermanCsv;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the inventory as German Excel reads it: UTF-8 with a byte order mark, {@code ;} separated, CRLF between
 * records, the German headers of {@link InventoryColumn} in their declared order, German labels for enumerations;
 * cells as the kernel's {@link GermanCsv} writes them ({@code 1234,56} amounts, {@code dd.mm.yyyy} dates, quoting,
 * and a leading apostrophe before a cell a spreadsheet would run as a formula, which the import removes again, so
 * export → import round-trips).
 */
public final class InventoryCsvExport {

    private InventoryCsvExport() {
    }

    public static byte[] export(List<ExportRow> rows) {
        return csv(rows).bytes();
    }

    /** The CSV text without the byte order mark. */
    public static String text(List<ExportRow> rows) {
        return csv(rows).text();
    }

    private static GermanCsv csv(List<ExportRow> rows) {
        GermanCsv csv = new GermanCsv();
        List<String> header = new ArrayList<>();
        for (InventoryColumn column : InventoryColumn.values()) {
            header.add(column.header());
        }
        csv.row(header);
        for (ExportRow row : rows) {
            DependencyDetails d = row.details();
            List<Object> cells = new ArrayList<>();
            for (InventoryColumn column : InventoryColumn.values()) {
                cells.add(cell(column, row, d, d.contract()));
            }
            csv.row(cells);
        }
        return csv;
    }

    private static Object cell(InventoryColumn column, ExportRow row, DependencyDetails d, ContractTerms c) {
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
                return d.users();
            case ANNUAL_COST:
                return d.annualCost();
            case CRITICALITY:
                return label(d.criticality());
            case END_OF_LIFE:
                return d.endOfLife();
            case OPEN_STANDARDS:
                return String.join(", ", d.openStandards());
            case NOTE:
                return d.note();
            case CONTRACT_START:
                return c == null ? null : c.start();
            case CONTRACT_END:
                return c == null ? null : c.end();
            case NOTICE_PERIOD:
                return c == null ? null : c.noticePeriodMonths();
            case RENEWAL:
                return c == null ? null : label(c.renewal());
            case RENEWAL_PERIOD:
                return c == null ? null : c.renewalPeriodMonths();
            case PARENT_COMPANY:
                return d.parentCompany();
            case PARENT_COUNTRY:
                return d.parentCountry();
            case STATUS:
                return label(row.status());
            case CANCEL_BY:
                return row.cancelBy();
            case SOVEREIGNTY_SCORE:
                return row.sovereigntyScore();
            case SDS:
                return row.sds();
            default:
                throw new IllegalStateException("no export for column " + column);
        }
    }

    private static String label(Enum<?> value) {
        return value == null ? null : InventoryLabels.de(value);
    }
}
