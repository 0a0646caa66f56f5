package de.souveraen.inventory.csv;

import static de.souveraen.inventory.testing.Fixtures.COUNTRIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.souveraen.contracts.inventory.DependencyDetails;
import de.souveraen.contracts.inventory.DependencyEvent;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.inventory.csv.ImportPlanner.Existing;
import de.souveraen.inventory.csv.ImportPlanner.Planned;
import de.souveraen.inventory.dependency.DependencyCommand;
import de.souveraen.inventory.dependency.DependencyCommand.RegisterDependency;
import de.souveraen.inventory.dependency.DependencyCommand.UpdateDependency;
import de.souveraen.inventory.dependency.DependencyDecider;
import de.souveraen.inventory.dependency.DependencyState;
import de.souveraen.inventory.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Idempotent import: rows are matched to registered dependencies by {@link NaturalKey}; a second import of the
 * same file updates, and because nothing changed the deciders emit nothing.
 */
class ImportPlannerTest {
    private static final String HEADER = "Name;Hersteller;Herstellerland;Kategorie;Betriebsform;Datenkategorie;Nutzende;"
            + "Jahreskosten (EUR)";
    private final InventoryCsvImport importer = new InventoryCsvImport(COUNTRIES);
    private final DependencyDecider decider = Fixtures.decider();

    /** A tiny in-memory register: streams by id plus the natural-key index a read model would keep. */
    private final Map<UUID, List<DependencyEvent>> streams = new HashMap<>();

    private static Supplier<UUID> ids() {
        int[] next = {1};
        return () -> UUID.fromString(String.format("00000000-0000-4000-8000-%012d", next[0]++));
    }

    private ImportResult clean(String text) {
        ImportResult result = importer.read(text.getBytes(StandardCharsets.UTF_8));
        assertThat(result.clean()).isTrue();
        return result;
    }

    private Map<NaturalKey, Existing> registered() {
        Map<NaturalKey, Existing> index = new HashMap<>();
        streams.forEach((id, events) -> {
            DependencyDetails details = decider.fold(events).details();
            index.put(NaturalKey.of(details.name(), details.vendor()), new Existing(id, details));
        });
        return index;
    }

    /** Plans and runs the commands; returns the number of events appended. */
    private int importFile(ImportResult result, Supplier<UUID> ids) {
        int appended = 0;
        for (Planned planned : ImportPlanner.plan(result, registered(), ids)) {
            DependencyCommand command = planned.command();
            List<DependencyEvent> history = streams.computeIfAbsent(command.dependencyId(), id -> new ArrayList<>());
            DependencyState state = decider.fold(history);
            List<DependencyEvent> events = decider.decide(command, state);
            history.addAll(events);
            appended += events.size();
        }
        return appended;
    }

    @Test
    void the_same_file_twice_registers_once_and_then_changes_nothing() throws IOException {
        ImportResult messyButClean = cleanPart(MessyExcelImportTest.fixture());
        Supplier<UUID> ids = ids();
        assertThat(importFile(messyButClean, ids)).isEqualTo(messyButClean.rows().size());
        assertThat(streams).hasSize(messyButClean.rows().size());

        List<Planned> second = ImportPlanner.plan(messyButClean, registered(), ids);
        assertThat(second).allSatisfy(p -> assertThat(p.command()).isInstanceOf(UpdateDependency.class));
        assertThat(importFile(messyButClean, ids)).isZero();
        assertThat(streams).hasSize(messyButClean.rows().size());
    }

    @Test
    void a_row_matching_by_normalised_name_and_vendor_updates_and_a_new_one_registers() {
        Supplier<UUID> ids = ids();
        importFile(clean(HEADER + "\r\nLibreOffice;The Document Foundation;DE;Bürosoftware;Eigenbetrieb;intern;95;0\r\n"),
                ids);
        List<Planned> planned = ImportPlanner.plan(clean(HEADER + "\r\n"
                + " LIBREOFFICE ;the document  foundation;DE;Bürosoftware;Eigenbetrieb;intern;120;0\r\n"
                + "Thunderbird;MZLA Technologies Corporation;US;E-Mail;Eigenbetrieb;personenbezogen;120;0\r\n"), registered(),
                ids);
        assertThat(planned).extracting(p -> p.command().getClass().getSimpleName())
                .containsExactly("UpdateDependency", "RegisterDependency");
        assertThat(planned.get(0).command().dependencyId()).isEqualTo(streams.keySet().iterator().next());
        assertThat(((UpdateDependency) planned.get(0).command()).details().users()).isEqualTo(120);
        assertThat(planned).extracting(Planned::line).containsExactly(2, 3);
    }

    @Test
    void columns_missing_from_the_file_keep_the_registered_values() {
        Supplier<UUID> ids = ids();
        importFile(clean(HEADER + ";Supportende;Bemerkung;Vertragsbeginn;Vertragsende;Kündigungsfrist;Verlängerung;"
                + "Verlängerungszeitraum (Monate)\r\n"
                + "Windows 10;Microsoft Corporation;US;Client-Betriebssystem;Eigenbetrieb;intern;95;7.125,50;14.10.2025;"
                + "ESU gebucht;01.01.2022;31.12.2026;3;stillschweigend;24\r\n"), ids);
        List<Planned> planned = ImportPlanner.plan(clean(HEADER + "\r\n"
                + "Windows 10;Microsoft Corporation;US;Client-Betriebssystem;Eigenbetrieb;intern;90;7.125,50\r\n"),
                registered(), ids);
        DependencyDetails merged = ((UpdateDependency) planned.get(0).command()).details();
        assertThat(merged.users()).isEqualTo(90);
        assertThat(merged.endOfLife()).isEqualTo(LocalDate.of(2025, 10, 14));
        assertThat(merged.note()).isEqualTo("ESU gebucht");
        assertThat(merged.contract().renewalPeriodMonths()).isEqualTo(24);
    }

    @Test
    void a_contract_in_the_file_without_renewal_period_keeps_the_registered_period() {
        Supplier<UUID> ids = ids();
        String contractHeader = HEADER + ";Vertragsbeginn;Vertragsende;Kündigungsfrist;Verlängerung";
        importFile(clean(contractHeader + ";Verlängerungszeitraum (Monate)\r\n"
                + "Zoom;Zoom Communications Inc.;US;Video;SaaS;personenbezogen;30;1.799,00;01.02.2025;31.01.2026;1;"
                + "stillschweigend;1\r\n"), ids);
        List<Planned> planned = ImportPlanner.plan(clean(contractHeader + "\r\n"
                + "Zoom;Zoom Communications Inc.;US;Video;SaaS;personenbezogen;30;1.799,00;01.02.2025;31.01.2026;1;"
                + "stillschweigend\r\n"), registered(), ids);
        assertThat(((UpdateDependency) planned.get(0).command()).details().contract().renewalPeriodMonths()).isEqualTo(1);
    }

    @Test
    void an_empty_cell_in_a_present_column_clears_the_value() {
        Supplier<UUID> ids = ids();
        importFile(clean(HEADER + ";Bemerkung\r\nA;B;DE;Sonstiges;Eigenbetrieb;keine;1;0;alt\r\n"), ids);
        List<Planned> planned = ImportPlanner.plan(clean(HEADER + ";Bemerkung\r\nA;B;DE;Sonstiges;Eigenbetrieb;keine;1;0;\r\n"),
                registered(), ids);
        assertThat(((UpdateDependency) planned.get(0).command()).details().note()).isNull();
    }

    @Test
    void a_file_with_errors_is_not_planned_at_all() throws IOException {
        ImportResult messy = importer.read(MessyExcelImportTest.fixture());
        assertThatThrownBy(() -> ImportPlanner.plan(messy, Map.of(), ids())).isInstanceOfSatisfying(Rejection.class, r -> {
            assertThat(r.code()).isEqualTo("import-has-errors");
            assertThat(r.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
            assertThat(r.extensions()).containsEntry("badLines", List.of(10, 11, 12, 14));
        });
    }

    @Test
    void new_rows_get_the_ids_the_caller_supplies() {
        List<Planned> planned = ImportPlanner.plan(clean(HEADER + "\r\nA;B;DE;Sonstiges;Eigenbetrieb;keine;1;0\r\n"),
                Map.of(), ids());
        assertThat(planned.get(0).command()).isEqualTo(new RegisterDependency(
                UUID.fromString("00000000-0000-4000-8000-000000000001"), clean(HEADER
                        + "\r\nA;B;DE;Sonstiges;Eigenbetrieb;keine;1;0\r\n").rows().get(0).details()));
    }

    /** The fixture without its four bad rows (a clean file as the administration would upload after fixing). */
    private static ImportResult cleanPart(byte[] fixture) {
        ImportResult all = new InventoryCsvImport(COUNTRIES).read(fixture);
        return new ImportResult(all.encoding(), all.columns(), List.of(), all.rows(), List.of(), all.warnings());
    }
}
