package de.souveraen.inventory.csv;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The outcome of reading an inventory CSV (the dry run shows it as is): the encoding found, the columns
 * recognised, file-level errors (header, quoting), every valid row, every error of every bad row, and warnings
 * (ignored columns). A real import runs only when {@link #clean()}: all or nothing.
 */
public record ImportResult(String encoding, List<InventoryColumn> columns, List<ImportError> fileErrors,
        List<ImportedRow> rows, List<ImportError> rowErrors, List<String> warnings) {

    public ImportResult {
        columns = List.copyOf(columns);
        fileErrors = List.copyOf(fileErrors);
        rows = List.copyOf(rows);
        rowErrors = List.copyOf(rowErrors);
        warnings = List.copyOf(warnings);
    }

    public boolean clean() {
        return fileErrors.isEmpty() && rowErrors.isEmpty();
    }

    /** The lines of the rows that have at least one error, ascending. */
    public Set<Integer> badLines() {
        Set<Integer> lines = new TreeSet<>();
        rowErrors.forEach(error -> lines.add(error.line()));
        return lines;
    }
}
