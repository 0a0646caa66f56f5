package de.souveraen.inventory.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void splits_on_semicolons_and_keeps_empty_cells() {
        assertThat(CsvReader.read("a;;c;\r\n", ';')).containsExactly(new CsvRecord(1, List.of("a", "", "c", "")));
    }

    @Test
    void a_quoted_cell_may_contain_semicolons_doubled_quotes_and_line_breaks() {
        List<CsvRecord> records = CsvReader.read("\"x;y\";\"sagte \"\"ja\"\"\";\"zwei\r\nZeilen\"\r\nnext;1\r\n", ';');
        assertThat(records).containsExactly(new CsvRecord(1, List.of("x;y", "sagte \"ja\"", "zwei\nZeilen")),
                new CsvRecord(3, List.of("next", "1")));
    }

    @Test
    void lf_cr_and_crlf_all_end_a_record_and_line_numbers_count_physical_lines() {
        List<CsvRecord> records = CsvReader.read("a\nb\rc\r\n\r\nd", ';');
        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 3, 4, 5);
        assertThat(records.get(3).blank()).isTrue();
        assertThat(records.get(4).cells()).containsExactly("d");
    }

    @Test
    void a_quote_inside_an_unquoted_cell_is_an_ordinary_character() {
        assertThat(CsvReader.read("12\" Monitor;x", ';').get(0).cells()).containsExactly("12\" Monitor", "x");
    }

    @Test
    void an_unterminated_quote_names_the_line_it_starts_on() {
        assertThatThrownBy(() -> CsvReader.read("a;b\r\nc;\"offen\r\nund weiter\r\n", ';'))
                .isInstanceOfSatisfying(CsvSyntaxException.class, e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void a_line_of_separators_is_blank() {
        assertThat(CsvReader.read(";; ;\r\n", ';').get(0).blank()).isTrue();
    }
}
