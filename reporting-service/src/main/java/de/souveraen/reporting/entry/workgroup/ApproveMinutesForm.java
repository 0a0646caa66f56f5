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

/** "Niederschrift genehmigen": the minutes of a held meeting are approved; the meeting is then the record. */
@ApplicationScoped
public class ApproveMinutesForm extends MeetingForm {

    public ApproveMinutesForm() {
        super("workgroup/meetings/{id}/minutes-approval", new Words("Niederschrift genehmigen",
                "Approve the minutes", "Mit der Genehmigung ist die Niederschrift verbindlich; Anwesenheit, "
                        + "Abstimmungen und Beschlüsse der Sitzung lassen sich danach nicht mehr ändern.",
                "Once approved the minutes are binding; the meeting's attendance, votes and decisions can no longer "
                        + "be changed.", "Genehmigen", "Approve", "Die Niederschrift ist genehmigt.",
                "The minutes are approved."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return Meetings.meeting(call).map(meeting -> List.of(Meetings.shown(meeting, lang),
                dateOrToday("date", lang, "Genehmigt am", "Approved on")));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", in.date("date"));
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("workgroup", "POST", api(call) + "/minutes-approval", body);
    }
}
