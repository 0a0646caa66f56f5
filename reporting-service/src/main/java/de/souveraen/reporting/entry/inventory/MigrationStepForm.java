package de.souveraen.reporting.entry.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.EntryForm;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Inputs;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "Nächster Migrationsschritt": moves a dependency to one of the steps the inventory service allows from where it
 * stands ({@code nextSteps} of the dependency); nothing else is offered. Keeping a dependency needs a reason, which
 * the service asks for.
 */
@ApplicationScoped
public class MigrationStepForm extends DependencyForm {

    public MigrationStepForm() {
        super("dependencies/{id}/status", new Words("Nächster Migrationsschritt",
                "Next migration step", "Es stehen nur die Schritte zur Wahl, die vom jetzigen Stand aus erlaubt sind.",
                "Only the steps allowed from the current state are offered.", "Schritt speichern", "Save the step",
                "Der Migrationsstand ist geändert.", "The migration state is changed."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return Dependencies.one(call).map(answer -> {
            JsonNode d = answer.body();
            List<Form.Option> steps = new ArrayList<>();
            steps.add(new Form.Option("", lang.pick("– bitte wählen –", "– please choose –"), true));
            for (JsonNode step : d.path("nextSteps")) {
                steps.add(new Form.Option(step.asText(), Dependencies.label(MigrationStatus.valueOf(step.asText()),
                        lang), false));
            }
            if (steps.size() == 1) {
                throw new EntryForm.Unavailable(409, lang.pick("„" + Dependencies.title(d) + "“ ist abgeschaltet; "
                        + "es gibt keinen weiteren Schritt.", "\"" + Dependencies.title(d) + "\" is retired; there "
                                + "is no further step."));
            }
            return List.of(
                    Form.Field.shown("dependency", lang.pick("Abhängigkeit", "Dependency"), Dependencies.title(d)),
                    Form.Field.shown("current", lang.pick("Jetziger Stand", "Current state"),
                            Dependencies.label(MigrationStatus.class, d.path("status"), lang)),
                    Form.Field.select("status", lang.pick("Nächster Schritt", "Next step"), null, true, steps),
                    Form.Field.textarea("note", lang.pick("Begründung", "Reason"), lang.pick(
                            "Nötig, wenn die Abhängigkeit beibehalten wird", "Needed when the dependency is kept"),
                            false),
                    dateOrToday("changedOn", lang, "Datum", "Date"));
        });
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = Dependencies.move(in, values, "status", "note", "changedOn");
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("inventory", "POST", "/api/dependencies/" + call.param("id") + "/status", body);
    }
}
