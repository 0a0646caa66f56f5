package de.souveraen.inventory.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.souveraen.contracts.inventory.Category;
import de.souveraen.contracts.inventory.ContractTerms;
import de.souveraen.contracts.inventory.Criticality;
import de.souveraen.contracts.inventory.DataClassification;
import de.souveraen.contracts.inventory.DependencyDetails;
import de.souveraen.contracts.inventory.Hosting;
import de.souveraen.contracts.inventory.Renewal;
import de.souveraen.inventory.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code csv/inventar-excel-windows-1252.csv}: an inventory as a German Excel saves "CSV (Trennzeichen-getrennt)":
 * Windows-1252 umlauts and €, CRLF records, synonyms for headers in their own order, an unknown leading column, a
 * quoted semicolon, a quoted line break (LF) and doubled quotes, an empty line, a line of only separators, German
 * words for categories ("Bürosoftware", "E-Mail", "Virtualisierung"), country names, 1.200 as a whole number — and
 * four bad rows: a 31st of February, an unknown category, an amount "ca. 4.500", an unknown country with a
 * non-numeric user count.
 */
class MessyExcelImportTest {
    private static final String FIXTURE = "/csv/inventar-excel-windows-1252.csv";
    private final InventoryCsvImport importer = new InventoryCsvImport(Fixtures.COUNTRIES);

    static byte[] fixture() throws IOException {
        try (InputStream in = MessyExcelImportTest.class.getResourceAsStream(FIXTURE)) {
            return in.readAllBytes();
        }
    }

    @Test
    void the_file_is_recognised_as_windows_1252_with_its_columns() throws IOException {
        ImportResult result = importer.read(fixture());
        assertThat(result.encoding()).isEqualTo("Windows-1252");
        assertThat(result.fileErrors()).isEmpty();
        assertThat(result.columns()).contains(InventoryColumn.NAME, InventoryColumn.VENDOR, InventoryColumn.USERS,
                InventoryColumn.ANNUAL_COST, InventoryColumn.NOTICE_PERIOD, InventoryColumn.RENEWAL, InventoryColumn.NOTE)
                .doesNotContain(InventoryColumn.RENEWAL_PERIOD);
        assertThat(result.warnings()).hasSize(2).anySatisfy(w -> assertThat(w).contains("Lfd. Nr."))
                .anySatisfy(w -> assertThat(w).contains("Ansprechpartner"));
    }

    @Test
    void the_dry_run_reports_every_bad_row_with_line_column_and_reason() throws IOException {
        ImportResult result = importer.read(fixture());
        assertThat(result.clean()).isFalse();
        assertThat(result.badLines()).containsExactly(10, 11, 12, 14);
        assertThat(result.rowErrors()).extracting(ImportError::line, ImportError::column, ImportError::value,
                ImportError::code).containsExactly(
                        tuple(10, "Vertragsbeginn", "31.02.2025", "invalid-date"),
                        tuple(11, "Kategorie", "Kaffeeautomaten", "unknown-value"),
                        tuple(12, "Jahreskosten (EUR)", "ca. 4.500", "invalid-number"),
                        tuple(14, "Herstellerland", "Atlantis", "unknown-country"),
                        tuple(14, "Nutzende", "viele", "invalid-number"));
        assertThat(result.rowErrors()).allSatisfy(e -> {
            assertThat(e.messageDe()).isNotBlank();
            assertThat(e.messageEn()).isNotBlank();
        });
        assertThat(result.rowErrors().get(1).messageDe()).contains("Kaffeeautomaten", "Bürosoftware");
    }

    @Test
    void the_good_rows_are_read_with_their_physical_line_numbers() throws IOException {
        ImportResult result = importer.read(fixture());
        assertThat(result.rows()).extracting(ImportedRow::line, r -> r.details().name()).containsExactly(
                tuple(2, "Microsoft 365 E3"), tuple(3, "Exchange Online"), tuple(6, "Windows 10 Enterprise"),
                tuple(7, "ALLRIS"), tuple(9, "VMware vSphere Standard"), tuple(13, "Nextcloud Hub"));
    }

    @Test
    void umlauts_german_labels_country_names_and_a_quoted_semicolon_come_out_right() throws IOException {
        DependencyDetails m365 = importer.read(fixture()).rows().get(0).details();
        assertThat(m365).isEqualTo(new DependencyDetails("Microsoft 365 E3", "Microsoft Ireland Operations Ltd", "IE",
                Category.OFFICE, Hosting.SAAS, DataClassification.PERSONAL, 120, new BigDecimal("38400.00"),
                Criticality.HIGH, null, List.of("OOXML", "ODF"), "Rahmenvertrag Land NRW; Lizenzen über KDN",
                new ContractTerms(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), 3, Renewal.TACIT, 12)));
    }

    @Test
    void a_line_break_inside_a_quoted_cell_and_a_euro_sign_are_kept() throws IOException {
        DependencyDetails exchange = importer.read(fixture()).rows().get(1).details();
        assertThat(exchange.note()).isEqualTo("Postfächer Rat und Verwaltung\nMigration frühestens 2027");
        assertThat(exchange.annualCost()).isEqualTo(new BigDecimal("9216.00"));
        assertThat(exchange.category()).isEqualTo(Category.EMAIL_GROUPWARE);
        assertThat(exchange.hosting()).isEqualTo(Hosting.NON_EU_CLOUD);
        assertThat(exchange.criticality()).isEqualTo(Criticality.CRITICAL);
    }

    @Test
    void everyday_words_doubled_quotes_whole_numbers_with_dots_and_formula_text_are_understood() throws IOException {
        List<ImportedRow> rows = importer.read(fixture()).rows();
        DependencyDetails windows = rows.get(2).details();
        assertThat(windows.vendorCountry()).isEqualTo("US");
        assertThat(windows.hosting()).isEqualTo(Hosting.ON_PREMISES);
        assertThat(windows.endOfLife()).isEqualTo(LocalDate.of(2025, 10, 14));
        assertThat(windows.contract()).isNull();
        assertThat(windows.annualCost()).isEqualTo(new BigDecimal("7125.50"));
        DependencyDetails vmware = rows.get(4).details();
        assertThat(vmware.category()).isEqualTo(Category.SERVER_VIRTUALISATION);
        assertThat(vmware.note()).isEqualTo("Preiserhöhung nach Übernahme durch Broadcom \"deutlich\"");
        assertThat(vmware.contract().renewal()).isEqualTo(Renewal.EXPRESS);
        assertThat(vmware.contract().renewalPeriodMonths()).isNull();
        DependencyDetails nextcloud = rows.get(5).details();
        assertThat(nextcloud.users()).isEqualTo(1200);
        assertThat(nextcloud.annualCost()).isEqualTo(new BigDecimal("0.00"));
        assertThat(nextcloud.note()).isEqualTo("=HYPERLINK(\"https://nextcloud.com\")");
    }

    @Test
    void the_same_file_saved_as_csv_utf_8_with_bom_reads_the_same() throws IOException {
        String text = new String(fixture(), CsvText.WINDOWS_1252);
        ImportResult fromUtf8 = importer.read(CsvText.encodeWithBom(text));
        ImportResult fromAnsi = importer.read(fixture());
        assertThat(fromUtf8.encoding()).isEqualTo("UTF-8 (BOM)");
        assertThat(fromUtf8.rows()).isEqualTo(fromAnsi.rows());
        assertThat(fromUtf8.rowErrors()).isEqualTo(fromAnsi.rowErrors());
        assertThat(importer.read(text.getBytes(StandardCharsets.UTF_8)).rows()).isEqualTo(fromAnsi.rows());
    }
}
