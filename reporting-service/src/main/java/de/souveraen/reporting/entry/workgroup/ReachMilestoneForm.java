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

/** "Meilenstein erreicht": the day it was reached and what was achieved (shown in the quarterly report). */
@ApplicationScoped
public class ReachMilestoneForm extends Measures {

    public ReachMilestoneForm() {
        super("workgroup/measures/{id}/milestones/{milestoneId}/reached", new Words("Meilenstein als erreicht "
                + "erfassen", "Record a milestone as reached", null, null, "Als erreicht erfassen",
                "Record as reached", "Der Meilenstein ist als erreicht erfasst.", "The milestone is recorded as "
                        + "reached."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return measure(call).map(measure -> List.of(shown(measure, lang), shownMilestone(milestone(call, measure),
                lang), Form.Field.date("reachedOn", lang.pick("Erreicht am", "Reached on"), lang.pick(
                        "Leer lassen für heute", "Leave empty for today"), false),
                Form.Field.textarea("note", lang.pick("Was wurde erreicht?", "What was achieved?"), lang.pick(
                        "Erscheint im Quartalsbericht", "Appears in the quarterly report"), false)));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reachedOn", in.date("reachedOn"));
        body.put("note", values.get("note"));
        return in.hasErrors() ? Submission.refuse(in.errors()) : Submission.send("workgroup", "POST", api(call)
                + "/milestones/" + call.param("milestoneId") + "/reached", body);
    }
}
