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

/** "Schulung als durchgeführt erfassen": the day it took place, how many took part and for how many hours. */
@ApplicationScoped
public class TrainingHeldForm extends Trainings {

    public TrainingHeldForm() {
        super("workgroup/trainings/{id}/held", new Words("Schulung als durchgeführt erfassen",
                "Record a training as held", null, null, "Als durchgeführt erfassen", "Record as held",
                "Die Schulung ist als durchgeführt erfasst.", "The training is recorded as held."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return training(call).map(training -> List.of(shown(training, lang),
                Form.Field.date("date", lang.pick("Durchgeführt am", "Held on"), lang.pick(
                        "Leer lassen für den geplanten Tag", "Leave empty for the planned day"), false),
                Form.Field.text("participants", lang.pick("Teilnehmende", "Participants"), lang.pick("Anzahl",
                        "Number"), true),
                Form.Field.amount("hours", lang.pick("Dauer in Stunden", "Length in hours"), lang.pick(
                        "Leer lassen für die geplante Dauer", "Leave empty for the planned length"), false)));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", in.date("date"));
        body.put("participants", in.integer("participants"));
        body.put("hours", in.amount("hours"));
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("workgroup", "POST", api(call) + "/held", body);
    }
}
