package de.souveraen.reporting.entry.budget;

import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.EntryForm;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Inputs;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** "Position sperren" and "Sperre aufheben": a freeze stops new commitments and bookings on a line. */
public abstract class FreezeLineForm implements EntryForm {

    /** Sperren. */
    @ApplicationScoped
    public static class Freeze extends FreezeLineForm {
        public Freeze() {
            super("freeze");
        }
    }

    /** Sperre aufheben. */
    @ApplicationScoped
    public static class Release extends FreezeLineForm {
        public Release() {
            super("release");
        }
    }

    private final String action;

    FreezeLineForm(String action) {
        this.action = action;
    }

    private boolean freezing() {
        return action.equals("freeze");
    }

    @Override
    public String path() {
        return "budget/lines/" + action;
    }

    @Override
    public String navPath() {
        return "/budget";
    }

    @Override
    public String role() {
        return "administration";
    }

    @Override
    public String heading(Lang lang) {
        return freezing() ? lang.pick("Haushaltsposition sperren", "Freeze a budget line")
                : lang.pick("Sperre einer Haushaltsposition aufheben", "Release a frozen budget line");
    }

    @Override
    public String intro(Lang lang) {
        return freezing() ? lang.pick("Auf einer gesperrten Position werden keine Mittel mehr gebunden und keine "
                + "Ausgaben gebucht, bis die Sperre aufgehoben ist.", "A frozen line takes no new commitments or "
                        + "expenses until it is released.") : null;
    }

    @Override
    public String submitLabel(Lang lang) {
        return freezing() ? lang.pick("Sperren", "Freeze") : lang.pick("Sperre aufheben", "Release");
    }

    @Override
    public String back(Call call) {
        return "/budget" + call.langQuery();
    }

    @Override
    public String doneNotice(Lang lang) {
        return freezing() ? lang.pick("Die Position ist gesperrt.", "The line is frozen.")
                : lang.pick("Die Sperre ist aufgehoben.", "The line is released.");
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        int year = call.today().getYear();
        Lang lang = call.lang();
        return BudgetOptions.lines(call, year).map(lines -> List.of(
                Form.Field.hidden("year", String.valueOf(year)),
                Form.Field.select("lineCode", lang.pick("Haushaltsposition", "Budget line"), null, true, lines),
                Form.Field.text("reference", lang.pick("Aktenzeichen des Beschlusses", "Reference of the decision"),
                        null, true),
                Form.Field.textarea("reason", lang.pick("Begründung", "Reason"), null, true),
                Form.Field.date("decidedOn", lang.pick("Datum des Beschlusses", "Date of the decision"),
                        lang.pick("Leer lassen für heute", "Leave empty for today"), false)));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", values.get("reference"));
        body.put("reason", values.get("reason"));
        body.put("decidedOn", in.date("decidedOn"));
        String line = values.get("lineCode");
        if (line == null) {
            in.errors().put("lineCode", call.lang().pick("Bitte wählen Sie die Haushaltsposition.",
                    "Please choose the budget line."));
        }
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("budget", "POST", "/api/budgets/" + values.get("year") + "/lines/"
                        + java.net.URLEncoder.encode(line, java.nio.charset.StandardCharsets.UTF_8) + "/" + action,
                        body);
    }
}
