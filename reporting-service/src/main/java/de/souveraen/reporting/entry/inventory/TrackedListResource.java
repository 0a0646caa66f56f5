package de.souveraen.reporting.entry.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.inventory.OpportunityCategory;
import de.souveraen.contracts.inventory.OpportunityStatus;
import de.souveraen.contracts.inventory.RiskCategory;
import de.souveraen.contracts.inventory.RiskStatus;
import de.souveraen.eventstore.text.German;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.ListPages;
import de.souveraen.reporting.entry.Refusal;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * "Risiken und Chancen": the risks and opportunities as the inventory service has them now, with the
 * administration's status forms, and a risk's history in words.
 */
@Path(TrackedListResource.PATH)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"administration", "workgroup", "council"})
public class TrackedListResource {
    static final String PATH = "/dependencies/tracked";

    private final ListPages pages;

    TrackedListResource(ListPages pages) {
        this.pages = pages;
    }

    @GET
    public Uni<Response> all(@QueryParam("lang") String language) {
        Lang lang = Lang.of(language);
        Call call = pages.call(lang);
        String heading = lang.pick("Risiken und Chancen", "Risks and opportunities");
        boolean administration = pages.has("administration");
        return call.get("inventory", "/api/risks").chain(risks -> call.get("inventory", "/api/opportunities")
                .map(opportunities -> {
                    if (!risks.ok() || !opportunities.ok()) {
                        return render(lang, PATH, heading, risks.ok() ? opportunities.status() : risks.status(),
                                List.of(), List.of(), Refusal.german(risks.ok() ? opportunities.body()
                                        : risks.body()));
                    }
                    List<List<String>> riskRows = new ArrayList<>();
                    List<List<PageModel.Link>> riskLinks = new ArrayList<>();
                    for (JsonNode r : risks.body()) {
                        String id = r.path("id").asText();
                        String title = r.path("details").path("title").asText();
                        riskRows.add(List.of(title, Dependencies.label(RiskCategory.class,
                                r.path("details").path("category"), lang), r.path("score").asText("–"),
                                Dependencies.label(RiskStatus.class, r.path("status"), lang)));
                        List<PageModel.Link> links = new ArrayList<>();
                        links.add(new PageModel.Link(PATH + "/risks/" + id + "/history?lang=" + code(lang),
                                lang.pick("Verlauf", "History"), lang.pick("Verlauf des Risikos: ", "History of the "
                                        + "risk: ") + title));
                        if (administration) {
                            links.add(new PageModel.Link("/entry/dependencies/risks/" + id + "/status?lang="
                                    + code(lang), lang.pick("Status ändern", "Change status"),
                                    lang.pick("Status ändern: ", "Change status: ") + title));
                        }
                        riskLinks.add(links);
                    }
                    List<List<String>> opportunityRows = new ArrayList<>();
                    List<List<PageModel.Link>> opportunityLinks = new ArrayList<>();
                    for (JsonNode o : opportunities.body()) {
                        String title = o.path("details").path("title").asText();
                        JsonNode savings = o.path("details").path("yearlySavings");
                        opportunityRows.add(List.of(title, Dependencies.label(OpportunityCategory.class,
                                o.path("details").path("category"), lang), savings.isMissingNode() || savings.isNull()
                                        ? "–" : German.money(new java.math.BigDecimal(savings.asText())),
                                Dependencies.label(OpportunityStatus.class, o.path("status"), lang)));
                        opportunityLinks.add(administration ? List.of(new PageModel.Link("/entry/dependencies/"
                                + "opportunities/" + o.path("id").asText() + "/status?lang=" + code(lang),
                                lang.pick("Status ändern", "Change status"), lang.pick("Status ändern: ",
                                        "Change status: ") + title)) : List.of());
                    }
                    List<PageModel.Table> tables = List.of(
                            new PageModel.Table(lang.pick("Risiken", "Risks"), List.of(lang.pick("Titel", "Title"),
                                    lang.pick("Art", "Kind"), lang.pick("Bewertung (1–25)", "Rating (1–25)"),
                                    lang.pick("Status", "Status"), lang.pick("Aktionen", "Actions")),
                                    List.of(false, false, true, false, false), riskRows, riskLinks),
                            new PageModel.Table(lang.pick("Chancen", "Opportunities"), List.of(lang.pick("Titel",
                                    "Title"), lang.pick("Art", "Kind"), lang.pick("Einsparung pro Jahr",
                                            "Savings per year"), lang.pick("Status", "Status"),
                                    lang.pick("Aktionen", "Actions")), List.of(false, false, true, false, false),
                                    opportunityRows, opportunityLinks));
                    return render(lang, PATH, heading, 200, tables, List.of(), null);
                })).onFailure().recoverWithItem(e -> render(lang, PATH, heading, 503, List.of(), List.of(),
                        ListPages.unreachable("inventory", e, lang)));
    }

    @GET
    @Path("/risks/{id}/history")
    public Uni<Response> riskHistory(@PathParam("id") UUID id, @QueryParam("lang") String language) {
        Lang lang = Lang.of(language);
        String path = PATH + "/risks/" + id + "/history";
        String heading = lang.pick("Verlauf eines Risikos", "History of a risk");
        List<PageModel.Link> back = List.of(new PageModel.Link(PATH + "?lang=" + code(lang), lang.pick(
                "Zurück zu den Risiken und Chancen", "Back to the risks and opportunities"), null));
        return pages.read(pages.call(lang), "inventory", "/api/risks/" + id + "/history", history -> {
            List<List<String>> rows = new ArrayList<>();
            for (JsonNode entry : history) {
                JsonNode c = entry.path("change");
                String type = ListPages.eventName(entry);
                String what;
                String details;
                if (type.equals("RiskStatusChanged")) {
                    what = lang.pick("Status geändert", "Status changed");
                    details = Dependencies.label(RiskStatus.class, c.path("from"), lang) + " → "
                            + Dependencies.label(RiskStatus.class, c.path("to"), lang)
                            + (c.path("note").asText("").isBlank() ? "" : " · " + lang.pick("Begründung: ",
                                    "Reason: ") + c.path("note").asText());
                } else {
                    JsonNode d = c.path("details");
                    what = type.equals("RiskRaised") ? lang.pick("Erfasst", "Recorded")
                            : lang.pick("Angaben geändert", "Details changed");
                    details = d.path("title").asText() + " · " + lang.pick("Wahrscheinlichkeit ", "Likelihood ")
                            + d.path("likelihood").asText("–") + " · " + lang.pick("Auswirkung ", "Impact ")
                            + d.path("impact").asText("–");
                }
                rows.add(ListPages.historyRow(entry, what, details));
            }
            return render(lang, path, heading, 200, List.of(ListPages.historyTable(heading, rows, lang)), back, null);
        }, (status, problem) -> render(lang, path, heading, status, List.of(), back, problem));
    }

    private Response render(Lang lang, String path, String heading, int status, List<PageModel.Table> tables,
            List<PageModel.Link> actions, String problem) {
        return pages.record(lang, "/dependencies", path, heading, status, ListPages.Record.of(tables, actions,
                lang.pick("Weiter", "More")), problem);
    }

    private static String code(Lang lang) {
        return lang.name().toLowerCase();
    }
}
