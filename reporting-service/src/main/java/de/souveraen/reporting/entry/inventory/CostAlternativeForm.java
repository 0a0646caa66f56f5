package de.souveraen.reporting.entry.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.eventstore.text.German;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Inputs;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Wirtschaftlichkeit berechnen": the one-off migration cost, the yearly cost and the training effort of one
 * alternative; the inventory service compares them over the concept's years with what the dependency costs now and
 * says whether the step is economically viable ("wirtschaftlich tragfähig"). Filled with the latest costing.
 */
@ApplicationScoped
public class CostAlternativeForm extends DependencyForm {

    public CostAlternativeForm() {
        super("dependencies/{id}/alternatives/{alternativeId}/costing",
                new Words("Wirtschaftlichkeit berechnen", "Cost an alternative",
                        "Einsparung = heutige Jahreskosten × Jahre des Konzepts − (Migration + jährliche Kosten × "
                                + "Jahre + Schulung). Tragfähig ist die Alternative, wenn die Einsparung nicht "
                                + "negativ ist.",
                        "Savings = today's yearly cost × the concept's years − (migration + yearly cost × years + "
                                + "training). The alternative is viable when the savings are not negative.",
                        "Berechnen und speichern", "Calculate and save", "Die Wirtschaftlichkeit ist berechnet.",
                        "The alternative is costed."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return Dependencies.one(call).map(answer -> {
            JsonNode d = answer.body();
            JsonNode alternative = Dependencies.alternative(call, d);
            JsonNode c = alternative.path("costing");
            return List.of(
                    Form.Field.shown("dependency", lang.pick("Abhängigkeit", "Dependency"), Dependencies.title(d)),
                    Form.Field.shown("current", lang.pick("Heutige Jahreskosten", "Yearly cost today"),
                            German.money(d.path("annualCost").decimalValue())),
                    Form.Field.shown("alternative", lang.pick("Alternative", "Alternative"),
                            alternative.path("name").asText()),
                    Form.Field.amount("migrationCost", lang.pick("Einmalige Migrationskosten in Euro",
                            "One-off migration cost in euros"), lang.pick("Einführung, Datenübernahme, Anpassungen; "
                                    + "z. B. 25.000,00", "Introduction, data migration, adaptations; e.g. 25.000,00"),
                            true).prefilled(money(c.path("migrationCost"))),
                    Form.Field.amount("annualCost", lang.pick("Jährliche Kosten der Alternative in Euro",
                            "Yearly cost of the alternative in euros"), lang.pick("Betrieb, Wartung, Support je Jahr",
                                    "Operation, maintenance, support per year"), true)
                            .prefilled(money(c.path("annualCost"))),
                    Form.Field.text("trainingDays", lang.pick("Schulungsaufwand in Personentagen",
                            "Training effort in person-days"), lang.pick("Ganze oder halbe Tage, z. B. 12,5; "
                                    + "zur Information, nicht in Euro umgerechnet", "Whole or half days, e.g. 12,5; "
                                            + "for information, not priced"), false)
                            .prefilled(days(c.path("trainingDays"))),
                    Form.Field.amount("trainingCost", lang.pick("Schulungskosten in Euro", "Training cost in euros"),
                            lang.pick("Kurse, Freistellung, Material; 0 wenn keine", "Courses, time off, material; "
                                    + "0 if none"), true).prefilled(money(c.path("trainingCost"))),
                    Form.Field.textarea("note", lang.pick("Grundlage der Schätzung", "Basis of the estimate"),
                            lang.pick("Z. B. Angebot, Erfahrungswerte anderer Kommunen", "E.g. an offer, other "
                                    + "municipalities' experience"), false).prefilled(c.path("note").asText("")),
                    dateOrToday("costedOn", lang, "Datum der Schätzung", "Date of the estimate"));
        });
    }

    private static String money(JsonNode value) {
        return value.isNumber() ? German.amount(value.decimalValue()) : "";
    }

    private static String days(JsonNode value) {
        return value.isNumber() ? German.decimal(value.decimalValue(), 1) : "";
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("migrationCost", in.amount("migrationCost"));
        body.put("annualCost", in.amount("annualCost"));
        body.put("trainingDays", in.amount("trainingDays"));
        body.put("trainingCost", in.amount("trainingCost"));
        body.put("note", values.get("note"));
        body.put("costedOn", in.date("costedOn"));
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("inventory", "POST", "/api/dependencies/" + call.param("id") + "/alternatives/"
                        + call.param("alternativeId") + "/costing", body);
    }
}
