package de.souveraen.reporting.entry.report;

import de.souveraen.reporting.entry.BasicForm;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Inputs;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Bericht veröffentlichen": the quarter as a Mitteilungsvorlage with its number, the responsible office and the
 * Beratungsfolge (working group, committee, council with their meeting dates; the committee may stay empty). Sent once
 * (the form's idempotency key); a published report never changes.
 */
@ApplicationScoped
public class PublishForm extends BasicForm {

    public PublishForm() {
        super("reports/{period}/publication", "/", "administration", new Words(
                "Quartalsbericht veröffentlichen", "Publish the quarterly report",
                "Der Bericht geht als Mitteilungsvorlage an die Gremien. Das PDF wird einmal erzeugt und danach nie"
                        + " mehr geändert; Texte und Zahlen des Quartals sind dann eingefroren.",
                "The report goes to the bodies as an information report. Its PDF is rendered once and never changes"
                        + " afterwards; the quarter's texts and figures are then frozen.", "Veröffentlichen",
                "Publish", "Der Bericht ist veröffentlicht.", "The report is published."));
    }

    @Override
    public String back(Call call) {
        return "/reports?lang=" + call.lang().name().toLowerCase();
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        var lang = call.lang();
        String period = de.souveraen.reporting.report.Period.parse(call.param("period")).toString();
        return Uni.createFrom().item(List.of(
                Form.Field.shown("period", lang.pick("Berichtszeitraum", "Period"), period),
                Form.Field.text("reference", lang.pick("Vorlagennummer", "Reference"), lang.pick("z. B. MV/2026/017",
                        "e.g. MV/2026/017"), true),
                Form.Field.text("responsibleOffice", lang.pick("Federführendes Amt", "Responsible office"), null,
                        true),
                Form.Field.text("workgroup", lang.pick("Arbeitsgruppe", "Working group"), null, true)
                        .prefilled("Arbeitsgruppe Digitale Souveränität & Open Source"),
                Form.Field.date("workgroupDate", lang.pick("Sitzung der Arbeitsgruppe", "Working group's meeting"),
                        null, true),
                Form.Field.text("committee", lang.pick("Ausschuss", "Committee"), lang.pick(
                        "leer lassen, wenn kein Ausschuss berät", "leave empty when no committee takes note"), false),
                Form.Field.date("committeeDate", lang.pick("Sitzung des Ausschusses", "Committee's meeting"), null,
                        false),
                Form.Field.text("council", lang.pick("Rat", "Council"), null, true),
                Form.Field.date("councilDate", lang.pick("Sitzung des Rates", "Council's meeting"), null, true)));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        List<Map<String, Object>> steps = new ArrayList<>();
        step(steps, values.get("workgroup"), in.date("workgroupDate"));
        if (values.get("committee") != null && !values.get("committee").isBlank()) {
            step(steps, values.get("committee"), in.date("committeeDate"));
        }
        step(steps, values.get("council"), in.date("councilDate"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", values.get("reference"));
        body.put("responsibleOffice", values.get("responsibleOffice"));
        body.put("consultations", steps);
        String period = de.souveraen.reporting.report.Period.parse(call.param("period")).toString();
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("reporting", "POST", "/api/reports/" + period + "/publication", body);
    }

    private static void step(List<Map<String, Object>> steps, String organization, String date) {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("organization", organization);
        step.put("date", date);
        steps.add(step);
    }

    @Override
    public String fieldOf(String field, Map<String, String> values) {
        if (field != null && field.startsWith("consultations[")) {
            int index = Integer.parseInt(field.substring(14, field.indexOf(']')));
            boolean committee = values.get("committee") != null && !values.get("committee").isBlank();
            String[] names = committee ? new String[] {"workgroup", "committee", "council"}
                    : new String[] {"workgroup", "council"};
            String base = index < names.length ? names[index] : "council";
            return field.endsWith(".date") ? base + "Date" : base;
        }
        return super.fieldOf(field, values);
    }
}
