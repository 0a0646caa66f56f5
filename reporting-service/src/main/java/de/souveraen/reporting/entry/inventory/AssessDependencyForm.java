package de.souveraen.reporting.entry.inventory;

import de.souveraen.contracts.inventory.SovereigntyObjective;
import de.souveraen.contracts.inventory.SovereigntyQuestions;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Inputs;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Souveränität bewerten": the guided questionnaire of the EU Cloud Sovereignty Framework. One question per
 * objective SOV-1..SOV-8 with what each level 0–4 means, a rationale and whether (and at what cost) the
 * municipality could leave. The inventory service checks it and computes score, SEAL level and SDS label; the
 * dependency's page shows them right after saving.
 */
@ApplicationScoped
public class AssessDependencyForm extends DependencyForm {

    public AssessDependencyForm() {
        super("dependencies/{id}/assessment", new Words("Souveränität bewerten",
                "Assess sovereignty", "Acht Fragen nach dem Cloud-Souveränitätsrahmen der EU. Wählen Sie je Frage "
                        + "die Stufe von 0 (keine Souveränität) bis 4 (volle Souveränität), die am besten passt. Aus "
                        + "den Antworten berechnet das Inventar die Punktzahl, die SEAL-Stufe und die SDS-Einstufung.",
                "Eight questions after the EU Cloud Sovereignty Framework. For each, choose the level from 0 (no "
                        + "sovereignty) to 4 (full sovereignty) that fits best. The inventory computes the score, the "
                        + "SEAL level and the SDS label from the answers.",
                "Bewertung speichern", "Save the assessment", "Die Bewertung ist gespeichert.",
                "The assessment is saved."));
    }

    /** Shows score, SEAL level and SDS label while the questions are answered (the inventory computes them). */
    @Override
    public String script() {
        return "/assessment.js";
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return Dependencies.one(call).map(answer -> {
            List<Form.Field> fields = new ArrayList<>();
            fields.add(Form.Field.shown("dependency", lang.pick("Abhängigkeit", "Dependency"),
                    Dependencies.title(answer.body())));
            for (SovereigntyObjective objective : SovereigntyObjective.values()) {
                SovereigntyQuestions.Question q = SovereigntyQuestions.of(objective);
                List<Form.Option> levels = new ArrayList<>();
                for (int level = 0; level < q.levelsDe().size(); level++) {
                    levels.add(new Form.Option(String.valueOf(level), lang.pick("Stufe ", "Level ") + level + ": "
                            + q.levelsDe().get(level), false));
                }
                fields.add(Form.Field.radio("scores." + objective.name(), objective.code() + " "
                        + lang.pick(q.nameDe(), q.nameEn()) + lang.pick(" (Gewicht ", " (weight ")
                        + objective.weight() + " %)", lang.pick(q.questionDe(), q.questionEn()), true, levels));
            }
            fields.add(Form.Field.textarea("rationale", lang.pick("Begründung", "Rationale"), lang.pick(
                    "Worauf stützt sich die Bewertung (Vertrag, Testat, Gespräch mit dem Anbieter …)?",
                    "What is the assessment based on (contract, attestation, talk with the vendor …)?"), true));
            fields.add(Form.Field.radio("exit.canExit", lang.pick("Kann die Verwaltung aussteigen?",
                    "Can the administration exit?"), null, true, List.of(
                            new Form.Option("true", lang.pick("Ja", "Yes"), false),
                            new Form.Option("false", lang.pick("Nein, derzeit nicht", "No, not at present"),
                                    false))));
            fields.add(Form.Field.text("exit.estimatedMonths", lang.pick("Geschätzte Dauer des Ausstiegs in Monaten",
                    "Estimated duration of an exit in months"), lang.pick("Nötig, wenn ein Ausstieg möglich ist",
                            "Needed when an exit is possible"), false));
            fields.add(Form.Field.amount("exit.estimatedCost", lang.pick("Geschätzte Kosten des Ausstiegs in Euro",
                    "Estimated cost of an exit in euros"), lang.pick("Nötig, wenn ein Ausstieg möglich ist, "
                            + "z. B. 25.000,00", "Needed when an exit is possible, e.g. 25.000,00"), false));
            fields.add(dateOrToday("assessedOn", lang, "Bewertet am", "Assessed on"));
            return fields;
        });
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> scores = new LinkedHashMap<>();
        for (SovereigntyObjective objective : SovereigntyObjective.values()) {
            scores.put(objective.name(), in.integer("scores." + objective.name()));
        }
        Map<String, Object> exit = new LinkedHashMap<>();
        String canExit = values.get("exit.canExit");
        exit.put("canExit", canExit == null ? null : Boolean.valueOf(canExit));
        exit.put("estimatedMonths", in.integer("exit.estimatedMonths"));
        exit.put("estimatedCost", in.amount("exit.estimatedCost"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scores", scores);
        body.put("rationale", values.get("rationale"));
        body.put("exit", exit);
        body.put("assessedOn", in.date("assessedOn"));
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("inventory", "POST", "/api/dependencies/" + call.param("id") + "/assessments", body);
    }
}
