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

/**
 * "Sitzung als durchgeführt erfassen": the meeting took place, at the scheduled times unless other times are given.
 * Only then are attendance, votes and decisions recorded.
 */
@ApplicationScoped
public class MarkHeldForm extends MeetingForm {

    public MarkHeldForm() {
        super("workgroup/meetings/{id}/held", new Words("Sitzung als durchgeführt erfassen",
                "Record the meeting as held", "Danach lassen sich Anwesenheit, Abstimmungen und Beschlüsse erfassen.",
                "Attendance, votes and decisions can be recorded afterwards.", "Als durchgeführt erfassen",
                "Record as held", "Die Sitzung ist als durchgeführt erfasst.", "The meeting is recorded as held."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return Meetings.meeting(call).map(meeting -> List.of(Meetings.shown(meeting, lang),
                Form.Field.hidden("day", Meetings.day(meeting).toString()),
                Form.Field.time("actualStart", lang.pick("Tatsächlicher Beginn (Uhrzeit)", "Actual start (time)"),
                        lang.pick("Leer lassen, wenn die Sitzung wie geplant begann", "Leave empty if it started as "
                                + "scheduled"), false),
                Form.Field.time("actualEnd", lang.pick("Tatsächliches Ende (Uhrzeit)", "Actual end (time)"),
                        lang.pick("Leer lassen, wenn die Sitzung wie geplant endete", "Leave empty if it ended as "
                                + "scheduled"), false)));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("actualStart", values.get("actualStart") == null ? null : in.moment("day", "actualStart"));
        body.put("actualEnd", values.get("actualEnd") == null ? null : in.moment("day", "actualEnd"));
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("workgroup", "POST", api(call) + "/held", body);
    }
}
