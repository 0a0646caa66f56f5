package de.souveraen.inventory.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderLeniencyTest {

    @Test
    void text_after_a_closing_quote_is_kept_as_excel_keeps_it() {
        assertThat(CsvReader.read("\"ab\" cd;\"x\"y\"z\";e\r\n", ';').get(0).cells())
                .containsExactly("ab cd", "xy\"z\"", "e");
    }

    @Test
    void every_line_break_inside_a_quoted_cell_becomes_lf() {
        assertThat(CsvReader.read("\"a\rb\r\nc\nd\";x", ';').get(0).cells()).containsExactly("a\nb\nc\nd", "x");
    }

    @Test
    void a_record_after_multi_line_cells_starts_on_its_physical_line() {
        List<CsvRecord> records = CsvReader.read("1;\"zwei\r\nZeilen\";\"und\r\ndrei\"\r\n4;5\r\n", ';');
        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 4);
    }

    @Test
    void an_unterminated_quote_names_the_line_of_its_record_in_both_languages() {
        assertThatThrownBy(() -> CsvReader.read("a\r\nb\r\nc;\"offen", ';'))
                .isInstanceOfSatisfying(CsvSyntaxException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.messageDe()).contains("Zeile 3");
                    assertThat(e.getMessage()).contains("line 3");
                });
    }

    @Test
    void an_empty_text_has_no_records_and_a_missing_last_line_break_loses_nothing() {
        assertThat(CsvReader.read("", ';')).isEmpty();
        assertThat(CsvReader.read("a;b", ';')).containsExactly(new CsvRecord(1, List.of("a", "b")));
    }
}
