package de.souveraen.reporting.entry.budget;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.eventstore.text.German;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.BasicForm;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Inputs;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Ausgabe buchen": the Kämmerei books an invoice. The form lists the year's budget lines with what is still
 * available and the open commitments; every rule (funds, frozen lines, duplicate invoices, § 83 GO NRW) is the
 * budget service's.
 */
@ApplicationScoped
public class BookExpenseForm extends BasicForm {

    public BookExpenseForm() {
        super("budget/expenses/new", "/budget", "administration", new Words("Ausgabe buchen", "Book an expense",
                "Eine Rechnung als Ausgabe (Ist) buchen. Die Buchung lässt sich danach nur durch ein Storno "
                        + "korrigieren.",
                "Book an invoice as an expense. A booking can afterwards only be corrected by a reversal.",
                "Buchen", "Book", "Die Ausgabe ist gebucht.", "The expense is booked."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        int year = call.today().getYear();
        Lang lang = call.lang();
        return BudgetOptions.lines(call, year).chain(lines -> call.get("budget",
                "/api/budgets/" + year + "/commitments?size=500").map(open -> {
                    List<Form.Option> commitments = new ArrayList<>();
                    commitments.add(new Form.Option("", lang.pick("– keine –", "– none –"), true));
                    for (JsonNode c : open.body().path("items")) {
                        if (c.path("open").decimalValue().signum() > 0) {
                            commitments.add(new Form.Option(c.path("id").asText(), c.path("lineCode").asText() + " · "
                                    + c.path("vendor").asText() + " · " + c.path("reference").asText("") + " ("
                                    + lang.pick("offen ", "open ") + German.money(c.path("open").decimalValue())
                                    + ")", false));
                        }
                    }
                    return List.of(
                            Form.Field.hidden("year", String.valueOf(year)),
                            Form.Field.select("lineCode", lang.pick("Haushaltsposition", "Budget line"), null, true,
                                    lines),
                            Form.Field.amount("amount", lang.pick("Betrag in Euro", "Amount in euros"),
                                    lang.pick("Zum Beispiel 1.234,56", "For example 1.234,56"), true),
                            dateOrToday("bookedOn", lang, "Buchungsdatum", "Booking date"),
                            Form.Field.text("vendor", lang.pick("Lieferant oder Empfänger", "Vendor or payee"), null,
                                    true),
                            Form.Field.text("invoiceRef", lang.pick("Rechnungsnummer", "Invoice number"),
                                    lang.pick("Eine Rechnung wird nur einmal gebucht.",
                                            "An invoice is booked only once."), false),
                            Form.Field.textarea("description", lang.pick("Verwendungszweck", "Purpose"), null, true),
                            Form.Field.select("commitmentId", lang.pick("Mittelbindung, die diese Rechnung begleicht",
                                    "Commitment this invoice settles"), null, false, commitments),
                            Form.Field.text("overPlanApprovalReference", lang.pick(
                                    "Genehmigung der überplanmäßigen Ausgabe", "Approval of the over-plan expense"),
                                    lang.pick("Nur nötig, wenn der Betrag mehr ist als verfügbar (§ 83 GO NRW): "
                                            + "Aktenzeichen der Genehmigung.", "Only needed when the amount exceeds "
                                                    + "what is available (§ 83 GO NRW): the approval's reference."),
                                    false));
                }));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("lineCode", values.get("lineCode"));
        body.put("amount", in.amount("amount"));
        body.put("bookedOn", in.date("bookedOn"));
        body.put("vendor", values.get("vendor"));
        body.put("description", values.get("description"));
        body.put("invoiceRef", values.get("invoiceRef"));
        body.put("commitmentId", values.get("commitmentId"));
        body.put("overPlanApprovalReference", values.get("overPlanApprovalReference"));
        return BudgetOptions.toYear(in, values, "/expenses", body);
    }
}
