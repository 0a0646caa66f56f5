package de.souveraen.reporting.entry.budget;

import de.souveraen.reporting.entry.BasicForm;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Inputs;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * "Mittel ins Folgejahr übertragen" (§ 22 KomHVO NRW): unused authorisation of a line moves into the next year,
 * which receives it at once when its budget is adopted. Decided in the year or early in the next one.
 */
@ApplicationScoped
public class CarryOverForm extends BasicForm {

    public CarryOverForm() {
        super("budget/carry-overs/new", "/budget", "administration", new Words("Mittel ins Folgejahr übertragen",
                "Carry funds over into the next year", "Ermächtigungen einer Position werden ins Folgejahr "
                        + "übertragen (§ 22 KomHVO NRW): was verfügbar ist, und für bereits erteilte Aufträge die "
                        + "gebundenen Mittel mit ihrer offenen Mittelbindung, die dann im Folgejahr gebunden ist "
                        + "(dafür muss der Haushalt des Folgejahres beschlossen sein).",
                "Authorisation of a line moves into the next year (§ 22 KomHVO NRW): what is available, and for "
                        + "orders already placed the committed funds with their open commitment, which is then "
                        + "committed in the next year (the next year's budget must be adopted for that).",
                "Übertragen", "Carry over",
                "Die Übertragung ist erfasst.", "The carry-over is recorded."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        int year = call.today().getYear();
        Lang lang = call.lang();
        List<Form.Option> years = List.of(
                new Form.Option(String.valueOf(year), lang.pick("aus " + year + " nach " + (year + 1),
                        "from " + year + " into " + (year + 1)), true),
                new Form.Option(String.valueOf(year - 1), lang.pick("aus " + (year - 1) + " nach " + year,
                        "from " + (year - 1) + " into " + year), false));
        Uni<List<Form.Option>> open = BudgetOptions.openCommitments(call, year);
        return BudgetOptions.lines(call, year).chain(lines -> open.map(commitments -> List.of(
                Form.Field.select("year", lang.pick("Haushaltsjahr", "Fiscal year"), null, true, years)
                        .prefilled(String.valueOf(year)),
                Form.Field.select("lineCode", lang.pick("Haushaltsposition", "Budget line"), null, true, lines),
                Form.Field.select("commitmentId", lang.pick("Offene Mittelbindung mitnehmen (optional)",
                        "Take an open commitment along (optional)"), lang.pick("Ihr offener Betrag ist im Betrag "
                                + "enthalten und im Folgejahr gebunden.", "Its open part is included in the amount "
                                        + "and committed in the next year."), false, commitments),
                Form.Field.amount("amount", lang.pick("Betrag in Euro", "Amount in euros"),
                        lang.pick("Der offene Betrag der Mittelbindung und höchstens, was auf der Position "
                                + "verfügbar ist.", "The commitment's open part plus at most what the line has "
                                        + "available."), true),
                Form.Field.text("reference", lang.pick("Aktenzeichen der Übertragung", "Reference of the carry-over"),
                        null, true),
                Form.Field.textarea("reason", lang.pick("Begründung", "Reason"), null, true),
                dateOrToday("decidedOn", lang, "Datum der Entscheidung", "Date of the decision"))));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = BudgetOptions.texts(values, "lineCode", "reference", "reason");
        body.put("amount", in.amount("amount"));
        body.put("decidedOn", in.date("decidedOn"));
        String commitment = values.get("commitmentId");
        if (commitment != null && !commitment.isBlank()) {
            body.put("commitmentIds", List.of(commitment.strip()));
        }
        String year = values.get("year");
        if (year == null || !year.matches("\\d{4}")) {
            in.errors().put("year", call.lang().pick("Bitte wählen Sie das Haushaltsjahr.",
                    "Please choose the fiscal year."));
        }
        return BudgetOptions.toYear(in, values, "/carry-overs", body);
    }
}
