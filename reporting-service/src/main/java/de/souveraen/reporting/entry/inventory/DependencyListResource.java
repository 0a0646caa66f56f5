package de.souveraen.reporting.entry.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.contracts.inventory.SovereigntyObjective;
import de.souveraen.contracts.inventory.SovereigntyQuestions;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * "Abhängigkeiten bearbeiten und bewerten": the register as the inventory service has it now (read with the
 * person's token, so a change shows at once), with the actions of each dependency for the administration; and one
 * dependency's page with its migration state and latest assessment (score, SEAL level, SDS label and the level of
 * every objective), where the assessment and migration forms lead after saving.
 */
@Path(Dependencies.LIST)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"administration", "workgroup", "council"})
public class DependencyListResource {
    private static final java.util.function.Function<Lang, String> INTRO = lang -> lang.pick("Die Abhängigkeiten, "
            + "wie das Inventar sie jetzt führt; Änderungen zeigen sich hier sofort.", "The dependencies as the "
                    + "inventory holds them now; changes show here at once.");
    private final ListPages pages;

    DependencyListResource(ListPages pages) {
        this.pages = pages;
    }

    /** The page of the dependency {@code {id}} of a form's call, with the language; a query follows with {@code &}. */
    static String detail(Call call) {
        return Dependencies.LIST + "/" + call.param("id") + call.langQuery();
    }

    @GET
    public Uni<Response> all(@QueryParam("lang") String language) {
        Lang lang = Lang.of(language);
        String heading = lang.pick("Abhängigkeiten bearbeiten und bewerten", "Edit and assess dependencies");
        boolean administration = pages.has("administration");
        return pages.read(pages.call(lang), "inventory", "/api/dependencies?size=500", body -> {
            List<List<String>> rows = new ArrayList<>();
            List<List<PageModel.Link>> links = new ArrayList<>();
            for (JsonNode d : body.path("items")) {
                String id = d.path("id").asText();
                String name = Dependencies.title(d);
                rows.add(List.of(d.path("name").asText(), d.path("vendor").asText(),
                        Dependencies.label(MigrationStatus.class, d.path("status"), lang),
                        score(d.path("sovereigntyScore"), lang), seal(d), sds(d.path("sds"), lang)));
                List<PageModel.Link> row = new ArrayList<>();
                row.add(new PageModel.Link(Dependencies.LIST + "/" + id + "?lang=" + code(lang),
                        lang.pick("Ansehen", "View"), lang.pick("Ansehen: ", "View: ") + name));
                row.add(new PageModel.Link(Dependencies.LIST + "/" + id + "/history?lang=" + code(lang),
                        lang.pick("Verlauf", "History"), lang.pick("Verlauf: ", "History: ") + name));
                if (administration) {
                    row.add(new PageModel.Link(entry(id, "edit", lang), lang.pick("Bearbeiten", "Edit"),
                            lang.pick("Bearbeiten: ", "Edit: ") + name));
                    row.add(new PageModel.Link(entry(id, "assessment", lang), lang.pick("Bewerten", "Assess"),
                            lang.pick("Bewerten: ", "Assess: ") + name));
                    if (!d.path("nextSteps").isEmpty()) {
                        row.add(new PageModel.Link(entry(id, "status", lang), lang.pick("Nächster Schritt",
                                "Next step"), lang.pick("Nächster Migrationsschritt: ", "Next migration step: ")
                                        + name));
                    }
                }
                links.add(row);
            }
            PageModel.Table table = new PageModel.Table(heading, List.of(lang.pick("Name", "Name"),
                    lang.pick("Anbieter", "Vendor"), lang.pick("Migrationsstand", "Migration state"),
                    lang.pick("Punktzahl", "Score"), lang.pick("SEAL-Stufe", "SEAL level"),
                    lang.pick("SDS-Einstufung", "SDS label"), lang.pick("Aktionen", "Actions")),
                    List.of(false, false, false, true, true, false, false), rows, links);
            return listPage(lang, Dependencies.LIST, heading, INTRO.apply(lang), 200, table, List.of(), null);
        }, (status, problem) -> listPage(lang, Dependencies.LIST, heading, INTRO.apply(lang), status, null,
                List.of(), problem));
    }

    @GET
    @Path("/{id}")
    public Uni<Response> dependency(@PathParam("id") UUID id, @QueryParam("lang") String language) {
        Lang lang = Lang.of(language);
        String path = Dependencies.LIST + "/" + id;
        String fallback = lang.pick("Abhängigkeit", "Dependency");
        return pages.read(pages.call(lang), "inventory", "/api/dependencies/" + id, d -> {
            List<List<String>> facts = new ArrayList<>();
            facts.add(List.of(lang.pick("Anbieter", "Vendor"), d.path("vendor").asText()));
            facts.add(List.of(lang.pick("Mutterkonzern", "Ultimate parent company"), d.path("parentCompany").isTextual()
                    ? d.path("parentCompany").asText() + " (" + country(d.path("parentCountry").asText(), lang) + ")"
                    : lang.pick("– nicht erfasst –", "– not recorded –")));
            facts.add(List.of(lang.pick("Rechtsrahmen", "Legal framework"), law(d.path("jurisdiction"), lang)));
            if (!d.path("vendorJurisdiction").path("country").asText().equals(
                    d.path("jurisdiction").path("country").asText())) {
                facts.add(List.of(lang.pick("Rechtsrahmen des Vertragspartners", "Contracting vendor's framework"),
                        law(d.path("vendorJurisdiction"), lang)));
            }
            facts.add(List.of(lang.pick("Migrationsstand", "Migration state"),
                    Dependencies.label(MigrationStatus.class, d.path("status"), lang)));
            List<String> next = new ArrayList<>();
            d.path("nextSteps").forEach(s -> next.add(Dependencies.label(MigrationStatus.valueOf(s.asText()), lang)));
            facts.add(List.of(lang.pick("Mögliche nächste Schritte", "Possible next steps"),
                    next.isEmpty() ? "–" : String.join(", ", next)));
            facts.add(List.of(lang.pick("Punktzahl (0–100)", "Score (0–100)"),
                    score(d.path("sovereigntyScore"), lang)));
            facts.add(List.of(lang.pick("SEAL-Stufe (schwächstes Ziel)", "SEAL level (weakest objective)"), seal(d)));
            facts.add(List.of(lang.pick("SDS-Einstufung", "SDS label"), sds(d.path("sds"), lang)));
            JsonNode latest = d.path("latestAssessment");
            List<PageModel.Table> tables = new ArrayList<>();
            if (latest.isObject()) {
                facts.add(List.of(lang.pick("Bewertet am", "Assessed on"),
                        German.date(LocalDate.parse(latest.path("assessedOn").asText()))));
                facts.add(List.of(lang.pick("Begründung", "Rationale"), latest.path("rationale").asText("–")));
                List<List<String>> rows = new ArrayList<>();
                for (SovereigntyObjective objective : SovereigntyObjective.values()) {
                    SovereigntyQuestions.Question q = SovereigntyQuestions.of(objective);
                    JsonNode level = latest.path("scores").path(objective.name());
                    rows.add(List.of(objective.code() + " " + lang.pick(q.nameDe(), q.nameEn()),
                            objective.weight() + " %", level.isInt() ? String.valueOf(level.asInt()) : "–",
                            level.isInt() ? q.levelsDe().get(level.asInt()) : "–"));
                }
                tables.add(new PageModel.Table(lang.pick("Letzte Bewertung je Ziel",
                        "Latest assessment by objective"), List.of(lang.pick("Ziel", "Objective"),
                                lang.pick("Gewicht", "Weight"), lang.pick("Stufe", "Level"),
                                lang.pick("Bedeutung", "Meaning")), List.of(false, true, true, false), rows));
            }
            boolean administration = pages.has("administration");
            List<List<String>> alternatives = new ArrayList<>();
            List<List<PageModel.Link>> evaluate = new ArrayList<>();
            for (JsonNode a : d.path("alternatives")) {
                alternatives.add(List.of(a.path("name").asText(), Dependencies.label(
                        de.souveraen.contracts.inventory.EvaluationState.class, a.path("state"), lang),
                        a.path("reason").asText("–"), economics(a, lang)));
                String alternativePath = id + "/alternatives/" + a.path("id").asText();
                evaluate.add(administration ? List.of(new PageModel.Link(entry(alternativePath, "evaluation", lang),
                        lang.pick("Bewerten", "Evaluate"), lang.pick("Alternative bewerten: ",
                                "Evaluate the alternative: ") + a.path("name").asText()),
                        new PageModel.Link(entry(alternativePath, "costing", lang), lang.pick("Wirtschaftlichkeit",
                                "Economics"), lang.pick("Wirtschaftlichkeit berechnen: ", "Cost the alternative: ")
                                        + a.path("name").asText()))
                        : List.of());
            }
            List<String> headers = new ArrayList<>(List.of(lang.pick("Alternative", "Alternative"),
                    lang.pick("Stand", "State"), lang.pick("Begründung", "Reason"),
                    lang.pick("Wirtschaftlich tragfähig", "Economically viable")));
            if (administration) {
                headers.add(lang.pick("Aktionen", "Actions"));
            }
            tables.add(new PageModel.Table(lang.pick("Alternativen", "Alternatives"), headers,
                    List.of(false, false, false, false, false), alternatives, administration ? evaluate : null));
            List<PageModel.Link> actions = new ArrayList<>();
            if (administration) {
                String key = id.toString();
                actions.add(new PageModel.Link(entry(key + "/alternatives", "new", lang), lang.pick(
                        "Alternative vorschlagen", "Propose an alternative"), null));
                actions.add(new PageModel.Link(entry(key, "edit", lang), lang.pick("Bearbeiten", "Edit"), null));
                actions.add(new PageModel.Link(entry(key, "assessment", lang), lang.pick("Souveränität bewerten",
                        "Assess sovereignty"), null));
                if (!next.isEmpty()) {
                    actions.add(new PageModel.Link(entry(key, "status", lang), lang.pick("Nächster Migrationsschritt",
                            "Next migration step"), null));
                }
            }
            actions.add(new PageModel.Link(Dependencies.LIST + "/" + id + "/impact?lang=" + code(lang),
                    lang.pick("Beziehungen und Auswirkungen", "Relations and impact"), null));
            actions.add(new PageModel.Link(Dependencies.LIST + "/" + id + "/history?lang=" + code(lang),
                    lang.pick("Verlauf", "History"), null));
            actions.add(new PageModel.Link(Dependencies.LIST + "?lang=" + code(lang), lang.pick(
                    "Zurück zur Liste", "Back to the list"), null));
            return pages.record(lang, "/dependencies", path, d.path("name").asText(), 200, new ListPages.Record(facts,
                    null, null, tables, actions, null), null);
        }, (status, problem) -> pages.record(lang, "/dependencies", path, fallback, status, null, problem));
    }

    /**
     * "Beziehungen und Auswirkungen": what the dependency runs on or needs, what runs on or needs it, and everything
     * a change of it touches, directly or through others, with the users and yearly cost concerned.
     */
    @GET
    @Path("/{id}/impact")
    public Uni<Response> impact(@PathParam("id") UUID id, @QueryParam("lang") String language) {
        Lang lang = Lang.of(language);
        String path = Dependencies.LIST + "/" + id + "/impact";
        String fallback = lang.pick("Beziehungen und Auswirkungen", "Relations and impact");
        List<PageModel.Link> actions = List.of(new PageModel.Link(Dependencies.LIST + "/" + id + "?lang="
                + code(lang), lang.pick("Zurück zur Abhängigkeit", "Back to the dependency"), null));
        return pages.read(pages.call(lang), "inventory", "/api/dependencies/" + id + "/impact", r -> {
            List<List<String>> facts = new ArrayList<>();
            facts.add(List.of(lang.pick("Betroffene Abhängigkeiten", "Dependencies touched"),
                    German.integer(r.path("dependencies").asLong())));
            facts.add(List.of(lang.pick("Größte Tiefe", "Greatest depth"), German.integer(r.path("maxDepth").asLong())));
            facts.add(List.of(lang.pick("Betroffene Nutzende", "Users touched"), German.integer(r.path("users").asLong())));
            facts.add(List.of(lang.pick("Jahreskosten der betroffenen Abhängigkeiten", "Yearly cost touched"),
                    German.money(r.path("annualCost").decimalValue())));
            List<PageModel.Table> tables = new ArrayList<>();
            tables.add(related(lang.pick("Läuft auf / benötigt", "Runs on / needs"), r.path("uses"), lang, false));
            tables.add(related(lang.pick("Genutzt von", "Used by"), r.path("usedBy"), lang, true));
            List<List<String>> rows = new ArrayList<>();
            List<List<PageModel.Link>> links = new ArrayList<>();
            for (JsonNode t : r.path("touched")) {
                rows.add(List.of(t.path("name").asText(), t.path("vendor").asText(),
                        German.integer(t.path("depth").asLong()),
                        relationVia(t, lang), German.integer(t.path("users").asLong()),
                        German.money(t.path("annualCost").decimalValue())));
                links.add(List.of(new PageModel.Link(Dependencies.LIST + "/" + t.path("id").asText() + "?lang="
                        + code(lang), lang.pick("Ansehen", "View"), lang.pick("Ansehen: ", "View: ")
                                + t.path("name").asText())));
            }
            tables.add(new PageModel.Table(lang.pick("Von einer Änderung betroffen", "Touched by a change"),
                    List.of(lang.pick("Name", "Name"), lang.pick("Anbieter", "Vendor"), lang.pick("Tiefe", "Depth"),
                            lang.pick("Über", "Through"), lang.pick("Nutzende", "Users"),
                            lang.pick("Jahreskosten", "Yearly cost"), lang.pick("Aktionen", "Actions")),
                    List.of(false, false, true, false, true, true, false), rows, links));
            return pages.record(lang, "/dependencies", path, lang.pick("Beziehungen und Auswirkungen: ",
                    "Relations and impact: ") + r.path("name").asText(), 200, new ListPages.Record(facts,
                            null, null, tables, actions, null), null);
        }, (status, problem) -> pages.record(lang, "/dependencies", path, fallback, status, null, problem));
    }

    private static PageModel.Table related(String caption, JsonNode related, Lang lang, boolean inverse) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode r : related) {
            rows.add(List.of(relation(r.path("relation").asText(), inverse, lang), r.path("name").asText(),
                    r.path("vendor").asText(), Dependencies.label(MigrationStatus.class, r.path("status"), lang)));
        }
        return new PageModel.Table(caption, List.of(lang.pick("Beziehung", "Relation"), lang.pick("Name", "Name"),
                lang.pick("Anbieter", "Vendor"), lang.pick("Migrationsstand", "Migration state")),
                List.of(false, false, false, false), rows);
    }

    /** A relation in words, as recorded ("Läuft auf") or seen from its target ("Trägt"). */
    private static String relation(String type, boolean inverse, Lang lang) {
        boolean runsOn = "RUNS_ON".equals(type);
        if (inverse) {
            return runsOn ? lang.pick("Trägt", "Carries") : lang.pick("Wird benötigt von", "Needed by");
        }
        return runsOn ? lang.pick("Läuft auf", "Runs on") : lang.pick("Benötigt", "Needs");
    }

    private static String relationVia(JsonNode touched, Lang lang) {
        boolean runsOn = "RUNS_ON".equals(touched.path("relation").asText());
        return (runsOn ? lang.pick("läuft auf ", "runs on ") : lang.pick("benötigt ", "needs "))
                + touched.path("viaName").asText();
    }

    /** "ja – Einsparung 55.400,00 € in 3 Jahren" or "nein – Mehrkosten …", or "nicht berechnet". */
    static String economics(JsonNode alternative, Lang lang) {
        JsonNode c = alternative.path("costing");
        if (!c.isObject()) {
            return lang.pick("nicht berechnet", "not costed");
        }
        java.math.BigDecimal savings = c.path("savings").decimalValue();
        String years = German.integer(c.path("years").asLong());
        String figures = lang.pick(" (einmalig ", " (one-off ") + German.money(c.path("migrationCost").decimalValue())
                + lang.pick(", jährlich ", ", yearly ") + German.money(c.path("annualCost").decimalValue())
                + lang.pick(", Schulung ", ", training ") + German.money(c.path("trainingCost").decimalValue())
                + (c.path("trainingDays").isNumber() ? " / " + German.decimal(c.path("trainingDays").decimalValue(), 1)
                        + lang.pick(" Personentage", " person-days") : "")
                + lang.pick("; heute jährlich ", "; today yearly ")
                + German.money(c.path("currentAnnualCost").decimalValue()) + ")";
        return savings.signum() >= 0
                ? lang.pick("ja – Einsparung ", "yes – savings ") + German.money(savings) + lang.pick(" in ", " over ")
                        + years + lang.pick(" Jahren", " years") + figures
                : lang.pick("nein – Mehrkosten ", "no – extra cost ") + German.money(savings.negate())
                        + lang.pick(" in ", " over ") + years + lang.pick(" Jahren", " years") + figures;
    }

    /** The law a dependency is subject to, in words: "CLOUD Act (Vereinigte Staaten)", "EU-Recht (Irland)". */
    static String law(JsonNode flags, Lang lang) {
        if (!flags.isObject()) {
            return "–";
        }
        String country = country(flags.path("country").asText(), lang);
        if (flags.path("extraterritorialAccessLaw").asBoolean()) {
            return ("US".equals(flags.path("country").asText()) ? "CLOUD Act"
                    : lang.pick("Zugriffsgesetz eines Drittstaats", "Third-country access law")) + " (" + country + ")";
        }
        if (flags.path("eu").asBoolean()) {
            return lang.pick("EU-Recht", "EU law") + " (" + country + ")";
        }
        return lang.pick("Nicht-EU-Recht", "Non-EU law") + " (" + country + ")";
    }

    private static String country(String code, Lang lang) {
        return de.souveraen.reporting.report.ExposureSection.countryName(code, lang.locale());
    }

    /** Who changed the dependency when, and how, in words. */
    @GET
    @Path("/{id}/history")
    public Uni<Response> history(@PathParam("id") UUID id, @QueryParam("lang") String language) {
        Lang lang = Lang.of(language);
        String path = Dependencies.LIST + "/" + id + "/history";
        String heading = lang.pick("Verlauf einer Abhängigkeit", "History of a dependency");
        List<PageModel.Link> back = List.of(new PageModel.Link(Dependencies.LIST + "/" + id + "?lang=" + code(lang),
                lang.pick("Zurück zur Abhängigkeit", "Back to the dependency"), null));
        return pages.read(pages.call(lang), "inventory", "/api/dependencies/" + id + "/history",
                history -> listPage(lang, path, heading, null, 200, ListPages.historyTable(heading,
                        DependencyHistory.rows(history, lang), lang), back, null),
                (status, problem) -> listPage(lang, path, heading, null, status, null, back, problem));
    }

    /**
     * The questionnaire's result so far, for its script: {@code ?SOV1=3&SOV2=…}; with every objective answered the
     * inventory service computes score, SEAL level and SDS label (nothing is stored), else how many are still open.
     */
    @GET
    @Path("/preview")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Map<String, String>> preview(@QueryParam("lang") String language,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        Lang lang = Lang.of(language);
        Map<String, Integer> scores = new java.util.LinkedHashMap<>();
        for (SovereigntyObjective objective : SovereigntyObjective.values()) {
            String level = uri.getQueryParameters().getFirst(objective.name());
            if (level != null && level.matches("[0-4]")) {
                scores.put(objective.name(), Integer.valueOf(level));
            }
        }
        int open = SovereigntyObjective.values().length - scores.size();
        if (open > 0) {
            return Uni.createFrom().item(Map.of("text", lang.pick("Noch " + open + " von 8 Fragen offen; dann "
                    + "zeigt sich hier das Ergebnis.", open + " of 8 questions still open; then the result shows "
                            + "here.")));
        }
        Call call = pages.call(lang);
        return call.client().send("POST", call.uri("inventory", "/api/dependencies/assessments/preview"), call.token(),
                Map.of(), Map.of("scores", scores)).map(answer -> {
                    if (!answer.ok()) {
                        return Map.of("text", Refusal.german(answer.body()));
                    }
                    JsonNode r = answer.body();
                    return Map.of("text", lang.pick("Ergebnis nach Ihren Antworten: ", "Result of your answers: ")
                            + score(r.path("score"), lang) + lang.pick(" von 100 Punkten · ", " of 100 points · ")
                            + "SEAL-" + r.path("sealLevel").asInt() + " · " + sds(r.path("sds"), lang));
                });
    }

    private static String score(JsonNode score, Lang lang) {
        return score.isMissingNode() || score.isNull() ? lang.pick("nicht bewertet", "not assessed")
                : German.decimal(new java.math.BigDecimal(score.asText()), 2);
    }

    private static String seal(JsonNode d) {
        return d.path("sealLevel").isInt() ? "SEAL-" + d.path("sealLevel").asInt() : "–";
    }

    private static String sds(JsonNode step, Lang lang) {
        if (!step.isInt()) {
            return "–";
        }
        var label = de.souveraen.contracts.inventory.InventoryLabels.sds(step.asInt());
        return "SDS " + step.asInt() + " – " + lang.pick(label.de(), label.en());
    }

    private static String entry(String id, String form, Lang lang) {
        return "/entry/dependencies/" + id + "/" + form + "?lang=" + code(lang);
    }

    private Response listPage(Lang lang, String path, String heading, String intro, int status,
            PageModel.Table table, List<PageModel.Link> links, String problem) {
        return pages.list(lang, "/dependencies", path, heading, intro, status, null, table, links, problem);
    }

    private static String code(Lang lang) {
        return lang.name().toLowerCase();
    }
}
