package de.souveraen.reporting.entry.workgroup;

import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.BasicForm;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Inputs;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** "Sitzung anberaumen": the working group's next meeting, public or not. */
@ApplicationScoped
public class ScheduleMeetingForm extends BasicForm {

    public ScheduleMeetingForm() {
        super("workgroup/meetings/new", "/workgroup", "workgroup", new Words("Sitzung anberaumen", "Schedule a meeting", null, null, "Anberaumen", "Schedule",
                "Die Sitzung ist anberaumt.", "The meeting is scheduled."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return Uni.createFrom().item(List.of(
                Form.Field.text("title", lang.pick("Titel", "Title"), lang.pick("Zum Beispiel 4. Sitzung der AG",
                        "For example 4th meeting of the working group"), true),
                Form.Field.date("day", lang.pick("Tag", "Day"), null, true),
                Form.Field.time("startTime", lang.pick("Beginn (Uhrzeit)", "Start (time)"), lang.pick(
                        "Zum Beispiel 18:00", "For example 18:00"), true),
                Form.Field.time("endTime", lang.pick("Voraussichtliches Ende (Uhrzeit)", "Expected end (time)"),
                        lang.pick("Zum Beispiel 20:00", "For example 20:00"), true),
                Form.Field.text("place", lang.pick("Ort", "Place"), lang.pick("Zum Beispiel Rathaus, Sitzungssaal",
                        "For example town hall, council chamber"), true),
                Form.Field.select("publicMeeting", lang.pick("Öffentlichkeit", "Public"), null, true, List.of(
                        new Form.Option("", lang.pick("– bitte wählen –", "– please choose –"), true),
                        new Form.Option("true", lang.pick("Öffentliche Sitzung", "Public meeting"), false),
                        new Form.Option("false", lang.pick("Nichtöffentliche Sitzung", "Closed meeting"), false)))));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", values.get("title"));
        String start = in.moment("day", "startTime");
        String end = in.moment("day", "endTime");
        if (values.get("day") == null) {
            in.errors().put("day", call.lang().pick("Bitte geben Sie den Tag der Sitzung ein.",
                    "Please enter the day of the meeting."));
        }
        body.put("start", start);
        body.put("end", end);
        body.put("place", values.get("place"));
        body.put("publicMeeting", values.get("publicMeeting") == null ? null
                : Boolean.valueOf(values.get("publicMeeting")));
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("workgroup", "POST", "/api/meetings", body);
    }
}
