package de.souveraen.reporting.entry.workgroup;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.workgroup.Mandate;
import de.souveraen.contracts.workgroup.MeasureStatus;
import de.souveraen.contracts.workgroup.MemberRole;
import de.souveraen.contracts.workgroup.ProposalStatus;
import de.souveraen.contracts.workgroup.TrainingStatus;
import de.souveraen.contracts.workgroup.WorkgroupLabels;
import de.souveraen.eventstore.text.German;
import de.souveraen.reporting.entry.Call;
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
import java.util.List;
import java.util.function.BiFunction;

/**
 * The working group's members and trainings as the secretary keeps them ({@link MemberList}, {@link TrainingList}):
 * one line each with the forms its state allows. Read from the workgroup service with the person's token.
 */
public abstract class Records {
    static final String MEMBERS = "/workgroup/members";
    static final String TRAININGS = "/workgroup/trainings";
    static final String PROPOSALS = "/workgroup/proposals";

    protected final ListPages pages;

    protected Records(ListPages pages) {
        this.pages = pages;
    }

    protected static String label(Enum<?> value, Lang lang) {
        return lang == Lang.DE ? WorkgroupLabels.de(value) : WorkgroupLabels.en(value);
    }

    /** A line of a list: its cells and the actions on it. */
    record Row(List<String> cells, List<PageModel.Link> links) {
    }

    protected Uni<Response> table(Lang lang, String path, String api, String heading, List<String> headers,
            BiFunction<JsonNode, String, Row> row) {
        Call call = pages.call(lang);
        return pages.read(call, "workgroup", api, body -> {
            List<List<String>> rows = new ArrayList<>();
            List<List<PageModel.Link>> links = new ArrayList<>();
            for (JsonNode node : body) {
                Row r = row.apply(node, call.langQuery());
                rows.add(r.cells());
                links.add(r.links());
            }
            List<String> all = new ArrayList<>(headers);
            all.add(lang.pick("Aktionen", "Actions"));
            List<Boolean> numeric = all.stream().map(h -> false).toList();
            return page(lang, path, heading, null, 200, new PageModel.Table(heading, all, numeric, rows, links), null);
        }, (status, problem) -> page(lang, path, heading, null, status, null, problem));
    }

    /** The page {@code entry/list.html} with the table (or the problem) below the workgroup's navigation entry. */
    protected Response page(Lang lang, String path, String heading, String intro, int status, PageModel.Table table,
            String problem) {
        return pages.list(lang, "/workgroup", path, heading, intro, status, null, table, List.of(), problem);
    }

    /** The members with their affiliation and role today, and leaving. */
    @Path(MEMBERS)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("workgroup")
    public static class MemberList extends Records {

        MemberList(ListPages pages) {
            super(pages);
        }

        @GET
        public Uni<Response> members(@QueryParam("lang") String language) {
            Lang lang = Lang.of(language);
            return table(lang, MEMBERS, "/api/members", lang.pick("Mitglieder der Arbeitsgruppe",
                    "Members of the working group"), List.of(lang.pick("Name", "Name"),
                            lang.pick("Vertritt", "Represents"),
                            lang.pick("Rolle", "Role"), lang.pick("Mitglied", "Member")), (m, q) -> {
                        JsonNode period = m.path("periods").get(m.path("periods").size() - 1);
                        JsonNode affiliation = period.path("affiliation");
                        String name = m.path("person").path("givenName").asText() + " "
                                + m.path("person").path("familyName").asText();
                        String since = lang.pick("seit ", "since ") + German.date(LocalDate.parse(
                                m.path("periods").get(0).path("from").asText()))
                                + (m.path("to").isTextual() ? lang.pick(" bis ", " until ")
                                        + German.date(LocalDate.parse(m.path("to").asText())) : "");
                        String base = "/entry/workgroup/members/" + m.path("memberId").asText();
                        List<PageModel.Link> links = new ArrayList<>();
                        links.add(new PageModel.Link(base + "/person" + q, lang.pick("Person", "Person"),
                                lang.pick("Angaben zur Person ändern: ", "Change the person's details: ") + name));
                        if (!m.path("to").isTextual()) {
                            links.add(new PageModel.Link(base + "/role" + q, lang.pick("Rolle", "Role"),
                                    lang.pick("Rolle ändern: ", "Change the role: ") + name));
                            links.add(new PageModel.Link(base + "/affiliation" + q, lang.pick("Fraktion",
                                    "Affiliation"),
                                    lang.pick("Fraktion wechseln: ", "Change the affiliation: ") + name));
                            links.add(new PageModel.Link(base + "/leave" + q, lang.pick("Ausscheiden", "Leave"),
                                    lang.pick("Ausscheiden erfassen: ", "Record leaving: ") + name));
                        }
                        return new Row(List.of(name, affiliation.path("faction").isTextual()
                                ? affiliation.path("faction").asText() : lang.pick("Verwaltung", "Administration"),
                                label(MemberRole.valueOf(period.path("role").asText()), lang), since), links);
                    });
        }
    }

    /** The trainings with their state: held, feedback and outcomes. */
    @Path(TRAININGS)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("workgroup")
    public static class TrainingList extends Records {

        TrainingList(ListPages pages) {
            super(pages);
        }

        @GET
        public Uni<Response> trainings(@QueryParam("lang") String language) {
            Lang lang = Lang.of(language);
            return table(lang, TRAININGS, "/api/trainings", lang.pick("Schulungen", "Trainings"), List.of(
                    lang.pick("Tag", "Day"), lang.pick("Titel", "Title"), lang.pick("Stand", "State"),
                    lang.pick("Teilnehmende", "Participants")), (t, q) -> {
                        TrainingStatus status = TrainingStatus.valueOf(t.path("status").asText());
                        String title = t.path("details").path("title").asText();
                        String base = "/entry/workgroup/trainings/" + t.path("trainingId").asText();
                        List<PageModel.Link> links = new ArrayList<>();
                        links.add(new PageModel.Link(TRAININGS + "/" + t.path("trainingId").asText() + "/history"
                                + q, lang.pick("Verlauf", "History"), lang.pick("Verlauf der Schulung: ",
                                        "History of the training: ") + title));
                        if (status == TrainingStatus.PLANNED) {
                            links.add(new PageModel.Link(base + "/held" + q, lang.pick("Durchgeführt", "Held"),
                                    lang.pick("Schulung als durchgeführt erfassen: ", "Record as held: ") + title));
                            links.add(new PageModel.Link(base + "/revision" + q, lang.pick("Ändern", "Revise"),
                                    lang.pick("Schulung ändern: ", "Revise the training: ") + title));
                            links.add(new PageModel.Link(base + "/cancellation" + q, lang.pick("Absagen", "Cancel"),
                                    lang.pick("Schulung absagen: ", "Cancel the training: ") + title));
                        }
                        if (status == TrainingStatus.HELD) {
                            links.add(new PageModel.Link(base + "/feedback" + q, lang.pick("Rückmeldungen",
                                    "Feedback"),
                                    lang.pick("Rückmeldungen erfassen: ", "Record feedback: ") + title));
                            links.add(new PageModel.Link(base + "/outcomes" + q, lang.pick("Ergebnisse", "Outcomes"),
                                    lang.pick("Ergebnisse erfassen: ", "Record outcomes: ") + title));
                        }
                        return new Row(List.of(German.date(LocalDate.parse(t.path("details").path("date").asText())),
                                title, label(status, lang), status == TrainingStatus.HELD
                                        ? String.valueOf(t.path("participants").asInt()) : "–"), links);
                    });
        }

        /** Who changed the training when, and how, in words. */
        @GET
        @Path("/{id}/history")
        public Uni<Response> history(@PathParam("id") java.util.UUID id, @QueryParam("lang") String language) {
            Lang lang = Lang.of(language);
            String path = TRAININGS + "/" + id + "/history";
            String heading = lang.pick("Verlauf einer Schulung", "History of a training");
            List<PageModel.Link> back = List.of(new PageModel.Link(TRAININGS + "?lang=" + lang.name().toLowerCase(),
                    lang.pick("Zurück zu den Schulungen", "Back to the trainings"), null));
            return pages.read(pages.call(lang), "workgroup", "/api/trainings/" + id + "/history", entries -> pages
                    .list(lang, "/workgroup", path, heading, null, 200, null, ListPages.historyTable(heading,
                            WorkgroupHistory.rows(entries, lang), lang), back, null),
                    (status, problem) -> pages.list(lang, "/workgroup", path, heading, null, status, null, null,
                            back, problem));
        }
    }

    /** The proposals with their state: revise and withdraw while not decided. */
    @Path(PROPOSALS)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("workgroup")
    public static class ProposalList extends Records {

        ProposalList(ListPages pages) {
            super(pages);
        }

        @GET
        public Uni<Response> proposals(@QueryParam("lang") String language) {
            Lang lang = Lang.of(language);
            return table(lang, PROPOSALS, "/api/proposals", lang.pick("Vorlagen", "Proposals"), List.of(
                    lang.pick("Titel", "Title"), lang.pick("Stand", "State")), (p, q) -> {
                        ProposalStatus status = ProposalStatus.valueOf(p.path("status").asText());
                        String title = p.path("title").asText();
                        String base = "/entry/workgroup/proposals/" + p.path("proposalId").asText();
                        List<PageModel.Link> links = new ArrayList<>();
                        if (status == ProposalStatus.OPEN || status == ProposalStatus.ON_AGENDA) {
                            links.add(new PageModel.Link(base + "/revision" + q, lang.pick("Überarbeiten", "Revise"),
                                    lang.pick("Vorlage überarbeiten: ", "Revise the proposal: ") + title));
                            links.add(new PageModel.Link(base + "/withdrawal" + q, lang.pick("Zurückziehen",
                                    "Withdraw"), lang.pick("Vorlage zurückziehen: ", "Withdraw the proposal: ")
                                            + title));
                        }
                        return new Row(List.of(title, label(status, lang)), links);
                    });
        }
    }

    /** The programme's measures with progress and late milestones, and the forms each measure's state allows. */
    @Path(Measures.LIST)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("workgroup")
    public static class MeasureList extends Records {

        MeasureList(ListPages pages) {
            super(pages);
        }

        @GET
        public Uni<Response> measures(@QueryParam("lang") String language) {
            Lang lang = Lang.of(language);
            return table(lang, Measures.LIST, "/api/measures", lang.pick("Maßnahmen", "Measures"), List.of(
                    lang.pick("Maßnahme", "Measure"), lang.pick("Verantwortlich", "Responsible"),
                    lang.pick("Stand", "State"), lang.pick("Fortschritt", "Progress")), (m, q) -> {
                        MeasureStatus status = MeasureStatus.valueOf(m.path("status").asText());
                        String title = m.path("details").path("title").asText();
                        String base = "/entry/workgroup/measures/" + m.path("measureId").asText();
                        List<PageModel.Link> links = new ArrayList<>();
                        if (status == MeasureStatus.ACTIVE) {
                            links.add(new PageModel.Link(base + "/revision" + q, lang.pick("Ändern", "Revise"),
                                    lang.pick("Maßnahme ändern: ", "Revise the measure: ") + title));
                            links.add(new PageModel.Link(base + "/milestones/new" + q, lang.pick("Meilenstein",
                                    "Milestone"), lang.pick("Meilenstein planen: ", "Plan a milestone: ") + title));
                            for (JsonNode ms : m.path("milestones")) {
                                String state = ms.path("state").asText();
                                if (state.equals("OPEN") || state.equals("LATE")) {
                                    String milestone = ms.path("title").asText();
                                    String at = base + "/milestones/" + ms.path("milestoneId").asText();
                                    links.add(new PageModel.Link(at + "/reached" + q, lang.pick("Erreicht: ",
                                            "Reached: ") + milestone, lang.pick("Meilenstein als erreicht erfassen: ",
                                                    "Record the milestone as reached: ") + milestone));
                                    links.add(new PageModel.Link(at + "/dropped" + q, lang.pick("Aufgeben: ",
                                            "Drop: ") + milestone, lang.pick("Meilenstein aufgeben: ",
                                                    "Drop the milestone: ") + milestone));
                                }
                            }
                            links.add(new PageModel.Link(base + "/closure" + q, lang.pick("Abschließen", "Close"),
                                    lang.pick("Maßnahme abschließen: ", "Close the measure: ") + title));
                        }
                        int late = m.path("late").asInt();
                        String progress = m.path("progress").asInt() + " %" + (late == 0 ? "" : lang.pick(
                                " · " + late + " im Verzug", " · " + late + " late"));
                        return new Row(List.of(title + " (" + label(Mandate.valueOf(m.path("details")
                                .path("mandate").asText()), lang) + ")", m.path("details").path("responsible")
                                        .asText("–"), label(status, lang), progress), links);
                    });
        }
    }
}
