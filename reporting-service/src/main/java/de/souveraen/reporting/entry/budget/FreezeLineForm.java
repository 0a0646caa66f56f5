package de.souveraen.reporting.entry.budget;

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

/** "Position sperren" and "Sperre aufheben": a freeze stops new commitments and bookings on a line. */
public abstract class FreezeLineForm extends BasicForm {

    /** Sperren. */
    @ApplicationScoped
    public static class Freeze extends FreezeLineForm {
        public Freeze() {
            super("freeze", new Words("Haushaltsposition sperren", "Freeze a budget line",
                    "Auf einer gesperrten Position werden keine Mittel mehr gebunden und keine Ausgaben gebucht, bis "
                            + "die Sperre aufgehoben ist.",
                    "A frozen line takes no new commitments or expenses until it is released.", "Sperren", "Freeze",
                    "Die Position ist gesperrt.", "The line is frozen."));
        }
    }

    /** Sperre aufheben. */
    @ApplicationScoped
    public static class Release extends FreezeLineForm {
        public Release() {
            super("release", new Words("Sperre einer Haushaltsposition aufheben", "Release a frozen budget line",
                    null, null, "Sperre aufheben", "Release", "Die Sperre ist aufgehoben.", "The line is released."));
        }
    }

    private final String action;

    FreezeLineForm(String action, Words words) {
        super("budget/lines/" + action, "/budget", "administration", words);
        this.action = action;
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        int year = call.today().getYear();
        Lang lang = call.lang();
        return BudgetOptions.lines(call, year).map(lines -> fields(year, lang, lines));
    }

    private List<Form.Field> fields(int year, Lang lang, List<Form.Option> lines) {
        List<Form.Field> fields = new java.util.ArrayList<>();
        fields.add(Form.Field.hidden("year", String.valueOf(year)));
        fields.add(Form.Field.select("lineCode", lang.pick("Haushaltsposition", "Budget line"), null, true, lines));
        if (action.equals("freeze")) {
            fields.add(Form.Field.select("authority", lang.pick("Wer sperrt?", "Who freezes?"), null, true, List.of(
                    new Form.Option("TREASURER", lang.pick(
                            "Kämmerei: haushaltswirtschaftliche Sperre (§ 25 KomHVO NRW, der Rat wird unterrichtet)",
                            "Treasurer: budgetary freeze (§ 25 KomHVO NRW, the council is informed)"), true),
                    new Form.Option("COUNCIL", lang.pick("Rat: Sperre durch Ratsbeschluss (§ 81 GO NRW)",
                            "Council: freeze by council resolution (§ 81 GO NRW)"), false))));
        }
        fields.addAll(List.of(
                Form.Field.text("reference", lang.pick("Aktenzeichen des Beschlusses", "Reference of the decision"),
                        null, true),
                Form.Field.textarea("reason", lang.pick("Begründung", "Reason"), null, true),
                dateOrToday("decidedOn", lang, "Datum des Beschlusses", "Date of the decision")));
        return fields;
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = new LinkedHashMap<>();
        if (action.equals("freeze")) {
            body.put("authority", values.get("authority"));
        }
        body.put("reference", values.get("reference"));
        body.put("reason", values.get("reason"));
        body.put("decidedOn", in.date("decidedOn"));
        return BudgetOptions.toLine(in, values, action, body);
    }
}
