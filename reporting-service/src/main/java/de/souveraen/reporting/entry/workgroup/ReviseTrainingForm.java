package de.souveraen.reporting.entry.workgroup;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.eventstore.text.German;
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
 * "Schulung ändern": a planned training's details anew, starting from the recorded ones and sent only while nobody
 * changed them in the meantime (ETag as {@code If-Match}).
 */
@ApplicationScoped
public class ReviseTrainingForm extends Trainings {

    public ReviseTrainingForm() {
        super("workgroup/trainings/{id}/revision", new Words("Schulung ändern", "Revise a training", null, null,
                "Speichern", "Save", "Die Schulung ist geändert.", "The training is revised."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return training(call).map(training -> {
            JsonNode d = training.path("details");
            List<String> topics = new ArrayList<>();
            d.path("topics").forEach(t -> topics.add(t.asText()));
            List<Form.Field> fields = new ArrayList<>();
            fields.add(Form.Field.hidden("etag", training.path("etag").asText()));
            for (Form.Field f : PlanTrainingForm.fields(lang)) {
                String value = switch (f.name()) {
                    case "title", "date", "format", "provider" -> d.path(f.name()).asText("");
                    case "hours" -> German.decimal(d.path("hours").decimalValue(), 2);
                    case "topics" -> String.join(", ", topics);
                    default -> d.path("audience").path(Integer.parseInt(f.name().replaceAll("\\D", ""))).asText("");
                };
                fields.add(f.prefilled(value));
            }
            return fields;
        });
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = PlanTrainingForm.details(values, in);
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("workgroup", "PUT", api(call), body).header("If-Match", values.get("etag"));
    }
}
