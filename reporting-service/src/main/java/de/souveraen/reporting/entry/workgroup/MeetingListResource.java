package de.souveraen.reporting.entry.workgroup;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.workgroup.ActionItemStatus;
import de.souveraen.contracts.workgroup.DecisionOutcome;
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
import java.util.Set;
import java.util.UUID;

/**
 * The working group's meetings as the secretary records them: one line per meeting and one per agenda item, each
 * with the forms its state allows (invite, add an item, attendance, held, vote, decision, minutes, cancel). Read
 * from the workgroup service with the person's token; the service decides again whether a step is allowed.
 */
@Path(Meetings.LIST)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("workgroup")
public class MeetingListResource extends Records {
    private static final Set<String> BEFORE = Set.of("SCHEDULED", "INVITED");
    private static final Set<String> OPEN = Set.of("SCHEDULED", "INVITED", "HELD");

    MeetingListResource(ListPages pages) {
        super(pages);
    }

    @GET
    public Uni<Response> meetings(@QueryParam("lang") String language) {
        Lang lang = Lang.of(language);
        Call call = pages.call(lang);
        String heading = lang.pick("Sitzungen der Arbeitsgruppe", "Meetings of the working group");
        return pages.read(call, "workgroup", "/api/meetings", body -> {
            List<List<String>> rows = new ArrayList<>();
            List<List<PageModel.Link>> links = new ArrayList<>();
            for (JsonNode meeting : body) {
                String id = meeting.path("meetingId").asText();
                String title = meeting.path("title").asText();
                String status = meeting.path("status").asText();
                String base = "/entry/workgroup/meetings/" + id;
                String q = call.langQuery();
                rows.add(List.of(German.date(Meetings.day(meeting)), title, Meetings.status(meeting, lang)));
                List<PageModel.Link> row = new ArrayList<>();
                row.add(link(Meetings.LIST + "/" + id + q, lang.pick("Ansehen", "View"),
                        lang.pick("Sitzung ansehen: ", "View the meeting: ") + title));
                row.add(link(Meetings.LIST + "/" + id + "/history" + q, lang.pick("Verlauf", "History"),
                        lang.pick("Verlauf der Sitzung: ", "History of the meeting: ") + title));
                if (status.equals("SCHEDULED")) {
                    row.add(link(base + "/invitations" + q, lang.pick("Einladen", "Invite"),
                            lang.pick("Einladung versenden: ", "Send the invitations: ") + title));
                }
                if (OPEN.contains(status)) {
                    row.add(link(base + "/agenda-items/new" + q, lang.pick("TOP hinzufügen", "Add item"),
                            lang.pick("Tagesordnungspunkt hinzufügen: ", "Add an agenda item: ") + title));
                    row.add(link(base + "/attendance" + q, lang.pick("Anwesenheit", "Attendance"),
                            lang.pick("Anwesenheit erfassen: ", "Record attendance: ") + title));
                }
                if (status.equals("INVITED")) {
                    row.add(link(base + "/held" + q, lang.pick("Durchgeführt", "Held"),
                            lang.pick("Sitzung als durchgeführt erfassen: ", "Record as held: ") + title));
                }
                if (BEFORE.contains(status)) {
                    row.add(link(base + "/rescheduling" + q, lang.pick("Verlegen", "Reschedule"),
                            lang.pick("Sitzung verlegen: ", "Reschedule the meeting: ") + title));
                    if (meeting.path("agenda").path("items").size() > 1) {
                        row.add(link(base + "/agenda-order" + q, lang.pick("TOPs umstellen", "Reorder"),
                                lang.pick("Tagesordnung umstellen: ", "Reorder the agenda: ") + title));
                    }
                    row.add(link(base + "/cancellation" + q, lang.pick("Absagen", "Cancel"),
                            lang.pick("Sitzung absagen: ", "Cancel the meeting: ") + title));
                }
                if (status.equals("HELD")) {
                    row.add(link(base + "/minutes" + q, lang.pick("Niederschrift schreiben", "Write minutes"),
                            lang.pick("Niederschrift schreiben: ", "Write the minutes: ") + title));
                    if (!meeting.path("quorumLacking").asBoolean()) {
                        row.add(link(base + "/quorum-lack" + q, lang.pick("Beschlussunfähig", "Quorum lacking"),
                                lang.pick("Beschlussunfähigkeit feststellen: ", "Record the lack of quorum: ")
                                        + title));
                    }
                    row.add(link(base + "/action-items/new" + q, lang.pick("Aufgabe vergeben", "Assign action"),
                            lang.pick("Aufgabe vergeben: ", "Assign an action item: ") + title));
                    row.add(link(base + "/minutes-approval" + q, lang.pick("Niederschrift genehmigen",
                            "Approve minutes"), lang.pick("Niederschrift genehmigen: ", "Approve the minutes: ")
                                    + title));
                }
                links.add(row);
                int number = 1;
                for (JsonNode item : meeting.path("agenda").path("items")) {
                    String itemTitle = lang.pick("TOP ", "Item ") + number++ + ": " + item.path("title").asText();
                    JsonNode decision = item.path("decision");
                    rows.add(List.of("", itemTitle, decision.isObject() ? decisionText(decision, lang)
                            : votes(item, lang)));
                    List<PageModel.Link> itemLinks = new ArrayList<>();
                    String itemBase = base + "/agenda-items/" + item.path("id").asText();
                    itemLinks.add(link(Meetings.LIST + "/" + id + "/agenda-items/" + item.path("id").asText()
                            + "/history" + q, lang.pick("Verlauf", "History"), lang.pick("Verlauf: ", "History: ")
                                    + title + ", " + itemTitle));
                    if (BEFORE.contains(status)) {
                        itemLinks.add(link(itemBase + "/removal" + q, lang.pick("Streichen", "Remove"),
                                lang.pick("Tagesordnungspunkt streichen: ", "Remove the agenda item: ") + title + ", "
                                        + itemTitle));
                    }
                    if (status.equals("HELD") && !decision.isObject()) {
                        itemLinks.add(link(itemBase + "/vote" + q, lang.pick("Abstimmung", "Vote"),
                                lang.pick("Abstimmung erfassen: ", "Record a vote: ") + title + ", " + itemTitle));
                        itemLinks.add(link(itemBase + "/decision" + q, lang.pick("Beschluss", "Decision"),
                                lang.pick("Beschluss erfassen: ", "Record a decision: ") + title + ", " + itemTitle));
                    }
                    links.add(itemLinks);
                }
                for (JsonNode action : meeting.path("actionItems")) {
                    ActionItemStatus state = ActionItemStatus.valueOf(action.path("status").asText());
                    String due = action.path("dueDate").isTextual() ? lang.pick(", bis ", ", due ")
                            + German.date(LocalDate.parse(action.path("dueDate").asText())) : "";
                    rows.add(List.of("", lang.pick("Aufgabe: ", "Action item: ") + action.path("title").asText(),
                            (lang == Lang.DE ? WorkgroupLabels.de(state) : WorkgroupLabels.en(state)) + due));
                    links.add(status.equals("HELD") || status.equals("MINUTES_APPROVED") ? List.of(link(base
                            + "/action-items/" + action.path("id").asText() + "/status" + q, lang.pick(
                                    "Stand ändern", "Change state"), lang.pick("Stand der Aufgabe ändern: ",
                                            "Change the state of: ") + action.path("title").asText())) : List.of());
                }
            }
            PageModel.Table table = new PageModel.Table(heading, List.of(lang.pick("Tag", "Day"),
                    lang.pick("Sitzung / Tagesordnungspunkt", "Meeting / agenda item"), lang.pick("Stand", "State"),
                    lang.pick("Aktionen", "Actions")), List.of(false, false, false, false), rows, links);
            return page(lang, heading, 200, table, null);
        }, (status, problem) -> page(lang, heading, status, null, problem));
    }

    /** One meeting: its facts, the minutes' text, the agenda with decisions, and the steps its state allows. */
    @GET
    @Path("/{id}")
    public Uni<Response> meeting(@PathParam("id") UUID id, @QueryParam("lang") String language) {
        Lang lang = Lang.of(language);
        String path = Meetings.LIST + "/" + id;
        String q = "?lang=" + lang.name().toLowerCase();
        String fallback = lang.pick("Sitzung", "Meeting");
        return pages.read(pages.call(lang), "workgroup", "/api/meetings/" + id, meeting -> {
            String status = meeting.path("status").asText();
            List<List<String>> facts = new ArrayList<>();
            facts.add(List.of(lang.pick("Termin und Ort", "Time and place"), Meetings.describe(meeting, lang)));
            facts.add(List.of(lang.pick("Öffentlich", "Public"), meeting.path("publicMeeting").asBoolean()
                    ? lang.pick("ja", "yes") : lang.pick("nein", "no")));
            if (meeting.path("quorumLacking").asBoolean()) {
                facts.add(List.of(lang.pick("Beschlussfähigkeit", "Quorum"), lang.pick(
                        "Beschlussunfähigkeit festgestellt", "Lack of quorum recorded")));
            }
            String minutes = meeting.path("minutes").isTextual() ? meeting.path("minutes").asText() : null;
            if (minutes == null) {
                facts.add(List.of(lang.pick("Niederschrift", "Minutes"), lang.pick("noch nicht geschrieben",
                        "not written yet")));
            }
            List<List<String>> items = new ArrayList<>();
            List<List<PageModel.Link>> itemLinks = new ArrayList<>();
            for (JsonNode item : meeting.path("agenda").path("items")) {
                String itemTitle = Meetings.itemTitle(meeting, item, lang);
                JsonNode decision = item.path("decision");
                items.add(List.of(itemTitle, decision.isObject() ? decisionText(decision, lang) + " · "
                        + decision.path("resolution").asText() : votes(item, lang)));
                itemLinks.add(List.of(link(path + "/agenda-items/" + item.path("id").asText() + "/history" + q,
                        lang.pick("Verlauf", "History"), lang.pick("Verlauf: ", "History: ") + itemTitle)));
            }
            PageModel.Table agenda = new PageModel.Table(lang.pick("Tagesordnung", "Agenda"), List.of(
                    lang.pick("Tagesordnungspunkt", "Agenda item"), lang.pick("Abstimmungen und Beschluss",
                            "Votes and decision"), lang.pick("Aktionen", "Actions")), List.of(false, false, false),
                    items, itemLinks);
            List<PageModel.Link> actions = new ArrayList<>();
            String entry = "/entry/workgroup/meetings/" + id;
            if (status.equals("HELD")) {
                actions.add(link(entry + "/minutes" + q, lang.pick("Niederschrift schreiben", "Write the minutes"),
                        null));
                if (!meeting.path("quorumLacking").asBoolean()) {
                    actions.add(link(entry + "/quorum-lack" + q, lang.pick("Beschlussunfähigkeit feststellen",
                            "Record the lack of quorum"), null));
                }
                actions.add(link(entry + "/minutes-approval" + q, lang.pick("Niederschrift genehmigen",
                        "Approve the minutes"), null));
            }
            actions.add(link(path + "/history" + q, lang.pick("Verlauf der Sitzung", "History of the meeting"), null));
            actions.add(link(Meetings.LIST + q, lang.pick("Zurück zu den Sitzungen", "Back to the meetings"), null));
            return pages.record(lang, "/workgroup", path, meeting.path("title").asText(), 200, new ListPages.Record(
                    facts, lang.pick("Niederschrift", "Minutes"), minutes, List.of(agenda), actions, null), null);
        }, (status, problem) -> pages.record(lang, "/workgroup", path, fallback, status, null, problem));
    }

    /** Who changed the meeting when, and how, in words. */
    @GET
    @Path("/{id}/history")
    public Uni<Response> history(@PathParam("id") UUID id, @QueryParam("lang") String language) {
        Lang lang = Lang.of(language);
        return history(lang, Meetings.LIST + "/" + id + "/history", "/api/meetings/" + id + "/history",
                lang.pick("Verlauf einer Sitzung", "History of a meeting"), id);
    }

    /** Who changed an agenda item, its votes and its decision when, and how, in words. */
    @GET
    @Path("/{id}/agenda-items/{itemId}/history")
    public Uni<Response> itemHistory(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
            @QueryParam("lang") String language) {
        Lang lang = Lang.of(language);
        return history(lang, Meetings.LIST + "/" + id + "/agenda-items/" + itemId + "/history", "/api/meetings/" + id
                + "/agenda-items/" + itemId + "/history", lang.pick("Verlauf eines Tagesordnungspunkts und seines "
                        + "Beschlusses", "History of an agenda item and its decision"), id);
    }

    private Uni<Response> history(Lang lang, String path, String api, String heading, UUID meeting) {
        List<PageModel.Link> back = List.of(link(Meetings.LIST + "/" + meeting + "?lang=" + lang.name().toLowerCase(),
                lang.pick("Zurück zur Sitzung", "Back to the meeting"), null));
        return pages.read(pages.call(lang), "workgroup", api, entries -> pages.list(lang, "/workgroup", path, heading,
                null, 200, null, ListPages.historyTable(heading, WorkgroupHistory.rows(entries, lang), lang), back,
                null), (status, problem) -> pages.list(lang, "/workgroup", path, heading, null, status, null, null,
                        back, problem));
    }

    private static PageModel.Link link(String href, String text, String label) {
        return new PageModel.Link(href, text, label);
    }

    /** "Beschlossen" with the recommendation's council session, if any. */
    private static String decisionText(JsonNode decision, Lang lang) {
        DecisionOutcome value = DecisionOutcome.valueOf(decision.path("outcome").asText());
        String outcome = lang == Lang.DE ? WorkgroupLabels.de(value) : WorkgroupLabels.en(value);
        JsonNode session = decision.path("recommendation").path("councilSessionDate");
        return session.isTextual() ? outcome + lang.pick(", Empfehlung für die Ratssitzung am ",
                ", recommendation for the council session on ") + German.date(LocalDate.parse(
                        session.asText())) : outcome;
    }

    /** "2 Abstimmungen" or "–". */
    private static String votes(JsonNode item, Lang lang) {
        int count = item.path("votes").size();
        return count == 0 ? "–" : count + (count == 1 ? lang.pick(" Abstimmung", " vote")
                : lang.pick(" Abstimmungen", " votes"));
    }

    private Response page(Lang lang, String heading, int status, PageModel.Table table, String problem) {
        return page(lang, Meetings.LIST, heading, lang.pick("Je Sitzung und Tagesordnungspunkt die Schritte, die ihr "
                + "Stand erlaubt.", "For every meeting and agenda item the steps its state allows."), status, table,
                problem);
    }
}
