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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "Mittelbindung ändern" (a new total, e.g. after renegotiation) and "Mittelbindung freigeben" (close it and free
 * its open part), reached from the commitments page. Both change the year, so they carry the year's version and
 * are refused when it changed in the meantime.
 */
public abstract class ChangeCommitmentForm extends BasicForm {

    /** Ändern: the commitment's new total. */
    @ApplicationScoped
    public static class Adjust extends ChangeCommitmentForm {
        public Adjust() {
            super("adjustment", new Words("Mittelbindung ändern", "Change a commitment",
                    "Der neue Betrag ersetzt die Auftragssumme; was schon beglichen ist, bleibt beglichen.",
                    "The new amount replaces the order amount; what is settled stays settled.", "Ändern", "Change",
                    "Die Mittelbindung ist geändert.", "The commitment is changed."));
        }

        @Override
        List<Form.Field> own(JsonNode commitment, Lang lang) {
            return List.of(
                    Form.Field.amount("amount", lang.pick("Neue Auftragssumme in Euro", "New order amount in euros"),
                            lang.pick("Zum Beispiel 1.000,00", "For example 1.000,00"), true)
                            .prefilled(German.amount(commitment.path("amount").decimalValue())),
                    Form.Field.textarea("reason", lang.pick("Grund der Änderung", "Reason for the change"), null,
                            true),
                    dateOrToday("adjustedOn", lang, "Datum der Änderung", "Date of the change"),
                    Form.Field.text("overPlanApprovalReference", lang.pick("Genehmigung der überplanmäßigen Ausgabe",
                            "Approval of the over-plan expense"), lang.pick("Nur nötig, wenn der neue Betrag mehr "
                                    + "bindet als verfügbar ist (§ 83 GO NRW).", "Only needed when the new amount "
                                            + "exceeds what is available (§ 83 GO NRW)."), false));
        }

        @Override
        Map<String, Object> body(Inputs in, Map<String, String> values) {
            Map<String, Object> body = BudgetOptions.texts(values, "reason", "overPlanApprovalReference");
            body.put("amount", in.amount("amount"));
            body.put("adjustedOn", in.date("adjustedOn"));
            return body;
        }
    }

    /** Freigeben: the order is done, its open part is free again. */
    @ApplicationScoped
    public static class Release extends ChangeCommitmentForm {
        public Release() {
            super("release", new Words("Mittelbindung freigeben", "Release a commitment",
                    "Der Auftrag ist abgeschlossen: der noch offene Teil steht der Haushaltsposition wieder zur "
                            + "Verfügung.", "The order is completed: its open part is available to the budget line "
                                    + "again.", "Freigeben", "Release", "Die Mittelbindung ist freigegeben.",
                    "The commitment is released."));
        }

        @Override
        List<Form.Field> own(JsonNode commitment, Lang lang) {
            return List.of(
                    Form.Field.textarea("reason", lang.pick("Grund der Freigabe", "Reason for the release"), null,
                            true),
                    dateOrToday("releasedOn", lang, "Datum der Freigabe", "Date of the release"));
        }

        @Override
        Map<String, Object> body(Inputs in, Map<String, String> values) {
            Map<String, Object> body = BudgetOptions.texts(values, "reason");
            body.put("releasedOn", in.date("releasedOn"));
            return body;
        }
    }

    private final String action;

    ChangeCommitmentForm(String action, Words words) {
        super("budget/{year}/commitments/{id}/" + action, "/budget", "administration", words);
        this.action = action;
    }

    /** The fields of this change, below the commitment it is for. */
    abstract List<Form.Field> own(JsonNode commitment, Lang lang);

    /** The request's body from the entered values. */
    abstract Map<String, Object> body(Inputs in, Map<String, String> values);

    @Override
    public String back(Call call) {
        return "/budget/commitments" + call.langQuery();
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        String year = call.param("year");
        return call.get("budget", "/api/budgets/" + year).chain(budget -> call.get("budget", "/api/budgets/" + year
                + "/commitments?size=500").map(list -> {
                    JsonNode commitment = null;
                    for (JsonNode c : list.body().path("items")) {
                        if (c.path("id").asText().equals(call.param("id"))) {
                            commitment = c;
                        }
                    }
                    if (!budget.ok() || commitment == null) {
                        throw new EntryForm.Unavailable(404, lang.pick("Diese Mittelbindung gibt es nicht.",
                                "There is no such commitment."));
                    }
                    List<Form.Field> fields = new ArrayList<>();
                    fields.add(Form.Field.shown("commitment", lang.pick("Mittelbindung", "Commitment"),
                            describe(commitment, lang)));
                    fields.add(Form.Field.hidden("ifMatch", budget.header("etag").orElse("")));
                    fields.addAll(own(commitment, lang));
                    return fields;
                }));
    }

    /** "12.03.2026 · SCHULUNG · Univention GmbH · B-17 · Auftragssumme 1.200,00 € · offen 400,00 €". */
    static String describe(JsonNode c, Lang lang) {
        return German.date(LocalDate.parse(c.path("committedOn").asText())) + " · " + c.path("lineCode").asText()
                + " · " + c.path("vendor").asText() + " · " + c.path("reference").asText() + " · "
                + lang.pick("Auftragssumme ", "order amount ") + German.money(c.path("amount").decimalValue()) + " · "
                + lang.pick("offen ", "open ") + German.money(c.path("open").decimalValue());
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = body(in, values);
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("budget", "POST", "/api/budgets/" + call.param("year") + "/commitments/"
                        + call.param("id") + "/" + action, body).header("If-Match", values.get("ifMatch"));
    }
}
