package de.souveraen.reporting.entry.budget;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.eventstore.text.German;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.ListPages;
import de.souveraen.reporting.portal.PageModel;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The journal of a budget year (every expense and reversal, filtered by line, vendor and dates) and the audit trail
 * of one booking or commitment: who recorded what and when. Read from the budget service with the person's token;
 * the administration finds the reversal of an expense here.
 */
@Path("/budget/journal")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"administration", "workgroup", "council"})
public class JournalResource {
    private static final int SIZE = 100;
    private static final Map<String, String[]> EVENTS = Map.of(
            "budget.ExpenseBooked.v1", new String[] {"Ausgabe gebucht", "Expense booked"},
            "budget.ExpenseReversed.v1", new String[] {"Ausgabe storniert", "Expense reversed"},
            "budget.FundsCommitted.v1", new String[] {"Mittel gebunden", "Funds committed"},
            "budget.CommitmentAdjusted.v1", new String[] {"Mittelbindung geändert", "Commitment adjusted"},
            "budget.CommitmentReleased.v1", new String[] {"Mittelbindung freigegeben", "Commitment released"});
    private static final List<String[]> DETAILS = List.of(new String[] {"amount", "Betrag", "Amount"},
            new String[] {"newAmount", "Neuer Betrag", "New amount"}, new String[] {"lineCode", "Position", "Line"},
            new String[] {"bookedOn", "Datum", "Date"}, new String[] {"reversedOn", "Datum", "Date"},
            new String[] {"committedOn", "Datum", "Date"}, new String[] {"adjustedOn", "Datum", "Date"},
            new String[] {"releasedOn", "Datum", "Date"}, new String[] {"vendor", "Lieferant", "Vendor"},
            new String[] {"invoiceRef", "Rechnung", "Invoice"}, new String[] {"reference", "Aktenzeichen", "Reference"},
            new String[] {"description", "Verwendungszweck", "Purpose"}, new String[] {"reason", "Grund", "Reason"});

    private final ListPages pages;

    JournalResource(ListPages pages) {
        this.pages = pages;
    }

    @GET
    public Uni<Response> journal(@QueryParam("lang") String language, @QueryParam("lineCode") String lineCode,
            @QueryParam("vendor") String vendor, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") Integer page) {
        Lang lang = Lang.of(language);
        Call call = pages.call(lang);
        int year = call.today().getYear();
        int p = page == null || page < 0 ? 0 : page;
        Map<String, String> filters = new LinkedHashMap<>();
        BudgetPages.put(filters, "lineCode", lineCode);
        BudgetPages.put(filters, "vendor", vendor);
        BudgetPages.put(filters, "from", German.parseDate(from) == null ? null : German.parseDate(from).toString());
        BudgetPages.put(filters, "to", German.parseDate(to) == null ? null : German.parseDate(to).toString());
        StringBuilder query = new StringBuilder("?size=" + SIZE + "&page=" + p);
        filters.forEach((k, v) -> query.append('&').append(k).append('=').append(BudgetPages.encode(v)));
        String heading = lang.pick("Buchungen " + year, "Bookings " + year);
        return BudgetOptions.lines(call, year).chain(lines -> call.get("budget", "/api/budgets/" + year + "/bookings"
                + query).map(answer -> {
                    List<Form.Field> filterFields = List.of(
                            Form.Field.select("lineCode", lang.pick("Haushaltsposition", "Budget line"), null, false,
                                    lines).prefilled(lineCode == null ? "" : lineCode),
                            Form.Field.text("vendor", lang.pick("Lieferant enthält", "Vendor contains"), null, false)
                                    .prefilled(vendor == null ? "" : vendor),
                            Form.Field.date("from", lang.pick("von", "from"), null, false)
                                    .prefilled(filters.getOrDefault("from", "")),
                            Form.Field.date("to", lang.pick("bis", "to"), null, false)
                                    .prefilled(filters.getOrDefault("to", "")));
                    if (!answer.ok()) {
                        return pages.list(lang, "/budget", "/budget/journal", heading, answer.status(), filterFields,
                                null, List.of(), de.souveraen.reporting.entry.Refusal.german(answer.body()));
                    }
                    boolean administration = pages.has("administration");
                    List<List<String>> rows = new ArrayList<>();
                    List<List<PageModel.Link>> links = new ArrayList<>();
                    for (JsonNode b : answer.body().path("items")) {
                        boolean expense = b.path("kind").asText().equals("EXPENSE");
                        rows.add(List.of(German.date(LocalDate.parse(b.path("bookedOn").asText())),
                                expense ? lang.pick("Ausgabe", "Expense") : lang.pick("Storno", "Reversal"),
                                b.path("lineCode").asText(), German.money(b.path("amount").decimalValue()),
                                BudgetPages.text(b, "vendor"), BudgetPages.text(b, "invoiceRef"), BudgetPages.text(b, "description"),
                                BudgetPages.text(b, "recordedBy")));
                        String id = b.path("id").asText();
                        List<PageModel.Link> row = new ArrayList<>();
                        row.add(new PageModel.Link("/budget/journal/" + id + "?lang=" + BudgetPages.code(lang),
                                lang.pick("Verlauf", "History"), lang.pick("Verlauf der Buchung ", "History of booking ")
                                        + BudgetPages.text(b, "invoiceRef")));
                        if (administration && expense && b.path("reversedBy").isNull()) {
                            row.add(new PageModel.Link("/entry/budget/" + year + "/expenses/" + id + "/reversal?lang="
                                    + BudgetPages.code(lang), lang.pick("Stornieren", "Reverse"),
                                    lang.pick("Buchung stornieren ", "Reverse booking ") + BudgetPages.text(b, "invoiceRef")));
                        }
                        links.add(row);
                    }
                    PageModel.Table table = new PageModel.Table(heading, List.of(lang.pick("Datum", "Date"),
                            lang.pick("Art", "Kind"), lang.pick("Position", "Line"), lang.pick("Betrag", "Amount"),
                            lang.pick("Lieferant", "Vendor"), lang.pick("Rechnung", "Invoice"),
                            lang.pick("Verwendungszweck", "Purpose"), lang.pick("Erfasst von", "Recorded by"),
                            lang.pick("Aktionen", "Actions")), List.of(false, false, false, true, false, false, false,
                                    false, false), rows, links);
                    long total = answer.body().path("total").asLong();
                    List<PageModel.Link> more = new ArrayList<>();
                    StringBuilder same = new StringBuilder("/budget/journal?lang=" + BudgetPages.code(lang));
                    filters.forEach((k, v) -> same.append('&').append(k).append('=').append(BudgetPages.encode(v)));
                    if (p > 0) {
                        more.add(new PageModel.Link(same + "&page=" + (p - 1), lang.pick("Vorherige Seite",
                                "Previous page"), null));
                    }
                    if ((long) (p + 1) * SIZE < total) {
                        more.add(new PageModel.Link(same + "&page=" + (p + 1), lang.pick("Nächste Seite",
                                "Next page"), null));
                    }
                    return pages.list(lang, "/budget", "/budget/journal", heading, 200, filterFields, table, more, null);
                })).onFailure().recoverWithItem(e -> pages.list(lang, "/budget", "/budget/journal", heading, 503, null,
                        null, List.of(), ListPages.unreachable("budget", e, lang)));
    }

    @GET
    @Path("/{id}")
    public Uni<Response> trail(@PathParam("id") UUID id, @QueryParam("lang") String language) {
        Lang lang = Lang.of(language);
        Call call = pages.call(lang);
        int year = call.today().getYear();
        String heading = lang.pick("Verlauf einer Buchung", "History of a booking");
        String path = "/budget/journal/" + id;
        List<PageModel.Link> back = List.of(new PageModel.Link("/budget/journal?lang=" + BudgetPages.code(lang),
                lang.pick("Zurück zu den Buchungen", "Back to the bookings"), null));
        return pages.read(call, "budget", "/api/budgets/" + year + "/audit/" + id, trail -> {
            List<List<String>> rows = new ArrayList<>();
            for (JsonNode entry : trail) {
                String[] what = EVENTS.get(entry.path("type").asText());
                rows.add(ListPages.historyRow(entry, what == null ? lang.pick("Änderung", "Change")
                        : lang.pick(what[0], what[1]), details(entry.path("change"), lang)));
            }
            return pages.list(lang, "/budget", path, heading, 200, null, ListPages.historyTable(heading, rows, lang),
                    back, null);
        }, (status, problem) -> pages.list(lang, "/budget", path, heading, status, null, null, back, problem));
    }

    /** The change's known members with German names and German formats: "Betrag: 12,34 € · Grund: …". */
    static String details(JsonNode change, Lang lang) {
        List<String> parts = new ArrayList<>();
        for (String[] detail : DETAILS) {
            JsonNode value = change.path(detail[0]);
            if (value.isMissingNode() || value.isNull() || value.asText().isBlank()) {
                continue;
            }
            String shown = value.isNumber() ? German.money(value.decimalValue())
                    : value.asText().matches("\\d{4}-\\d{2}-\\d{2}") ? German.date(LocalDate.parse(value.asText()))
                            : value.asText();
            parts.add(lang.pick(detail[1], detail[2]) + ": " + shown);
        }
        return String.join(" · ", parts);
    }
}
