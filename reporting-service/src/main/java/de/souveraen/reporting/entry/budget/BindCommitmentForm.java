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

/** "Mittel binden": an order placed binds funds of a line until its invoices settle it. */
@ApplicationScoped
public class BindCommitmentForm implements EntryForm {

    @Override
    public String path() {
        return "budget/commitments/new";
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
        return lang.pick("Mittel binden (Auftrag erteilt)", "Commit funds (order placed)");
    }

    @Override
    public String intro(Lang lang) {
        return lang.pick("Ein erteilter Auftrag bindet Mittel der Haushaltsposition, bis die Rechnungen ihn begleichen.",
                "An order placed commits funds of the budget line until its invoices settle it.");
    }

    @Override
    public String submitLabel(Lang lang) {
        return lang.pick("Mittel binden", "Commit funds");
    }

    @Override
    public String back(Call call) {
        return "/budget" + call.langQuery();
    }

    @Override
    public String doneNotice(Lang lang) {
        return lang.pick("Die Mittel sind gebunden.", "The funds are committed.");
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        int year = call.today().getYear();
        Lang lang = call.lang();
        return BudgetOptions.lines(call, year).map(lines -> List.of(
                Form.Field.hidden("year", String.valueOf(year)),
                Form.Field.select("lineCode", lang.pick("Haushaltsposition", "Budget line"), null, true, lines),
                Form.Field.amount("amount", lang.pick("Auftragssumme in Euro", "Order amount in euros"),
                        lang.pick("Zum Beispiel 4.500,00", "For example 4.500,00"), true),
                Form.Field.text("vendor", lang.pick("Auftragnehmer", "Contractor"), null, true),
                Form.Field.text("reference", lang.pick("Auftrags- oder Bestellnummer", "Order reference"), null,
                        true),
                Form.Field.textarea("description", lang.pick("Gegenstand des Auftrags", "What was ordered"), null,
                        true),
                Form.Field.date("committedOn", lang.pick("Datum des Auftrags", "Date of the order"),
                        lang.pick("Leer lassen für heute", "Leave empty for today"), false),
                Form.Field.text("overPlanApprovalReference", lang.pick("Genehmigung der überplanmäßigen Ausgabe",
                        "Approval of the over-plan expense"), lang.pick("Nur nötig, wenn der Auftrag mehr bindet als "
                                + "verfügbar ist (§ 83 GO NRW).", "Only needed when the order exceeds what is "
                                        + "available (§ 83 GO NRW)."), false)));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("lineCode", values.get("lineCode"));
        body.put("amount", in.amount("amount"));
        body.put("vendor", values.get("vendor"));
        body.put("reference", values.get("reference"));
        body.put("description", values.get("description"));
        body.put("committedOn", in.date("committedOn"));
        body.put("overPlanApprovalReference", values.get("overPlanApprovalReference"));
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("budget", "POST", "/api/budgets/" + values.get("year") + "/commitments", body);
    }
}
