package de.souveraen.reporting.entry.workgroup;

import de.souveraen.contracts.workgroup.MeasureStatus;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Inputs;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** "Maßnahme abschließen": completed (every milestone reached or dropped) or stopped with the reason. */
@ApplicationScoped
public class CloseMeasureForm extends Measures {

    public CloseMeasureForm() {
        super("workgroup/measures/{id}/closure", new Words("Maßnahme abschließen", "Close a measure", null, null,
                "Abschließen", "Close", "Die Maßnahme ist abgeschlossen.", "The measure is closed."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        List<Form.Option> outcomes = List.of(
                new Form.Option(MeasureStatus.COMPLETED.name(), label(MeasureStatus.COMPLETED, lang), false),
                new Form.Option(MeasureStatus.STOPPED.name(), label(MeasureStatus.STOPPED, lang), false));
        return measure(call).map(measure -> List.of(shown(measure, lang),
                Form.Field.radio("status", lang.pick("Ergebnis", "Outcome"), null, true, outcomes),
                Form.Field.textarea("reason", lang.pick("Grund", "Reason"), lang.pick("Nur wenn eingestellt",
                        "Only when stopped"), false),
                Form.Field.date("closedOn", lang.pick("Abgeschlossen am", "Closed on"), lang.pick(
                        "Leer lassen für heute", "Leave empty for today"), false)));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", values.get("status"));
        String reason = values.get("reason");
        body.put("reason", reason == null || reason.isBlank() ? null : reason);
        body.put("closedOn", in.date("closedOn"));
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("workgroup", "POST", api(call) + "/closure", body);
    }
}
