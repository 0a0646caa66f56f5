package de.souveraen.reporting.entry.workgroup;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.workgroup.ActionItemStatus;
import de.souveraen.contracts.workgroup.WorkgroupLabels;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.EntryForm;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Inputs;
import de.souveraen.reporting.entry.Options;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** "Stand der Aufgabe ändern": an action item is in progress or done (or open again). */
@ApplicationScoped
public class ActionItemStatusForm extends MeetingForm {

    public ActionItemStatusForm() {
        super("workgroup/meetings/{id}/action-items/{actionId}/status", new Words("Stand der Aufgabe ändern",
                "Change an action item's state", null, null, "Speichern", "Save", "Der Stand der Aufgabe ist erfasst.",
                "The action item's state is recorded."));
    }

    private static String label(Enum<?> value, Lang lang) {
        return lang == Lang.DE ? WorkgroupLabels.de(value) : WorkgroupLabels.en(value);
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return Meetings.meeting(call).map(meeting -> {
            JsonNode action = meeting.path("actionItems").path(call.param("actionId"));
            if (!action.isObject()) {
                throw new EntryForm.Unavailable(404, lang.pick("Diese Aufgabe gibt es nicht.",
                        "There is no such action item."));
            }
            return List.of(Meetings.shown(meeting, lang),
                    Form.Field.shown("action", lang.pick("Aufgabe", "Action item"), action.path("title").asText()),
                    Form.Field.select("status", lang.pick("Stand", "State"), null, true,
                            Options.of(ActionItemStatus.class, lang, true, v -> label(v, lang)))
                            .prefilled(action.path("status").asText("")),
                    dateOrToday("changedOn", lang, "Geändert am", "Changed on"));
        });
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", values.get("status"));
        body.put("changedOn", in.date("changedOn"));
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("workgroup", "POST", api(call) + "/action-items/" + call.param("actionId")
                        + "/status", body);
    }
}
