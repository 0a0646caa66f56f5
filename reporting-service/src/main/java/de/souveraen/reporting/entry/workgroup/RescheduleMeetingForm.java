package de.souveraen.reporting.entry.workgroup;

import de.souveraen.eventstore.text.German;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Inputs;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** "Sitzung verlegen": a new day, time or place before the meeting; subscribed calendars follow. */
@ApplicationScoped
public class RescheduleMeetingForm extends MeetingForm {

    public RescheduleMeetingForm() {
        super("workgroup/meetings/{id}/rescheduling", new Words("Sitzung verlegen", "Reschedule a meeting", null,
                null, "Verlegen", "Reschedule", "Die Sitzung ist verlegt.", "The meeting is rescheduled."));
    }

    private static String time(String moment) {
        return OffsetDateTime.parse(moment).atZoneSameInstant(German.ZONE).toLocalTime().toString();
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return Meetings.meeting(call).map(meeting -> List.of(Meetings.shown(meeting, lang),
                Form.Field.date("day", lang.pick("Tag", "Day"), null, true).prefilled(Meetings.day(meeting).toString()),
                Form.Field.time("start", lang.pick("Beginn (Uhrzeit)", "Start (time)"), null, true)
                        .prefilled(time(meeting.path("start").asText())),
                Form.Field.time("end", lang.pick("Voraussichtliches Ende (Uhrzeit)", "Expected end (time)"), null,
                        true).prefilled(time(meeting.path("end").asText())),
                Form.Field.text("place", lang.pick("Ort", "Place"), null, true)
                        .prefilled(meeting.path("place").asText())));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("start", in.moment("day", "start"));
        body.put("end", in.moment("day", "end"));
        body.put("place", values.get("place"));
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("workgroup", "POST", api(call) + "/rescheduling", body);
    }
}
