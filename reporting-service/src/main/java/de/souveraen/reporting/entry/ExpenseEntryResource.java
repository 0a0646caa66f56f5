package de.souveraen.reporting.entry;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.eventstore.text.German;
import de.souveraen.reporting.portal.Chrome;
import de.souveraen.reporting.view.Lang;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Ausgabe buchen": the Kämmerei books an invoice in the browser. The form lists the year's budget lines with what is
 * still available and the open commitments (read from the budget service with the person's token); on submit the
 * portal sends the booking to the budget service under the form's own idempotency key, so a double click or a
 * resubmit books once. Every rule stays in the budget service: its refusals come back as problem+json and are shown
 * in German next to the field they name.
 */
@Path("/budget/expenses/new")
@Produces(MediaType.TEXT_HTML)
public class ExpenseEntryResource {
    private static final Set<String> FIELDS = Set.of("lineCode", "amount", "bookedOn", "vendor", "invoiceRef",
            "description", "commitmentId", "overPlanApprovalReference");

    private final Template form;
    private final Chrome chrome;
    private final ServiceClient client;
    private final WriteServices services;
    private final FormGuard guard;
    private final SecurityIdentity identity;
    private final Clock clock;

    ExpenseEntryResource(@Location("entry/form.html") Template form, Chrome chrome, ServiceClient client,
            WriteServices services, FormGuard guard, SecurityIdentity identity, Clock clock) {
        this.form = form;
        this.chrome = chrome;
        this.client = client;
        this.services = services;
        this.guard = guard;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @RolesAllowed("administration")
    public Uni<Response> blank(@QueryParam("lang") String language) {
        Lang lang = Lang.of(language);
        int year = German.day(clock.instant()).getYear();
        FormGuard.Issued issued = guard.issue(chrome.subject());
        return fields(year, lang).map(fields -> page(lang, 200, fields == null
                ? noBudget(year, lang)
                : new Form(action(lang), intro(lang), lang.pick("Buchen", "Book"), "/budget?lang=" + code(lang),
                        issued.key(), issued.token(), fields, List.of())));
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> submit(@QueryParam("lang") String language, MultivaluedMap<String, String> input) {
        Lang lang = Lang.of(language);
        String key = input.getFirst("_key");
        String token = input.getFirst("_token");
        if (!guard.valid(chrome.subject(), key, token)) {
            return Uni.createFrom().item(page(lang, 403, refused(lang, lang.pick(
                    "Dieses Formular stammt nicht aus Ihrer Sitzung im Portal oder ist abgelaufen. Es wurde nichts "
                            + "gebucht. Bitte öffnen Sie das Formular neu.",
                    "This form does not come from your portal session or has expired. Nothing was booked. Please "
                            + "open the form again."))));
        }
        int year = parseYear(input.getFirst("year"), German.day(clock.instant()).getYear());
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(name -> values.put(name, trimmed(input.getFirst(name))));
        Map<String, String> formatErrors = new HashMap<>();
        BigDecimal amount = German.parseAmount(values.get("amount"));
        if (values.get("amount") != null && amount == null) {
            formatErrors.put("amount", lang.pick("Bitte geben Sie den Betrag in Euro ein, z. B. 1.234,56.",
                    "Please enter the amount in euros, e.g. 1.234,56."));
        }
        LocalDate bookedOn = German.parseDate(values.get("bookedOn"));
        if (values.get("bookedOn") != null && bookedOn == null) {
            formatErrors.put("bookedOn", lang.pick("Bitte geben Sie ein gültiges Datum ein, z. B. 29.01.2026.",
                    "Please enter a valid date, e.g. 29.01.2026."));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("lineCode", values.get("lineCode"));
        body.put("amount", amount);
        body.put("bookedOn", bookedOn == null ? null : bookedOn.toString());
        body.put("vendor", values.get("vendor"));
        body.put("description", values.get("description"));
        body.put("invoiceRef", values.get("invoiceRef"));
        body.put("commitmentId", values.get("commitmentId"));
        body.put("overPlanApprovalReference", values.get("overPlanApprovalReference"));
        return fields(year, lang).chain(fields -> {
            if (fields == null) {
                return Uni.createFrom().item(page(lang, 409, noBudget(year, lang)));
            }
            Form blank = new Form(action(lang), intro(lang), lang.pick("Buchen", "Book"),
                    "/budget?lang=" + code(lang), key, token, fields, List.of());
            if (!formatErrors.isEmpty()) {
                return Uni.createFrom().item(page(lang, 422, blank.with(values, formatErrors, List.of())));
            }
            String bearer = ServiceClient.token(identity).orElse("");
            URI uri = services.budget().resolve("/api/budgets/" + year + "/expenses");
            return client.send("POST", uri, bearer, Map.of("Idempotency-Key", key), body)
                    .map(answer -> {
                        if (answer.status() == 201) {
                            return Response.seeOther(URI.create("/budget?lang=" + code(lang) + "&booked="
                                    + answer.body().path("id").asText())).build();
                        }
                        if (answer.status() == 401 || answer.status() == 403) {
                            return page(lang, 403, refused(lang, lang.pick(
                                    "Sie dürfen keine Ausgaben buchen: das darf nur die Verwaltung. Es wurde nichts "
                                            + "gebucht.",
                                    "You may not book expenses: only the administration may. Nothing was booked.")));
                        }
                        if (answer.status() >= 400 && answer.status() < 500) {
                            Refusal refusal = Refusal.of(answer.body(),
                                    field -> field != null && FIELDS.contains(field) ? field : null);
                            return page(lang, 422, blank.with(values, refusal.byField(), refusal.general()));
                        }
                        return unavailable(lang, blank, values);
                    })
                    .onFailure().recoverWithItem(failure -> unavailable(lang, blank, values));
        });
    }

    private Response unavailable(Lang lang, Form blank, Map<String, String> values) {
        return page(lang, 503, blank.with(values, Map.of(), List.of(new Form.Message(null, lang.pick(
                "Der Haushaltsdienst ist gerade nicht erreichbar. Ihre Angaben sind erhalten; bitte senden Sie das "
                        + "Formular gleich noch einmal (es wird dabei höchstens einmal gebucht).",
                "The budget service cannot be reached right now. Your entries are kept; please send the form again "
                        + "in a moment (it is booked at most once).")))));
    }

    /** The form's fields with the year's lines and open commitments; {@code null} when no budget was adopted. */
    private Uni<List<Form.Field>> fields(int year, Lang lang) {
        String bearer = ServiceClient.token(identity).orElse("");
        URI overview = services.budget().resolve("/api/budgets/" + year);
        URI commitments = services.budget().resolve("/api/budgets/" + year + "/commitments?size=500");
        return client.get(overview, bearer).chain(budget -> {
            if (budget.status() == 404) {
                return Uni.createFrom().nullItem();
            }
            return client.get(commitments, bearer).map(open -> build(year, lang, budget.body(), open.body()));
        });
    }

    private static List<Form.Field> build(int year, Lang lang, JsonNode budget, JsonNode commitments) {
        List<Form.Option> lines = new ArrayList<>();
        lines.add(new Form.Option("", lang.pick("– bitte wählen –", "– please choose –"), true));
        for (JsonNode line : budget.path("lines")) {
            String label = line.path("code").asText() + " – " + line.path("title").asText() + " ("
                    + lang.pick("verfügbar ", "available ") + German.money(line.path("available").decimalValue())
                    + (line.path("frozen").asBoolean() ? lang.pick(", gesperrt", ", frozen") : "") + ")";
            lines.add(new Form.Option(line.path("code").asText(), label, false));
        }
        List<Form.Option> open = new ArrayList<>();
        open.add(new Form.Option("", lang.pick("– keine –", "– none –"), true));
        for (JsonNode c : commitments.path("items")) {
            if (c.path("open").decimalValue().signum() > 0) {
                open.add(new Form.Option(c.path("id").asText(), c.path("lineCode").asText() + " · "
                        + c.path("vendor").asText() + " · " + c.path("reference").asText("") + " ("
                        + lang.pick("offen ", "open ") + German.money(c.path("open").decimalValue()) + ")", false));
            }
        }
        return List.of(
                new Form.Field("year", "", null, "hidden", String.valueOf(year), null, true, null, null),
                new Form.Field("lineCode", lang.pick("Haushaltsposition", "Budget line"), null, "select", "", null,
                        true, lines, null),
                new Form.Field("amount", lang.pick("Betrag in Euro", "Amount in euros"),
                        lang.pick("Zum Beispiel 1.234,56", "For example 1.234,56"), "amount", "", null, true, null,
                        "off"),
                new Form.Field("bookedOn", lang.pick("Buchungsdatum", "Booking date"),
                        lang.pick("Leer lassen für heute", "Leave empty for today"), "date", "", null, false, null,
                        null),
                new Form.Field("vendor", lang.pick("Lieferant oder Empfänger", "Vendor or payee"), null, "text", "",
                        null, true, null, "organization"),
                new Form.Field("invoiceRef", lang.pick("Rechnungsnummer", "Invoice number"),
                        lang.pick("Eine Rechnung wird nur einmal gebucht.", "An invoice is booked only once."),
                        "text", "", null, false, null, "off"),
                new Form.Field("description", lang.pick("Verwendungszweck", "Purpose"), null, "textarea", "", null,
                        true, null, null),
                new Form.Field("commitmentId", lang.pick("Mittelbindung, die diese Rechnung begleicht",
                        "Commitment this invoice settles"), null, "select", "", null, false, open, null),
                new Form.Field("overPlanApprovalReference", lang.pick("Genehmigung der überplanmäßigen Ausgabe",
                        "Approval of the over-plan expense"), lang.pick(
                                "Nur nötig, wenn der Betrag mehr ist als verfügbar (§ 83 GO NRW): Aktenzeichen der "
                                        + "Genehmigung.",
                                "Only needed when the amount exceeds what is available (§ 83 GO NRW): the approval's "
                                        + "reference."),
                        "text", "", null, false, null, "off"));
    }

    private Response page(Lang lang, int status, Form content) {
        String heading = lang.pick("Ausgabe buchen", "Book an expense");
        String html = chrome.around(form.instance(), lang, "/budget/expenses/new", "/budget", heading, "/forms.js")
                .data("form", content).data("hasErrors", !content.summary().isEmpty()).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    private static Form refused(Lang lang, String message) {
        return new Form(action(lang), null, "", "/budget?lang=" + code(lang), "", "", List.of(),
                List.of(new Form.Message(null, message)));
    }

    private static Form noBudget(int year, Lang lang) {
        return new Form(action(lang), lang.pick("Für " + year + " ist noch kein Haushalt beschlossen; Ausgaben können "
                + "erst danach gebucht werden.", "No budget has been adopted for " + year + " yet; expenses can be "
                        + "booked only after that."), "", "/budget?lang=" + code(lang), "", "", List.of(), List.of());
    }

    private static String intro(Lang lang) {
        return lang.pick("Eine Rechnung als Ausgabe (Ist) buchen. Die Buchung lässt sich danach nur durch ein Storno "
                + "korrigieren.", "Book an invoice as an expense. A booking can afterwards only be corrected by a "
                        + "reversal.");
    }

    private static String action(Lang lang) {
        return "/budget/expenses/new?lang=" + code(lang);
    }

    private static String code(Lang lang) {
        return lang.name().toLowerCase();
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static int parseYear(String value, int fallback) {
        try {
            int year = Integer.parseInt(value == null ? "" : value.strip());
            return year >= 2000 && year <= 2100 ? year : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
