package de.souveraen.reporting.entry.workgroup;

import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** "Ergebnisse erfassen": what came out of a training, one result per line; replaces the results recorded before. */
@ApplicationScoped
public class TrainingOutcomesForm extends Trainings {

    public TrainingOutcomesForm() {
        super("workgroup/trainings/{id}/outcomes", new Words("Ergebnisse erfassen", "Record outcomes",
                "Die Ergebnisse ersetzen die bisher erfassten.", "The outcomes replace those recorded before.",
                "Ergebnisse speichern", "Save outcomes", "Die Ergebnisse sind erfasst.", "The outcomes are recorded."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return training(call).map(training -> {
            List<String> recorded = new ArrayList<>();
            training.path("outcomes").forEach(o -> recorded.add(o.asText()));
            return List.of(shown(training, lang), Form.Field.textarea("outcomes", lang.pick("Ergebnisse", "Outcomes"),
                    lang.pick("Ein Ergebnis je Zeile; leer, um alle zu entfernen",
                            "One outcome per line; empty to remove them all"), false)
                    .prefilled(String.join("\n", recorded)));
        });
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        List<String> outcomes = new ArrayList<>();
        if (values.get("outcomes") != null) {
            for (String line : values.get("outcomes").split("\\R")) {
                if (!line.isBlank()) {
                    outcomes.add(line.strip());
                }
            }
        }
        return Submission.send("workgroup", "POST", api(call) + "/outcomes", Map.of("outcomes", outcomes));
    }
}
