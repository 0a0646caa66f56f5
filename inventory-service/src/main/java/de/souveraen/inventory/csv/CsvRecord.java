package de.souveraen.inventory.csv;

import java.util.List;

/** One record of a CSV file: the physical line it starts on (1-based) and its cells, unquoted. */
public record CsvRecord(int line, List<String> cells) {

    public CsvRecord {
        cells = List.copyOf(cells);
    }

    /** An empty line or one with only separators and blanks. */
    public boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }

    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }
}
