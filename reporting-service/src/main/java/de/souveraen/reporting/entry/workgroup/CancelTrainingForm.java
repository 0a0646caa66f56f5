package de.souveraen.reporting.entry.workgroup;

import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Inputs;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** "Schulung absagen": a planned training is called off, with the reason. */
@ApplicationScoped
public class CancelTrainingForm extends Trainings {

    public CancelTrainingForm() {
        super("workgroup/trainings/{id}/cancellation", new Words("Schulung absagen", "Cancel a training", null, null,
                "Absagen", "Cancel the training", "Die Schulung ist abgesagt.", "The training is cancelled."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return training(call).map(training -> List.of(shown(training, lang),
                Form.Field.textarea("reason", lang.pick("Grund der Absage", "Reason"), null, true),
                dateOrToday("cancelledOn", lang, "Abgesagt am", "Cancelled on")));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", values.get("reason"));
        body.put("cancelledOn", in.date("cancelledOn"));
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("workgroup", "POST", api(call) + "/cancellation", body);
    }
}
