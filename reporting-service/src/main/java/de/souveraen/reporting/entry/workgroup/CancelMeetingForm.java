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

/** "Sitzung absagen": a meeting that has not taken place is called off, with its reason. */
@ApplicationScoped
public class CancelMeetingForm extends MeetingForm {

    public CancelMeetingForm() {
        super("workgroup/meetings/{id}/cancellation", new Words("Sitzung absagen", "Cancel the meeting", null, null,
                "Absagen", "Cancel the meeting", "Die Sitzung ist abgesagt.", "The meeting is cancelled."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return Meetings.meeting(call).map(meeting -> List.of(Meetings.shown(meeting, lang),
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
