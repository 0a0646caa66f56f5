package de.souveraen.reporting.entry.workgroup;

import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
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
        return Meetings.meeting(call).map(meeting -> Cancellation.fields(Meetings.shown(meeting, lang),
                dateOrToday("cancelledOn", lang, "Abgesagt am", "Cancelled on"), lang));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        return Cancellation.submit(call, values, api(call) + "/cancellation");
    }
}
