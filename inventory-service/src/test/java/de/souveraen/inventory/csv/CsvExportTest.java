package de.souveraen.inventory.csv;

import static de.souveraen.inventory.testing.Fixtures.m365;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.inventory.testing.Details;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvExportTest {

    @Test
    void writes_utf_8_with_bom_german_headers_labels_amounts_dates_and_crlf() {
        byte[] bytes = InventoryCsvExport.export(List.of(new ExportRow(m365(), MigrationStatus.ASSESSED,
                LocalDate.of(2026, 9, 30), new BigDecimal("37.50"), 4)));
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertThat(lines[0]).isEqualTo("Name;Hersteller;Herstellerland;Kategorie;Betriebsform;Datenkategorie;Nutzende;"
                + "Jahreskosten (EUR);Kritikalität;Supportende;Offene Standards;Bemerkung;Vertragsbeginn;Vertragsende;"
                + "Kündigungsfrist (Monate);Verlängerung;Verlängerungszeitraum (Monate);Mutterkonzern;"
                + "Sitzland des Mutterkonzerns;Migrationsstatus;Kündigen bis;"
                + "Souveränitätsscore;SDS");
        assertThat(lines[1]).isEqualTo("Microsoft 365 E3;Microsoft Ireland Operations Ltd;IE;Bürosoftware;"
                + "Software as a Service (SaaS);Personenbezogene Daten;120;38400,00;Hoch;;OOXML, ODF;"
                + "Lizenzen über Rahmenvertrag des Landes;01.01.2024;31.12.2026;3;Stillschweigende Verlängerung;12;;;"
                + "Bewertet;30.09.2026;37,50;4");
        assertThat(text).endsWith("\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=SUMME(A1:A9)", "+49 2449 123", "-- bitte prüfen", "@cmd", "\tTab", "\rCR"})
    void a_cell_a_spreadsheet_would_evaluate_gets_a_leading_apostrophe(String dangerous) {
        String text = InventoryCsvExport.text(List.of(ExportRow.of(Details.from(m365()).note(dangerous).build())));
        assertThat(text).contains("'" + dangerous);
    }

    @Test
    void cells_with_separators_quotes_or_line_breaks_are_quoted_and_harmless_ones_stay() {
        String text = InventoryCsvExport.text(List.of(ExportRow.of(Details.from(m365())
                .note("sagte \"ja\"; zwei\nZeilen a=b").build())));
        assertThat(text).contains(";\"sagte \"\"ja\"\"; zwei\nZeilen a=b\";").contains("Microsoft 365 E3;");
    }
}
