package de.souveraen.reporting.entry.budget;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.eventstore.text.German;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.ListPages;
import de.souveraen.reporting.entry.Refusal;
import de.souveraen.reporting.portal.PageModel;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The commitments (Mittelbindungen) of the budget year, filtered by line and status, each with its history and, for
 * the administration and while it is open, the links to change its amount or to release it.
 */
@Path("/budget/commitments")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"administration", "workgroup", "council"})
public class CommitmentsResource {
    private static final int SIZE = 500;
    static final Map<String, String[]> STATUS = Map.of("OPEN", new String[] {"offen", "open"},
            "SETTLED", new String[] {"beglichen", "settled"}, "RELEASED", new String[] {"freigegeben", "released"});

    private final ListPages pages;

    CommitmentsResource(ListPages pages) {
        this.pages = pages;
    }

    @GET
    public Uni<Response> commitments(@QueryParam("lang") String language, @QueryParam("lineCode") String lineCode,
            @QueryParam("status") String status) {
        Lang lang = Lang.of(language);
        Call call = pages.call(lang);
        int year = call.today().getYear();
        Map<String, String> filters = new LinkedHashMap<>();
        BudgetPages.put(filters, "lineCode", lineCode);
        BudgetPages.put(filters, "status", status != null && STATUS.containsKey(status) ? status : null);
        StringBuilder query = new StringBuilder("?size=" + SIZE);
        filters.forEach((k, v) -> query.append('&').append(k).append('=').append(BudgetPages.encode(v)));
        String heading = lang.pick("Mittelbindungen " + year, "Commitments " + year);
        String path = "/budget/commitments";
        return BudgetOptions.lines(call, year).chain(lines -> call.get("budget", "/api/budgets/" + year
                + "/commitments" + query).map(answer -> {
                    List<Form.Option> statuses = new ArrayList<>();
                    statuses.add(new Form.Option("", lang.pick("– alle –", "– all –"), true));
                    for (String s : List.of("OPEN", "SETTLED", "RELEASED")) {
                        statuses.add(new Form.Option(s, lang.pick(STATUS.get(s)[0], STATUS.get(s)[1]), false));
                    }
                    List<Form.Field> filterFields = List.of(
                            Form.Field.select("lineCode", lang.pick("Haushaltsposition", "Budget line"), null, false,
                                    lines).prefilled(filters.getOrDefault("lineCode", "")),
                            Form.Field.select("status", lang.pick("Stand", "Status"), null, false, statuses)
                                    .prefilled(filters.getOrDefault("status", "")));
                    if (!answer.ok()) {
                        return pages.list(lang, "/budget", path, heading, answer.status(), filterFields, null,
                                List.of(),
                                Refusal.german(answer.body()));
                    }
                    boolean administration = pages.has("administration");
                    List<List<String>> rows = new ArrayList<>();
                    List<List<PageModel.Link>> links = new ArrayList<>();
                    for (JsonNode c : answer.body().path("items")) {
                        String state = STATUS.containsKey(c.path("status").asText())
                                ? lang.pick(STATUS.get(c.path("status").asText())[0],
                                        STATUS.get(c.path("status").asText())[1]) : "–";
                        rows.add(List.of(German.date(LocalDate.parse(c.path("committedOn").asText())),
                                c.path("lineCode").asText(), BudgetPages.text(c, "vendor"),
                                BudgetPages.text(c, "reference"), German.money(c.path("amount").decimalValue()),
                                German.money(c.path("settled").decimalValue()),
                                German.money(c.path("open").decimalValue()), state));
                        String id = c.path("id").asText();
                        String reference = BudgetPages.text(c, "reference");
                        List<PageModel.Link> row = new ArrayList<>();
                        row.add(new PageModel.Link("/budget/journal/" + id + "?lang=" + BudgetPages.code(lang),
                                lang.pick("Verlauf", "History"), lang.pick("Verlauf der Mittelbindung ",
                                        "History of commitment ") + reference));
                        if (administration && c.path("status").asText().equals("OPEN")) {
                            String form = "/entry/budget/" + year + "/commitments/" + id;
                            row.add(new PageModel.Link(form + "/adjustment?lang=" + BudgetPages.code(lang),
                                    lang.pick("Ändern", "Change"), lang.pick("Mittelbindung ändern ",
                                            "Change commitment ") + reference));
                            row.add(new PageModel.Link(form + "/release?lang=" + BudgetPages.code(lang),
                                    lang.pick("Freigeben", "Release"), lang.pick("Mittelbindung freigeben ",
                                            "Release commitment ") + reference));
                        }
                        links.add(row);
                    }
                    PageModel.Table table = new PageModel.Table(heading, List.of(lang.pick("Datum", "Date"),
                            lang.pick("Position", "Line"), lang.pick("Auftragnehmer", "Contractor"),
                            lang.pick("Auftrag", "Order"), lang.pick("Auftragssumme", "Order amount"),
                            lang.pick("Beglichen", "Settled"), lang.pick("Offen", "Open"),
                            lang.pick("Stand", "Status"), lang.pick("Aktionen", "Actions")),
                            List.of(false, false, false, false, true, true, true, false, false), rows, links);
                    return pages.list(lang, "/budget", path, heading, 200, filterFields, table, List.of(), null);
                })).onFailure().recoverWithItem(e -> pages.list(lang, "/budget", path, heading, 503, null, null,
                        List.of(), ListPages.unreachable("budget", e, lang)));
    }
}
