package de.souveraen.reporting.entry.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.inventory.EvaluationState;
import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.contracts.inventory.RelationType;
import de.souveraen.eventstore.text.German;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.ListPages;
import de.souveraen.reporting.view.Lang;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A dependency's history ({@code GET /api/dependencies/{id}/history}) in words: when, what, who, details. */
final class DependencyHistory {
    private DependencyHistory() {
    }

    /** One row per event: recorded at, what happened, who, the details in German (or English) words. */
    static List<List<String>> rows(JsonNode history, Lang lang) {
        Map<String, String> fieldNames = new LinkedHashMap<>();
        for (Form.Field field : RegisterDependencyForm.detailFields(lang)) {
            fieldNames.put(field.name(), field.label());
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode entry : history) {
            JsonNode c = entry.path("change");
            String type = ListPages.eventName(entry);
            String what;
            String details;
            switch (type) {
                case "DependencyRegistered" -> {
                    what = lang.pick("Erfasst", "Registered");
                    details = c.path("details").path("name").asText() + " (" + c.path("details").path("vendor")
                            .asText() + ")";
                }
                case "DependencyUpdated" -> {
                    what = lang.pick("Angaben geändert", "Details changed");
                    List<String> changed = new ArrayList<>();
                    c.path("changedFields").forEach(f -> changed.add(f.asText().equals("contract")
                            ? lang.pick("Vertrag", "Contract")
                            : fieldNames.getOrDefault(f.asText(), lang.pick("weitere Angabe", "other detail"))));
                    details = lang.pick("Geändert: ", "Changed: ") + String.join(", ", changed);
                }
                case "DependencyAssessed" -> {
                    what = lang.pick("Souveränität bewertet", "Sovereignty assessed");
                    details = lang.pick("Punktzahl ", "Score ") + German.decimal(new java.math.BigDecimal(c
                            .path("score").asText("0")), 2) + " · SEAL-" + c.path("sealLevel").asInt() + " · SDS "
                            + c.path("sds").asInt() + " · " + lang.pick("Begründung: ", "Rationale: ")
                            + c.path("rationale").asText();
                }
                case "MigrationStatusChanged" -> {
                    what = lang.pick("Migrationsstand geändert", "Migration state changed");
                    details = Dependencies.label(MigrationStatus.class, c.path("from"), lang) + " → "
                            + Dependencies.label(MigrationStatus.class, c.path("to"), lang) + note(c, "note", lang);
                }
                case "AlternativeProposed" -> {
                    what = lang.pick("Alternative vorgeschlagen", "Alternative proposed");
                    details = c.path("name").asText() + note(c, "note", lang);
                }
                case "AlternativeEvaluated" -> {
                    what = lang.pick("Alternative bewertet", "Alternative evaluated");
                    details = Dependencies.label(EvaluationState.class, c.path("from"), lang) + " → "
                            + Dependencies.label(EvaluationState.class, c.path("to"), lang) + note(c, "reason", lang);
                }
                case "AlternativeCosted" -> {
                    what = lang.pick("Wirtschaftlichkeit berechnet", "Alternative costed");
                    java.math.BigDecimal savings = c.path("savings").decimalValue();
                    details = (savings.signum() >= 0
                            ? lang.pick("wirtschaftlich tragfähig: ja, Einsparung ", "economically viable: yes, "
                                    + "savings ") + German.money(savings)
                            : lang.pick("wirtschaftlich tragfähig: nein, Mehrkosten ", "economically viable: no, "
                                    + "extra cost ") + German.money(savings.negate()))
                            + lang.pick(" in ", " over ") + c.path("years").asInt() + lang.pick(" Jahren", " years");
                }
                case "MigrationStepPlanned" -> {
                    what = lang.pick("Migrationsschritt geplant", "Migration step planned");
                    details = Dependencies.label(MigrationStatus.class, c.path("step"), lang) + ": "
                            + c.path("targetQuarter").asText().replace("-Q", lang.pick(", Quartal ", ", quarter "));
                }
                case "DependencyRelated", "DependencyRelationRemoved" -> {
                    what = type.equals("DependencyRelated") ? lang.pick("Beziehung erfasst", "Relation recorded")
                            : lang.pick("Beziehung entfernt", "Relation removed");
                    details = Dependencies.label(RelationType.class, c.path("relation"), lang);
                }
                default -> {
                    what = lang.pick("Änderung", "Change");
                    details = "";
                }
            }
            rows.add(ListPages.historyRow(entry, what, details));
        }
        return rows;
    }

    private static String note(JsonNode change, String field, Lang lang) {
        String text = change.path(field).asText("");
        return text.isBlank() ? "" : " · " + lang.pick("Begründung: ", "Reason: ") + text;
    }
}
