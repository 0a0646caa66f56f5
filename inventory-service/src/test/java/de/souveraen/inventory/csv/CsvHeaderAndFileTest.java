package de.souveraen.inventory.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.souveraen.inventory.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvHeaderAndFileTest {
    private static final String HEADER = "Name;Hersteller;Herstellerland;Kategorie;Betriebsform;Datenkategorie;Nutzende;"
            + "Jahreskosten (EUR)\r\n";
    private static final String ROW = "LibreOffice;The Document Foundation;DE;Bürosoftware;Eigenbetrieb;Interne Daten;95;0\r\n";
    private final InventoryCsvImport importer = new InventoryCsvImport(Fixtures.COUNTRIES);

    private ImportResult read(String text) {
        return importer.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_minimal_file_has_the_eight_required_columns() {
        ImportResult result = read(HEADER + ROW);
        assertThat(result.clean()).isTrue();
        assertThat(result.rows()).hasSize(1);
        assertThat(result.rows().get(0).details().contract()).isNull();
    }

    @Test
    void headers_match_ignoring_case_blanks_punctuation_and_order() {
        ImportResult result = read("jahreskosten;NUTZER;datenkategorie;Betrieb;kategorie;Land;Anbieter; Produkt \r\n"
                + "0;95;intern;Eigenbetrieb;Büro;Deutschland;The Document Foundation;LibreOffice\r\n");
        assertThat(result.clean()).isTrue();
        assertThat(result.rows().get(0).details().name()).isEqualTo("LibreOffice");
    }

    @Test
    void missing_required_columns_are_file_errors_each_named() {
        ImportResult result = read("Name;Hersteller;Kategorie\r\nx;y;Bürosoftware\r\n");
        assertThat(result.clean()).isFalse();
        assertThat(result.rows()).isEmpty();
        assertThat(result.fileErrors()).extracting(ImportError::line, ImportError::column, ImportError::code)
                .containsExactly(tuple(1, "Herstellerland", "missing-column"), tuple(1, "Betriebsform", "missing-column"),
                        tuple(1, "Datenkategorie", "missing-column"), tuple(1, "Nutzende", "missing-column"),
                        tuple(1, "Jahreskosten (EUR)", "missing-column"));
    }

    @Test
    void one_contract_column_needs_the_other_three() {
        ImportResult result = read(HEADER.replace("\r\n", ";Vertragsende\r\n") + ROW.replace("\r\n", ";31.12.2026\r\n"));
        assertThat(result.fileErrors()).extracting(ImportError::column).containsExactly("Vertragsbeginn",
                "Kündigungsfrist (Monate)", "Verlängerung");
    }

    @Test
    void a_column_twice_is_a_file_error() {
        ImportResult result = read(HEADER.replace("\r\n", ";Produkt\r\n") + ROW);
        assertThat(result.fileErrors()).extracting(ImportError::code).containsExactly("duplicate-column");
    }

    @Test
    void an_excel_separator_hint_is_skipped_and_another_separator_refused() {
        ImportResult hinted = read("sep=;\r\n" + HEADER + ROW);
        assertThat(hinted.clean()).isTrue();
        assertThat(hinted.rows().get(0).line()).isEqualTo(3);
        assertThat(read("sep=,\r\n" + HEADER + ROW).fileErrors()).extracting(ImportError::code)
                .containsExactly("unsupported-separator");
    }

    @Test
    void an_unterminated_quote_and_an_empty_file_are_file_errors() {
        assertThat(read(HEADER + "\"LibreOffice;x\r\n").fileErrors()).extracting(ImportError::line, ImportError::code)
                .containsExactly(tuple(2, "unterminated-quote"));
        assertThat(read("\r\n;;\r\n").fileErrors()).extracting(ImportError::code).containsExactly("empty-file");
    }

    @Test
    void more_cells_than_columns_hints_at_an_unquoted_semicolon() {
        ImportResult result = read(HEADER + ROW.replace("The Document Foundation", "Document; Foundation"));
        assertThat(result.rowErrors()).extracting(ImportError::line, ImportError::code).contains(tuple(2, "too-many-cells"));
    }

    @Test
    void the_domain_rules_apply_to_every_row_and_name_the_column() {
        ImportResult result = read(HEADER + ";The Document Foundation;DE;Bürosoftware;Eigenbetrieb;intern;95;12,345\r\n"
                + "B;X;DE;Bürosoftware;Eigenbetrieb;intern;-1;0\r\n");
        assertThat(result.rowErrors()).extracting(ImportError::line, ImportError::column, ImportError::code)
                .containsExactly(tuple(2, "Name", "required"), tuple(2, "Jahreskosten (EUR)", "too-many-decimals"),
                        tuple(3, "Nutzende", "invalid-number"));
    }

    @Test
    void a_contract_with_gaps_is_reported_per_missing_cell() {
        String header = HEADER.replace("\r\n", ";Vertragsbeginn;Vertragsende;Kündigungsfrist;Verlängerung\r\n");
        ImportResult result = read(header + ROW.replace("\r\n", ";;31.12.2026;;stillschweigend\r\n"));
        assertThat(result.rowErrors()).extracting(ImportError::column, ImportError::code).containsExactly(
                tuple("Vertragsbeginn", "required"), tuple("Kündigungsfrist (Monate)", "required"));
    }

    @Test
    void the_same_name_and_vendor_twice_in_a_file_is_reported_on_the_second_row() {
        ImportResult result = read(HEADER + ROW + ROW.replace("LibreOffice;The Document", " libreoffice ;THE  document"));
        assertThat(result.rows()).hasSize(1);
        assertThat(result.rowErrors()).extracting(ImportError::line, ImportError::code)
                .containsExactly(tuple(3, "duplicate-row"));
        assertThat(result.rowErrors().get(0).messageDe()).contains("Zeile 2");
    }

    @Test
    void an_apostrophe_before_a_formula_character_is_removed_and_elsewhere_kept() {
        ImportResult result = read(HEADER.replace("\r\n", ";Bemerkung\r\n")
                + ROW.replace("LibreOffice", "'=Formel").replace("\r\n", ";'nur Text\r\n"));
        assertThat(result.rows().get(0).details().name()).isEqualTo("=Formel");
        assertThat(result.rows().get(0).details().note()).isEqualTo("'nur Text");
    }
}
