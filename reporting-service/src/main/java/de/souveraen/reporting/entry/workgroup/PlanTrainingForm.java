package de.souveraen.reporting.entry.workgroup;

import de.souveraen.contracts.workgroup.Audience;
import de.souveraen.contracts.workgroup.TrainingFormat;
import de.souveraen.contracts.workgroup.WorkgroupLabels;
import de.souveraen.reporting.entry.BasicForm;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Inputs;
import de.souveraen.reporting.entry.Options;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** "Schulung planen": a training or workshop with its date, format, audiences, length and topics. */
@ApplicationScoped
public class PlanTrainingForm extends BasicForm {
    static final int AUDIENCES = 3;

    public PlanTrainingForm() {
        super("workgroup/trainings/new", "/workgroup", "workgroup", new Words("Schulung planen", "Plan a training",
                null, null, "Planen", "Plan", "Die Schulung ist geplant.", "The training is planned."));
    }

    @Override
    public String back(Call call) {
        return Records.TRAININGS + call.langQuery();
    }

    private static String label(Enum<?> value, Lang lang) {
        return lang == Lang.DE ? WorkgroupLabels.de(value) : WorkgroupLabels.en(value);
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        return Uni.createFrom().item(fields(call.lang()));
    }

    /** The fields of a training's details (shared by planning and revising). */
    static List<Form.Field> fields(Lang lang) {
        List<Form.Field> fields = new ArrayList<>();
        fields.add(Form.Field.text("title", lang.pick("Titel", "Title"), null, true));
        fields.add(Form.Field.date("date", lang.pick("Tag", "Day"), null, true));
        fields.add(Form.Field.select("format", lang.pick("Format", "Format"), null, true,
                Options.of(TrainingFormat.class, lang, true, v -> label(v, lang))));
        for (int i = 0; i < AUDIENCES; i++) {
            fields.add(Form.Field.select("audience[" + i + "]", lang.pick("Zielgruppe " + (i + 1),
                    "Audience " + (i + 1)), i == 0 ? null : lang.pick("Falls weitere", "If more"), i == 0,
                    Options.of(Audience.class, lang, i == 0, v -> label(v, lang))));
        }
        fields.add(Form.Field.amount("hours", lang.pick("Dauer in Stunden", "Length in hours"), lang.pick(
                "Je Person, z. B. 3,5", "Per participant, e.g. 3.5"), true));
        fields.add(Form.Field.text("topics", lang.pick("Themen", "Topics"), lang.pick("Durch Kommas getrennt, z. B. "
                + "LibreOffice, Datenschutz", "Separated by commas, e.g. LibreOffice, data protection"), false));
        fields.add(Form.Field.text("provider", lang.pick("Anbieter oder Referentin", "Provider or trainer"), null,
                false));
        return fields;
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = details(values, in);
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("workgroup", "POST", "/api/trainings", body);
    }

    /** The training's details as the API takes them (shared by planning and revising). */
    static Map<String, Object> details(Map<String, String> values, Inputs in) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", values.get("title"));
        body.put("date", in.date("date"));
        body.put("format", values.get("format"));
        List<String> audience = new ArrayList<>();
        for (int i = 0; i < AUDIENCES; i++) {
            String value = values.get("audience[" + i + "]");
            if (value != null && !audience.contains(value)) {
                audience.add(value);
            }
        }
        audience.sort(java.util.Comparator.comparing(a -> Audience.valueOf(a).ordinal()));
        body.put("audience", audience);
        body.put("hours", in.amount("hours"));
        List<String> topics = new ArrayList<>();
        if (values.get("topics") != null) {
            for (String topic : values.get("topics").split(",")) {
                if (!topic.isBlank()) {
                    topics.add(topic.strip());
                }
            }
        }
        body.put("topics", topics);
        body.put("provider", values.get("provider"));
        return body;
    }
}
