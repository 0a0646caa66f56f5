package de.souveraen.inventory.csv;

import static de.souveraen.inventory.testing.Fixtures.COUNTRIES;
import static de.souveraen.inventory.testing.Fixtures.m365;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.inventory.Category;
import de.souveraen.contracts.inventory.ContractTerms;
import de.souveraen.contracts.inventory.Criticality;
import de.souveraen.contracts.inventory.DataClassification;
import de.souveraen.contracts.inventory.DependencyDetails;
import de.souveraen.contracts.inventory.Hosting;
import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.contracts.inventory.Renewal;
import de.souveraen.inventory.dependency.DetailsRules;
import de.souveraen.inventory.testing.Details;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Export → import gives the same details back, including the nasty ones. */
class CsvRoundTripTest {
    private final InventoryCsvImport importer = new InventoryCsvImport(COUNTRIES);

    private static List<DependencyDetails> nasty() {
        List<DependencyDetails> list = new ArrayList<>();
        list.add(m365());
        list.add(new DependencyDetails("=HYPERLINK(\"http://evil.example\";\"klick\")", "Müller; Söhne \"Digital\" GmbH",
                "DE", Category.SPECIALISED_PROCEDURE, Hosting.MUNICIPAL_PROVIDER, DataClassification.SPECIAL_CATEGORY, 0,
                new BigDecimal("1234567.89"), Criticality.CRITICAL, LocalDate.of(2027, 2, 28),
                List.of("XÖV", "PDF/A-3"), "Zeile 1\nZeile 2; mit Semikolon\n@mention +49 -1",
                new ContractTerms(LocalDate.of(2020, 2, 29), LocalDate.of(2028, 2, 29), 0, Renewal.TACIT, 24)));
        list.add(new DependencyDetails("-Minus am Anfang", "+Plus GmbH", "CH", Category.OTHER, Hosting.EU_CLOUD,
                DataClassification.NONE, 1, new BigDecimal("0.00"), null, null, List.of(), null, null));
        list.add(new DependencyDetails("Straße & Co. ÄÖÜäöüß €", "Ünïcödé Ltd", "US", Category.CLOUD_HOSTING,
                Hosting.NON_EU_CLOUD, DataClassification.INTERNAL, 10000000, new BigDecimal("999999999.99"),
                Criticality.LOW, null, List.of("S3"), "\"Zitat\"", new ContractTerms(LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 12, 31), 60, Renewal.EXPRESS, null)));
        list.add(Details.from(m365()).name("Azure").vendor("Microsoft Ireland Operations Ltd")
                .parent("Microsoft Corporation", "US").build());
        for (Category category : Category.values()) {
            list.add(Details.from(m365()).name("Produkt " + category).category(category).build());
        }
        return list;
    }

    @Test
    void export_then_import_gives_the_same_details() {
        List<DependencyDetails> original = nasty();
        original.forEach(d -> assertThat(DetailsRules.check(d, COUNTRIES).details()).as("normalised fixture").isEqualTo(d));
        List<ExportRow> rows = original.stream().map(d -> new ExportRow(d, MigrationStatus.PILOT, LocalDate.of(2026, 9, 30),
                new BigDecimal("55.00"), 2)).toList();

        ImportResult result = importer.read(InventoryCsvExport.export(rows));

        assertThat(result.fileErrors()).isEmpty();
        assertThat(result.rowErrors()).isEmpty();
        assertThat(result.warnings()).as("read-only columns are known, not warned about").isEmpty();
        assertThat(result.rows()).extracting(ImportedRow::details).containsExactlyElementsOf(original);
    }

    @Test
    void a_second_round_trip_writes_byte_identical_output() {
        List<ExportRow> rows = nasty().stream().map(ExportRow::of).toList();
        byte[] first = InventoryCsvExport.export(rows);
        byte[] second = InventoryCsvExport.export(importer.read(first).rows().stream()
                .map(r -> ExportRow.of(r.details())).toList());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void the_messy_fixture_survives_a_round_trip_too() throws IOException {
        List<DependencyDetails> imported = importer.read(MessyExcelImportTest.fixture()).rows().stream()
                .map(ImportedRow::details).toList();
        ImportResult again = importer.read(InventoryCsvExport.export(imported.stream().map(ExportRow::of).toList()));
        assertThat(again.rows()).extracting(ImportedRow::details).containsExactlyElementsOf(imported);
    }

    @Test
    void the_parent_company_and_its_country_are_read_from_german_headers_and_country_names() throws IOException {
        String csv = "Name;Hersteller;Herstellerland;Kategorie;Betriebsform;Datenkategorie;Nutzende;"
                + "Jahreskosten (EUR);Konzern;Land des Mutterkonzerns\r\n"
                + "Azure;Microsoft Ireland Operations Ltd;Irland;Cloud-Hosting;Cloud eines Nicht-EU-Anbieters;Interne Daten;10;"
                + "1200,00;Microsoft Corporation;USA\r\n"
                + "Teams;Microsoft Ireland Operations Ltd;IE;Cloud-Hosting;Cloud eines Nicht-EU-Anbieters;Interne Daten;10;"
                + "1200,00;;USA\r\n";
        ImportResult result = importer.read(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(result.rows()).extracting(r -> r.details().parentCompany(), r -> r.details().parentCountry())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Microsoft Corporation", "US"));
        assertThat(result.rowErrors()).extracting(ImportError::line, ImportError::column, ImportError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "Mutterkonzern", "parent-company-required"));
    }
}
