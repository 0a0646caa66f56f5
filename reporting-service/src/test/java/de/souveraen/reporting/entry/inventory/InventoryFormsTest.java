package de.souveraen.reporting.entry.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.EntryForm.Submission;
import de.souveraen.reporting.view.Lang;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The inventory's forms without a service: what the edit form shows of a recorded dependency, what the
 * questionnaire sends, and a dependency's history in words without a code.
 */
class InventoryFormsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Call call(Map<String, String> params) {
        return new Call(Lang.DE, params, "", LocalDate.of(2026, 12, 5), null, null);
    }

    @Test
    void the_edit_form_shows_the_recorded_values_in_the_forms_formats() throws Exception {
        JsonNode d = JSON.readTree("""
                {"name":"Friedhof","annualCost":12480.5,"openStandards":["ODF","CalDAV"],"users":40,
                 "endOfLife":"2028-06-30","contract":{"end":"2027-12-31","renewal":"TACIT"},"note":null}""");
        assertThat(EditDependencyForm.current(d, "annualCost")).isEqualTo("12.480,50");
        assertThat(EditDependencyForm.current(d, "openStandards")).isEqualTo("ODF, CalDAV");
        assertThat(EditDependencyForm.current(d, "users")).isEqualTo("40");
        assertThat(EditDependencyForm.current(d, "contract.end")).isEqualTo("2027-12-31");
        assertThat(EditDependencyForm.current(d, "contract.renewal")).isEqualTo("TACIT");
        assertThat(EditDependencyForm.current(d, "note")).isEmpty();
        assertThat(EditDependencyForm.current(d, "contract.start")).isEmpty();
    }

    @Test
    void an_edit_is_sent_whole_with_the_version_it_was_read_in() {
        Map<String, String> values = new HashMap<>();
        values.put("version", "\"3\"");
        values.put("name", "Friedhof");
        values.put("annualCost", "1.234,50");
        Submission sent = new EditDependencyForm().submit(call(Map.of("id", "abc")), values);
        assertThat(sent.formatErrors()).isEmpty();
        assertThat(sent.method()).isEqualTo("PUT");
        assertThat(sent.path()).isEqualTo("/api/dependencies/abc");
        assertThat(sent.headers()).containsEntry("If-Match", "\"3\"");
        assertThat(((Map<?, ?>) sent.body()).get("annualCost")).isEqualTo(new BigDecimal("1234.50"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_questionnaire_sends_every_level_the_exit_and_reports_format_errors_only() {
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i <= 8; i++) {
            values.put("scores.SOV" + i, String.valueOf(i % 5));
        }
        values.put("rationale", "Testat geprüft");
        values.put("exit.canExit", "true");
        values.put("exit.estimatedMonths", "12");
        values.put("exit.estimatedCost", "25.000,00");
        Submission sent = new AssessDependencyForm().submit(call(Map.of("id", "abc")), values);
        assertThat(sent.path()).isEqualTo("/api/dependencies/abc/assessments");
        Map<String, Object> body = (Map<String, Object>) sent.body();
        assertThat((Map<String, Object>) body.get("scores")).containsEntry("SOV1", 1).containsEntry("SOV5", 0)
                .containsEntry("SOV8", 3).hasSize(8);
        assertThat((Map<String, Object>) body.get("exit")).containsEntry("canExit", true).containsEntry("estimatedMonths", 12)
                .containsEntry("estimatedCost", new BigDecimal("25000.00"));

        values.put("exit.estimatedCost", "viel");
        assertThat(new AssessDependencyForm().submit(call(Map.of("id", "abc")), values).formatErrors())
                .containsOnlyKeys("exit.estimatedCost");
    }

    @Test
    void the_history_says_who_changed_what_when_in_german_without_a_code() throws Exception {
        JsonNode history = JSON.readTree("""
                [{"type":"inventory.DependencyRegistered.v2","version":1,"recordedAt":"2026-12-01T09:15:00Z",
                  "actorSubject":"u1","actorName":"Vera Verwaltung",
                  "change":{"details":{"name":"Friedhof","vendor":"Friedhofsoft Inc."}}},
                 {"type":"inventory.DependencyUpdated.v2","version":2,"recordedAt":"2026-12-02T09:15:00Z",
                  "actorSubject":"u1","actorName":"Vera Verwaltung",
                  "change":{"changedFields":["users","contract"]}},
                 {"type":"inventory.DependencyAssessed.v1","version":3,"recordedAt":"2026-12-03T09:15:00Z",
                  "actorSubject":"u1","actorName":"Vera Verwaltung",
                  "change":{"score":75.00,"sealLevel":3,"sds":2,"rationale":"Testat geprüft"}},
                 {"type":"inventory.MigrationStatusChanged.v1","version":4,"recordedAt":"2026-12-04T09:15:00Z",
                  "actorSubject":"u2","actorName":null,
                  "change":{"from":"IDENTIFIED","to":"KEPT","note":"Vertrag läuft bis 2028"}}]""");
        List<List<String>> rows = DependencyHistory.rows(history, Lang.DE);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).get(0)).startsWith("01.12.2026").contains("10:15");
        assertThat(rows.get(0).subList(1, 4)).containsExactly("Erfasst", "Vera Verwaltung",
                "Friedhof (Friedhofsoft Inc.)");
        assertThat(rows.get(1).get(3)).isEqualTo("Geändert: Zahl der Nutzerinnen und Nutzer, Vertrag");
        assertThat(rows.get(2).get(3)).contains("Punktzahl 75,00", "SEAL-3", "SDS 2", "Testat geprüft");
        assertThat(rows.get(3).get(3)).isEqualTo("Erfasst → Beibehalten · Begründung: Vertrag läuft bis 2028");
        assertThat(rows.get(3).get(2)).as("the subject when the name is missing").isEqualTo("u2");
        assertThat(rows.toString()).doesNotContain("IDENTIFIED", "KEPT", "users", "inventory.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_dependency_forms_send_the_parent_company_and_its_country_and_label_them_in_german() {
        Map<String, String> values = new HashMap<>();
        values.put("name", "Microsoft 365");
        values.put("vendorCountry", "ie");
        values.put("parentCompany", "Microsoft Corporation");
        values.put("parentCountry", "us");
        Submission sent = new RegisterDependencyForm().submit(call(Map.of()), values);
        Map<String, Object> body = (Map<String, Object>) sent.body();
        assertThat(body).containsEntry("parentCompany", "Microsoft Corporation").containsEntry("parentCountry", "US")
                .containsEntry("vendorCountry", "IE");
        List<String> labels = RegisterDependencyForm.detailFields(Lang.DE).stream()
                .filter(f -> f.name().startsWith("parent")).map(f -> f.label()).toList();
        assertThat(labels).containsExactly("Mutterkonzern", "Sitzland des Mutterkonzerns");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_costing_form_sends_german_amounts_and_half_person_days() {
        Map<String, String> values = new HashMap<>();
        values.put("migrationCost", "25.000,00");
        values.put("annualCost", "9.600");
        values.put("trainingDays", "12,5");
        values.put("trainingCost", "6.000,00");
        Submission sent = new CostAlternativeForm().submit(call(Map.of("id", "abc", "alternativeId", "alt")), values);
        assertThat(sent.path()).isEqualTo("/api/dependencies/abc/alternatives/alt/costing");
        Map<String, Object> body = (Map<String, Object>) sent.body();
        assertThat(body).containsEntry("migrationCost", new BigDecimal("25000.00"))
                .containsEntry("trainingCost", new BigDecimal("6000.00"));
        assertThat((BigDecimal) body.get("trainingDays")).isEqualByComparingTo("12.5");
        values.put("migrationCost", "viel");
        assertThat(new CostAlternativeForm().submit(call(Map.of("id", "abc", "alternativeId", "alt")), values)
                .formatErrors()).containsOnlyKeys("migrationCost");
    }

    @Test
    void an_alternative_shows_whether_it_is_economically_viable_with_german_figures() throws Exception {
        JsonNode viable = JSON.readTree("""
                {"costing":{"migrationCost":25000.00,"annualCost":9600.00,"trainingDays":40.0,"trainingCost":6000.00,
                 "years":3,"currentAnnualCost":38400.00,"savings":55400.00}}""");
        JsonNode costly = JSON.readTree("""
                {"costing":{"migrationCost":90000.00,"annualCost":20000.00,"trainingDays":null,"trainingCost":10000.00,
                 "years":3,"currentAnnualCost":38400.00,"savings":-44800.00}}""");
        assertThat(DependencyListResource.economics(viable, Lang.DE)).startsWith("ja – Einsparung 55.400,00")
                .contains("in 3 Jahren", "einmalig 25.000,00", "40,0 Personentage", "heute jährlich 38.400,00");
        assertThat(DependencyListResource.economics(costly, Lang.DE)).startsWith("nein – Mehrkosten 44.800,00");
        assertThat(DependencyListResource.economics(JSON.readTree("{}"), Lang.DE)).isEqualTo("nicht berechnet");
    }

    @Test
    void the_legal_framework_is_named_in_german_with_the_country() throws Exception {
        assertThat(DependencyListResource.law(JSON.readTree("""
                {"country":"US","eu":false,"extraterritorialAccessLaw":true}"""), Lang.DE))
                .isEqualTo("CLOUD Act (Vereinigte Staaten)");
        assertThat(DependencyListResource.law(JSON.readTree("""
                {"country":"IE","eu":true,"extraterritorialAccessLaw":false}"""), Lang.DE)).isEqualTo("EU-Recht (Irland)");
        assertThat(DependencyListResource.law(JSON.readTree("""
                {"country":"CH","eu":false,"extraterritorialAccessLaw":false}"""), Lang.DE))
                .isEqualTo("Nicht-EU-Recht (Schweiz)");
    }

    @Test
    void the_history_names_a_costing_and_a_new_parent_in_words() throws Exception {
        JsonNode history = JSON.readTree("""
                [{"type":"inventory.DependencyUpdated.v2","version":2,"recordedAt":"2026-12-02T09:15:00Z",
                  "actorSubject":"u1","actorName":"Vera Verwaltung",
                  "change":{"changedFields":["parentCompany","parentCountry"]}},
                 {"type":"inventory.AlternativeCosted.v1","version":3,"recordedAt":"2026-12-03T09:15:00Z",
                  "actorSubject":"u1","actorName":"Vera Verwaltung",
                  "change":{"savings":-44800.00,"years":3}}]""");
        List<List<String>> rows = DependencyHistory.rows(history, Lang.DE);
        assertThat(rows.get(0).get(3)).isEqualTo("Geändert: Mutterkonzern, Sitzland des Mutterkonzerns");
        assertThat(rows.get(1).get(1)).isEqualTo("Wirtschaftlichkeit berechnet");
        assertThat(rows.get(1).get(3)).startsWith("wirtschaftlich tragfähig: nein, Mehrkosten 44.800,00")
                .endsWith("in 3 Jahren");
    }
}
