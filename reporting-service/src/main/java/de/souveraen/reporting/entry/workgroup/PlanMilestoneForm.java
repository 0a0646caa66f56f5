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

/** "Meilenstein planen": what is to be achieved by when; the measure's progress counts the milestones reached. */
@ApplicationScoped
public class PlanMilestoneForm extends Measures {

    public PlanMilestoneForm() {
        super("workgroup/measures/{id}/milestones/new", new Words("Meilenstein planen", "Plan a milestone", null,
                null, "Planen", "Plan", "Der Meilenstein ist geplant.", "The milestone is planned."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return measure(call).map(measure -> List.of(shown(measure, lang),
                Form.Field.text("title", lang.pick("Meilenstein", "Milestone"), lang.pick(
                        "Was erreicht sein soll, z. B. Pilot mit 30 Nutzenden abgeschlossen",
                        "What is to be achieved, e.g. pilot with 30 users completed"), true),
                Form.Field.date("due", lang.pick("Fällig am", "Due on"), null, true)));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", values.get("title"));
        body.put("due", in.date("due"));
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("workgroup", "POST", api(call) + "/milestones", body);
    }
}
