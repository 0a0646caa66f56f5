package de.souveraen.reporting.entry.budget;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.eventstore.text.German;
import de.souveraen.reporting.entry.BasicForm;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.EntryForm;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Inputs;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Ausgabe stornieren": a booking is never changed or deleted, it is reversed (with its reason); a commitment it
 * settled becomes open again. Reached from the journal.
 */
@ApplicationScoped
public class ReverseExpenseForm extends BasicForm {

    public ReverseExpenseForm() {
        super("budget/{year}/expenses/{id}/reversal", "/budget", "administration", new Words("Ausgabe stornieren",
                "Reverse an expense", "Eine Buchung wird nie geändert oder gelöscht, sondern storniert; eine "
                        + "Mittelbindung, die sie beglichen hat, ist danach wieder offen.", "A booking is never changed or deleted, "
                                + "it is reversed; a commitment it settled is open again afterwards.",
                "Stornieren", "Reverse", "Die Ausgabe ist storniert.", "The expense is reversed."));
    }

    @Override
    public String back(Call call) {
        return "/budget/journal" + call.langQuery();
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return call.get("budget", "/api/budgets/" + call.param("year") + "/audit/" + call.param("id")).map(trail -> {
            JsonNode booked = null;
            for (JsonNode entry : trail.body()) {
                if ("budget.ExpenseBooked.v1".equals(entry.path("type").asText())) {
                    booked = entry.path("change");
                }
            }
            if (!trail.ok() || booked == null) {
                throw new EntryForm.Unavailable(404, lang.pick("Diese Ausgabe gibt es nicht.",
                        "There is no such expense."));
            }
            String what = German.date(LocalDate.parse(booked.path("bookedOn").asText())) + " · "
                    + booked.path("lineCode").asText() + " · " + German.money(booked.path("amount").decimalValue())
                    + " · " + booked.path("vendor").asText() + (booked.path("invoiceRef").isTextual()
                            ? " · " + booked.path("invoiceRef").asText() : "");
            return List.of(
                    Form.Field.shown("booking", lang.pick("Buchung", "Booking"), what),
                    Form.Field.textarea("reason", lang.pick("Grund des Stornos", "Reason for the reversal"), null,
                            true),
                    dateOrToday("reversedOn", lang, "Datum des Stornos", "Date of the reversal"));
        });
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", values.get("reason"));
        body.put("reversedOn", in.date("reversedOn"));
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("budget", "POST", "/api/budgets/" + call.param("year") + "/expenses/"
                        + call.param("id") + "/reversal", body);
    }
}
