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
 * "Mittel umschichten": funds move between two lines of a declared coverage (§ 21 KomHVO NRW); whether the coverage
 * allows the direction, and whether the giving line has the funds, is the budget service's to decide.
 */
@ApplicationScoped
public class TransferFundsForm extends BasicForm {

    public TransferFundsForm() {
        super("budget/transfers/new", "/budget", "administration", new Words(
                "Mittel umschichten (Deckungsfähigkeit)", "Transfer funds (coverage)",
                "Mittel lassen sich nur zwischen Positionen umschichten, die für deckungsfähig erklärt sind; bei "
                        + "einseitiger Deckung nur zur verstärkbaren Position hin. Die Summe des Haushalts bleibt gleich.",
                "Funds move only between lines declared as covering each other; with a one-sided coverage only "
                        + "towards the line that may be reinforced. The budget's total stays the same.",
                "Umschichten", "Transfer", "Die Mittel sind umgeschichtet.", "The funds are transferred."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        int year = call.today().getYear();
        Lang lang = call.lang();
        return BudgetOptions.lines(call, year).map(lines -> List.of(
                Form.Field.hidden("year", String.valueOf(year)),
                Form.Field.select("fromLine", lang.pick("Von Haushaltsposition", "From budget line"), null, true,
                        lines),
                Form.Field.select("toLine", lang.pick("Auf Haushaltsposition", "To budget line"), null, true, lines),
                Form.Field.amount("amount", lang.pick("Betrag in Euro", "Amount in euros"),
                        lang.pick("Zum Beispiel 300,00", "For example 300,00"), true),
                Form.Field.text("reference", lang.pick("Aktenzeichen der Umschichtung", "Reference of the transfer"),
                        null, true),
                dateOrToday("transferredOn", lang, "Datum der Umschichtung", "Date of the transfer"),
                Form.Field.textarea("reason", lang.pick("Begründung", "Reason"), null, false)));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = BudgetOptions.texts(values, "fromLine", "toLine", "reference", "reason");
        body.put("amount", in.amount("amount"));
        body.put("transferredOn", in.date("transferredOn"));
        return BudgetOptions.toYear(in, values, "/transfers", body);
    }
}
