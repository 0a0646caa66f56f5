package de.souveraen.reporting.entry.workgroup;

import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** "Rückmeldungen erfassen": the scores (1 bis 5) of a batch of feedback forms; each batch adds to the ones before. */
@ApplicationScoped
public class TrainingFeedbackForm extends Trainings {

    public TrainingFeedbackForm() {
        super("workgroup/trainings/{id}/feedback", new Words("Rückmeldungen erfassen", "Record feedback",
                "Je Rückmeldebogen eine Note von 1 (schlecht) bis 5 (sehr gut); weitere Bögen lassen sich später "
                        + "hinzufügen.", "One score per feedback form from 1 (poor) to 5 (excellent); more forms "
                                + "can be added later.", "Rückmeldungen speichern", "Save feedback",
                "Die Rückmeldungen sind erfasst.", "The feedback is recorded."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return training(call).map(training -> List.of(shown(training, lang),
                Form.Field.text("scores", lang.pick("Noten", "Scores"), lang.pick("Durch Kommas getrennt, z. B. "
                        + "5, 4, 4, 3", "Separated by commas, e.g. 5, 4, 4, 3"), true)));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        List<Integer> scores = new ArrayList<>();
        String text = values.get("scores");
        if (text != null) {
            for (String part : text.split("[,;\\s]+")) {
                if (part.isBlank()) {
                    continue;
                }
                if (!part.matches("\\d{1,3}")) {
                    return Submission.refuse(Map.of("scores", call.lang().pick("Bitte geben Sie ganze Zahlen ein, "
                            + "durch Kommas getrennt, z. B. 5, 4, 3.", "Please enter whole numbers separated by "
                                    + "commas, e.g. 5, 4, 3.")));
                }
                scores.add(Integer.valueOf(part));
            }
        }
        return Submission.send("workgroup", "POST", api(call) + "/feedback", Map.of("scores", scores));
    }
}
