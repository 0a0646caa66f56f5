package de.souveraen.reporting.entry.workgroup;

import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Inputs;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A step of a meeting's life that only needs its day (today by default): invitations sent, minutes approved. */
abstract class MeetingStepForm extends MeetingForm {
    private final String step;
    private final String dateDe;
    private final String dateEn;

    /** {@code step}: the API's path below the meeting ({@code /invitations}); the date field's label. */
    protected MeetingStepForm(String path, Words words, String step, String dateDe, String dateEn) {
        super(path, words);
        this.step = step;
        this.dateDe = dateDe;
        this.dateEn = dateEn;
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return Meetings.meeting(call).map(meeting -> List.of(Meetings.shown(meeting, lang),
                dateOrToday("date", lang, dateDe, dateEn)));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", in.date("date"));
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("workgroup", "POST", api(call) + step, body);
    }
}
