package de.souveraen.reporting.entry.workgroup;

import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.EntryForm.Submission;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Inputs;
import de.souveraen.reporting.view.Lang;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A meeting or a training called off: what is cancelled, the reason and the day ({@code cancelledOn}). */
final class Cancellation {
    private Cancellation() {
    }

    static List<Form.Field> fields(Form.Field what, Form.Field cancelledOn, Lang lang) {
        return List.of(what, Form.Field.textarea("reason", lang.pick("Grund der Absage", "Reason"), null, true),
                cancelledOn);
    }

    static Submission submit(Call call, Map<String, String> values, String path) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", values.get("reason"));
        body.put("cancelledOn", in.date("cancelledOn"));
        return in.hasErrors() ? Submission.refuse(in.errors()) : Submission.send("workgroup", "POST", path, body);
    }
}
