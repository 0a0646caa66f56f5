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

/** "Einladung versenden": the invitations to a scheduled meeting went out (on a day, today by default). */
@ApplicationScoped
public class SendInvitationsForm extends MeetingForm {

    public SendInvitationsForm() {
        super("workgroup/meetings/{id}/invitations", new Words("Einladung versenden", "Send the invitations",
                "Hält fest, dass die Einladung mit der Tagesordnung an die Mitglieder verschickt wurde.",
                "Records that the invitation with the agenda was sent to the members.", "Als versandt erfassen",
                "Record as sent", "Der Versand der Einladung ist erfasst.", "The invitations are recorded as sent."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return Meetings.meeting(call).map(meeting -> List.of(Meetings.shown(meeting, lang),
                dateOrToday("date", lang, "Versandt am", "Sent on")));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", in.date("date"));
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("workgroup", "POST", api(call) + "/invitations", body);
    }
}
