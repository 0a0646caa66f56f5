package de.souveraen.reporting.entry.budget;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.eventstore.text.German;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.EntryForm;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Inputs;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Choices the budget forms offer, read from the budget service with the person's token. */
final class BudgetOptions {
    private BudgetOptions() {
    }

    /**
     * The year's lines with their NKF classification and what is available
     * ("ANALYSE – Analyse … (01.11.03 / 542900, verfügbar 1.234,00 €)").
     */
    static Uni<List<Form.Option>> lines(Call call, int year) {
        Lang lang = call.lang();
        return call.get("budget", "/api/budgets/" + year).map(budget -> {
            if (budget.status() == 404) {
                throw new EntryForm.Unavailable(409, lang.pick("Für " + year + " ist noch kein Haushalt beschlossen; "
                        + "erst danach kann hier gebucht werden.", "No budget has been adopted for " + year
                                + " yet; bookings are possible only after that."));
            }
            List<Form.Option> lines = new ArrayList<>();
            lines.add(new Form.Option("", lang.pick("– bitte wählen –", "– please choose –"), true));
            for (JsonNode line : budget.body().path("lines")) {
                String nkf = line.path("sachkonto").isTextual()
                        ? line.path("produkt").asText() + " / " + line.path("sachkonto").asText() + ", " : "";
                String label = line.path("code").asText() + " – " + line.path("title").asText() + " (" + nkf
                        + lang.pick("verfügbar ", "available ") + German.money(line.path("available").decimalValue())
                        + (line.path("frozen").asBoolean() ? lang.pick(", gesperrt", ", frozen") : "") + ")";
                lines.add(new Form.Option(line.path("code").asText(), label, false));
            }
            return lines;
        });
    }

    /** The year's open commitments to choose from ("Bestellung B-17 – Univention GmbH, PILOT, offen 800,00 €"). */
    static Uni<List<Form.Option>> openCommitments(Call call, int year) {
        Lang lang = call.lang();
        return call.get("budget", "/api/budgets/" + year + "/commitments?status=OPEN&size=500").map(answer -> {
            List<Form.Option> options = new ArrayList<>();
            options.add(new Form.Option("", lang.pick("– keine –", "– none –"), true));
            for (JsonNode c : answer.body().path("items")) {
                options.add(new Form.Option(c.path("id").asText(), c.path("reference").asText() + " – "
                        + c.path("vendor").asText() + ", " + c.path("lineCode").asText() + ", "
                        + lang.pick("offen ", "open ") + German.money(c.path("open").decimalValue()), false));
            }
            return options;
        });
    }

    /** The entered texts named {@code names} as the request's members (empty ones as null), in that order. */
    static Map<String, Object> texts(Map<String, String> values, String... names) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        for (String name : names) {
            body.put(name, values.get(name));
        }
        return body;
    }

    /** The POST to {@code /api/budgets/{year}{what}} (the year the form's {@code year} field names), or the format errors. */
    static EntryForm.Submission toYear(Inputs in, Map<String, String> values,
            String what, Object body) {
        return in.hasErrors() ? EntryForm.Submission.refuse(in.errors())
                : EntryForm.Submission.send("budget", "POST", "/api/budgets/" + values.get("year") + what, body);
    }

    /**
     * The POST to {@code /api/budgets/{year}/lines/{lineCode}/{what}} for the line the form's {@code lineCode} field
     * chose (a German error at that field when none was chosen), or the format errors.
     */
    static EntryForm.Submission toLine(Inputs in, Map<String, String> values, String what, Object body) {
        String line = values.get("lineCode");
        if (line == null) {
            in.errors().put("lineCode", in.lang().pick("Bitte wählen Sie die Haushaltsposition.",
                    "Please choose the budget line."));
            return EntryForm.Submission.refuse(in.errors());
        }
        return toYear(in, values, "/lines/" + java.net.URLEncoder.encode(line,
                java.nio.charset.StandardCharsets.UTF_8) + "/" + what, body);
    }
}
