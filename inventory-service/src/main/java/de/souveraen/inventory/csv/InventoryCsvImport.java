package de.souveraen.inventory.csv;

import de.souveraen.eventstore.text.GermanCsv;
import de.souveraen.contracts.inventory.Category;
import de.souveraen.contracts.inventory.ContractTerms;
import de.souveraen.contracts.inventory.Criticality;
import de.souveraen.contracts.inventory.DataClassification;
import de.souveraen.contracts.inventory.DependencyDetails;
import de.souveraen.contracts.inventory.Hosting;
import de.souveraen.contracts.inventory.Renewal;
import de.souveraen.inventory.dependency.DetailsRules;
import de.souveraen.inventory.jurisdiction.Country;
import de.souveraen.inventory.jurisdiction.CountryTable;
import de.souveraen.eventstore.domain.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads an inventory CSV as German Excel writes it (see {@link CsvText}, {@link CsvReader}, {@link GermanFormats},
 * {@link EnumCells}, {@link InventoryColumn}) and checks every row with the same rules as the API
 * ({@link DetailsRules}), so a dry run reports every bad row with its line and reason. Pure: bytes in, result out.
 *
 * <p>Blank lines and lines of only separators are skipped. A first line {@code sep=;} (Excel's separator hint) is
 * skipped too. A cell starting with an apostrophe followed by {@code = + - @}, TAB or CR is read without the
 * apostrophe: that is how the export neutralises formulas, so export → import gives the same data back.
 */
public final class InventoryCsvImport {
    public static final char SEPARATOR = ';';

    private final CountryTable countries;

    public InventoryCsvImport(CountryTable countries) {
        this.countries = Objects.requireNonNull(countries);
    }

    public ImportResult read(byte[] bytes) {
        CsvText.Decoded decoded = CsvText.decode(bytes);
        List<CsvRecord> records;
        try {
            records = CsvReader.read(decoded.text(), SEPARATOR);
        } catch (CsvSyntaxException e) {
            return failed(decoded, new ImportError(e.line(), null, null, "unterminated-quote", e.messageDe(), e.getMessage()));
        }
        int index = 0;
        String hint = records.isEmpty() ? "" : String.join(String.valueOf(SEPARATOR), records.get(0).cells()).strip();
        if (hint.toLowerCase(java.util.Locale.ROOT).matches("sep=.")) {
            if (!hint.endsWith(String.valueOf(SEPARATOR))) {
                return failed(decoded, new ImportError(records.get(0).line(), null, hint, "unsupported-separator",
                        "Nur das Semikolon wird als Trennzeichen unterstützt.",
                        "Only the semicolon is supported as separator."));
            }
            index = 1;
        }
        while (index < records.size() && records.get(index).blank()) {
            index++;
        }
        if (index >= records.size()) {
            return failed(decoded, new ImportError(1, null, null, "empty-file", "Die Datei enthält keine Kopfzeile.",
                    "The file has no header line."));
        }
        CsvRecord headerRecord = records.get(index);
        List<String> warnings = new ArrayList<>();
        List<ImportError> fileErrors = new ArrayList<>();
        Map<InventoryColumn, Integer> positions = header(headerRecord, warnings, fileErrors);
        if (!fileErrors.isEmpty()) {
            return new ImportResult(decoded.encoding(), List.copyOf(positions.keySet()), fileErrors, List.of(), List.of(),
                    warnings);
        }
        List<ImportedRow> rows = new ArrayList<>();
        List<ImportError> rowErrors = new ArrayList<>();
        Map<NaturalKey, Integer> seen = new HashMap<>();
        for (int i = index + 1; i < records.size(); i++) {
            CsvRecord record = records.get(i);
            if (!record.blank()) {
                row(record, headerRecord.cells().size(), positions, rows, rowErrors, seen);
            }
        }
        return new ImportResult(decoded.encoding(), List.copyOf(positions.keySet()), List.of(), rows, rowErrors, warnings);
    }

    private static ImportResult failed(CsvText.Decoded decoded, ImportError error) {
        return new ImportResult(decoded.encoding(), List.of(), List.of(error), List.of(), List.of(), List.of());
    }

    private static Map<InventoryColumn, Integer> header(CsvRecord header, List<String> warnings, List<ImportError> errors) {
        Map<InventoryColumn, Integer> positions = new EnumMap<>(InventoryColumn.class);
        for (int i = 0; i < header.cells().size(); i++) {
            String text = header.cell(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            Optional<InventoryColumn> column = InventoryColumn.byHeader(text);
            if (column.isEmpty()) {
                warnings.add("Spalte „" + text + "“ (Spalte " + (i + 1) + ") ist unbekannt und wird ignoriert. / Column '"
                        + text + "' is unknown and ignored.");
            } else if (positions.containsKey(column.get())) {
                errors.add(new ImportError(header.line(), column.get().header(), text, "duplicate-column",
                        "Die Spalte „" + column.get().header() + "“ kommt mehrfach vor.",
                        "Column '" + column.get().header() + "' appears more than once."));
            } else {
                positions.put(column.get(), i);
            }
        }
        List<InventoryColumn> needed = new ArrayList<>(InventoryColumn.required());
        if (positions.keySet().stream().anyMatch(InventoryColumn.contractGroup()::contains)) {
            needed.addAll(InventoryColumn.contractGroup());
        }
        for (InventoryColumn column : needed) {
            if (!positions.containsKey(column)) {
                errors.add(new ImportError(header.line(), column.header(), null, "missing-column",
                        "Die Spalte „" + column.header() + "“ fehlt.", "Column '" + column.header() + "' is missing."));
            }
        }
        return positions;
    }

    /** One data record: parse every cell, then apply the domain's rules, then the uniqueness of the natural key. */
    private void row(CsvRecord record, int headerWidth, Map<InventoryColumn, Integer> positions, List<ImportedRow> rows,
            List<ImportError> rowErrors, Map<NaturalKey, Integer> seen) {
        Cells cells = new Cells(record, positions);
        for (int i = headerWidth; i < record.cells().size(); i++) {
            if (!record.cell(i).isBlank()) {
                cells.errors.add(new ImportError(record.line(), null, record.cell(i), "too-many-cells",
                        "Die Zeile hat mehr Zellen als die Kopfzeile (Semikolon ohne Anführungszeichen?).",
                        "The row has more cells than the header (a semicolon outside quotes?)."));
                break;
            }
        }
        String countryCode = cells.get(InventoryColumn.VENDOR_COUNTRY, this::country);
        ContractTerms contract = cells.anyPresent(InventoryColumn.CONTRACT_START, InventoryColumn.CONTRACT_END,
                InventoryColumn.NOTICE_PERIOD, InventoryColumn.RENEWAL, InventoryColumn.RENEWAL_PERIOD)
                        ? new ContractTerms(cells.get(InventoryColumn.CONTRACT_START, GermanFormats::parseDate),
                                cells.get(InventoryColumn.CONTRACT_END, GermanFormats::parseDate),
                                cells.get(InventoryColumn.NOTICE_PERIOD, GermanFormats::parseInteger),
                                cells.get(InventoryColumn.RENEWAL, s -> EnumCells.parse(Renewal.class, "Verlängerung", s)),
                                cells.get(InventoryColumn.RENEWAL_PERIOD, GermanFormats::parseInteger))
                        : null;
        DependencyDetails parsed = new DependencyDetails(cells.text(InventoryColumn.NAME),
                cells.text(InventoryColumn.VENDOR), countryCode,
                cells.get(InventoryColumn.CATEGORY, s -> EnumCells.parse(Category.class, "Kategorie", s)),
                cells.get(InventoryColumn.HOSTING, s -> EnumCells.parse(Hosting.class, "Betriebsform", s)),
                cells.get(InventoryColumn.DATA_CLASSIFICATION,
                        s -> EnumCells.parse(DataClassification.class, "Datenkategorie", s)),
                cells.get(InventoryColumn.USERS, GermanFormats::parseInteger),
                cells.<BigDecimal>get(InventoryColumn.ANNUAL_COST, GermanFormats::parseAmount),
                cells.get(InventoryColumn.CRITICALITY, s -> EnumCells.parse(Criticality.class, "Kritikalität", s)),
                cells.<LocalDate>get(InventoryColumn.END_OF_LIFE, GermanFormats::parseDate),
                cells.get(InventoryColumn.OPEN_STANDARDS, InventoryCsvImport::standards),
                cells.text(InventoryColumn.NOTE), contract, cells.text(InventoryColumn.PARENT_COMPANY),
                cells.get(InventoryColumn.PARENT_COUNTRY, this::country));
        DetailsRules.Checked checked = DetailsRules.check(parsed, countries);
        for (Violation violation : checked.violations()) {
            Optional<InventoryColumn> column = InventoryColumn.byField(violation.field());
            if (column.isPresent() && cells.failed.containsKey(column.get())) {
                continue; // the cell itself was unreadable: that error says more than "required"
            }
            cells.errors.add(new ImportError(record.line(), column.map(InventoryColumn::header).orElse(null),
                    column.map(cells::raw).orElse(null), violation.code(), violation.messageDe(), violation.messageEn()));
        }
        if (cells.errors.isEmpty()) {
            NaturalKey key = NaturalKey.of(checked.details().name(), checked.details().vendor());
            Integer first = seen.putIfAbsent(key, record.line());
            if (first != null) {
                cells.errors.add(new ImportError(record.line(), InventoryColumn.NAME.header(), checked.details().name(),
                        "duplicate-row", "Name und Hersteller stehen schon in Zeile " + first + ".",
                        "Name and vendor already appear on line " + first + "."));
            } else {
                rows.add(new ImportedRow(record.line(), key, checked.details()));
            }
        }
        rowErrors.addAll(cells.errors);
    }

    private String country(String cell) {
        return countries.resolve(cell).map(Country::code).orElseThrow(() -> new CellException("unknown-country",
                "Land „" + cell.strip() + "“ ist unbekannt; erwartet wird ein ISO-Code wie DE oder ein Ländername.",
                "Unknown country '" + cell.strip() + "'; expected an ISO code such as DE or a country name."));
    }

    private static List<String> standards(String cell) {
        List<String> list = new ArrayList<>();
        for (String part : cell.split("[,\n]")) {
            if (!part.isBlank()) {
                list.add(part.strip());
            }
        }
        return list;
    }

    /** Removes the apostrophe the export puts before a cell that a spreadsheet would take for a formula. */
    static String unneutralise(String cell) {
        if (cell.length() >= 2 && cell.charAt(0) == '\'' && GermanCsv.FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }

    /** The cells of one record by column, and what went wrong reading them. */
    private static final class Cells {
        private final CsvRecord record;
        private final Map<InventoryColumn, Integer> positions;
        private final List<ImportError> errors = new ArrayList<>();
        private final Map<InventoryColumn, String> failed = new LinkedHashMap<>();

        Cells(CsvRecord record, Map<InventoryColumn, Integer> positions) {
            this.record = record;
            this.positions = positions;
        }

        String raw(InventoryColumn column) {
            Integer position = positions.get(column);
            return position == null ? null : unneutralise(record.cell(position));
        }

        boolean anyPresent(InventoryColumn... columns) {
            for (InventoryColumn column : columns) {
                String raw = raw(column);
                if (raw != null && !raw.isBlank()) {
                    return true;
                }
            }
            return false;
        }

        String text(InventoryColumn column) {
            return raw(column);
        }

        <T> T get(InventoryColumn column, Function<String, T> parser) {
            String raw = raw(column);
            if (raw == null || raw.isBlank()) {
                return null;
            }
            try {
                return parser.apply(raw);
            } catch (CellException e) {
                failed.put(column, raw);
                errors.add(new ImportError(record.line(), column.header(), raw, e.code(), e.messageDe(), e.messageEn()));
                return null;
            }
        }
    }
}
