package de.souveraen.reporting.entry.workgroup;

import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
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
        return training(call).map(training -> Cancellation.fields(shown(training, lang),
                dateOrToday("cancelledOn", lang, "Abgesagt am", "Cancelled on"), lang));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        return Cancellation.submit(call, values, api(call) + "/cancellation");
    }
}
