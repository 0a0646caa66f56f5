package de.souveraen.reporting.entry.workgroup;

import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** "Meilenstein aufgeben": no longer pursued, with the reason; it no longer counts for the progress. */
@ApplicationScoped
public class DropMilestoneForm extends Measures {

    public DropMilestoneForm() {
        super("workgroup/measures/{id}/milestones/{milestoneId}/dropped", new Words("Meilenstein aufgeben",
                "Drop a milestone", null, null, "Aufgeben", "Drop", "Der Meilenstein ist aufgegeben.",
                "The milestone is dropped."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return measure(call).map(measure -> List.of(shown(measure, lang), shownMilestone(milestone(call, measure),
                lang), Form.Field.textarea("reason", lang.pick("Grund", "Reason"), null, true)));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", values.get("reason"));
        return Submission.send("workgroup", "POST", api(call) + "/milestones/" + call.param("milestoneId")
                + "/dropped", body);
    }
}
