package de.souveraen.reporting.entry.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.inventory.EvaluationState;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Inputs;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "Alternative bewerten": the evaluation state of one proposed alternative (candidate, in evaluation, in pilot,
 * recommended, rejected) with a reason; the inventory service decides which moves are allowed and says why not.
 */
@ApplicationScoped
public class EvaluateAlternativeForm extends DependencyForm {

    public EvaluateAlternativeForm() {
        super("dependencies/{id}/alternatives/{alternativeId}/evaluation",
                new Words("Alternative bewerten", "Evaluate an alternative", null, null, "Bewertung speichern",
                        "Save the evaluation", "Die Alternative ist bewertet.", "The alternative is evaluated."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return Dependencies.one(call).map(answer -> {
            JsonNode d = answer.body();
            JsonNode alternative = Dependencies.alternative(call, d);
            List<Form.Option> states = new ArrayList<>();
            states.add(new Form.Option("", lang.pick("– bitte wählen –", "– please choose –"), true));
            for (EvaluationState state : EvaluationState.values()) {
                if (!state.name().equals(alternative.path("state").asText())) {
                    states.add(new Form.Option(state.name(), Dependencies.label(state, lang), false));
                }
            }
            return List.of(
                    Form.Field.shown("dependency", lang.pick("Abhängigkeit", "Dependency"), Dependencies.title(d)),
                    Form.Field.shown("alternative", lang.pick("Alternative", "Alternative"),
                            alternative.path("name").asText()),
                    Form.Field.shown("current", lang.pick("Jetziger Stand", "Current state"),
                            Dependencies.label(EvaluationState.class, alternative.path("state"), lang)),
                    Form.Field.select("state", lang.pick("Neuer Stand", "New state"), null, true, states),
                    Form.Field.textarea("reason", lang.pick("Begründung", "Reason"), lang.pick(
                            "Nötig, wenn die Alternative verworfen wird", "Needed when the alternative is rejected"),
                            false),
                    dateOrToday("evaluatedOn", lang, "Datum", "Date"));
        });
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = Dependencies.move(in, values, "state", "reason", "evaluatedOn");
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("inventory", "POST", "/api/dependencies/" + call.param("id") + "/alternatives/"
                        + call.param("alternativeId") + "/evaluation", body);
    }
}
