package de.souveraen.reporting.entry.budget;

import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.BasicForm;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Inputs;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** "Mittel binden": an order placed binds funds of a line until its invoices settle it. */
@ApplicationScoped
public class BindCommitmentForm extends BasicForm {

    public BindCommitmentForm() {
        super("budget/commitments/new", "/budget", "administration", new Words("Mittel binden (Auftrag erteilt)", "Commit funds (order placed)",
                "Ein erteilter Auftrag bindet Mittel der Haushaltsposition, bis die Rechnungen ihn begleichen.",
                "An order placed commits funds of the budget line until its invoices settle it.",
                "Mittel binden", "Commit funds", "Die Mittel sind gebunden.", "The funds are committed."));
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
                dateOrToday("committedOn", lang, "Datum des Auftrags", "Date of the order"),
                Form.Field.text("overPlanApprovalReference", lang.pick("Genehmigung der überplanmäßigen Ausgabe",
                        "Approval of the over-plan expense"), lang.pick("Nur nötig, wenn der Auftrag mehr bindet als "
                                + "verfügbar ist (§ 83 GO NRW).", "Only needed when the order exceeds what is "
                                        + "available (§ 83 GO NRW)."), false)));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = BudgetOptions.texts(values, "lineCode", "vendor", "reference", "description",
                "overPlanApprovalReference");
        body.put("amount", in.amount("amount"));
        body.put("committedOn", in.date("committedOn"));
        return BudgetOptions.toYear(in, values, "/commitments", body);
    }
}
