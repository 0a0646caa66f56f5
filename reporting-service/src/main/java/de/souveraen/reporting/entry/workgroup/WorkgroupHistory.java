package de.souveraen.reporting.entry.workgroup;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.workgroup.ActionItemStatus;
import de.souveraen.contracts.workgroup.DecisionOutcome;
import de.souveraen.contracts.workgroup.VoteResult;
import de.souveraen.contracts.workgroup.WorkgroupLabels;
import de.souveraen.eventstore.text.German;
import de.souveraen.reporting.entry.ListPages;
import de.souveraen.reporting.view.Lang;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A meeting's, an agenda item's or a training's history ({@code GET …/history} of the workgroup service) in words:
 * when, what, who, and the details in German (or English), never an event's or an enum's code.
 */
final class WorkgroupHistory {
    /** How much of a minutes' text a history row shows. */
    private static final int EXCERPT = 120;

    private WorkgroupHistory() {
    }

    static List<List<String>> rows(JsonNode history, Lang lang) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode entry : history) {
            JsonNode c = entry.path("change");
            String what;
            String details;
            switch (ListPages.eventName(entry)) {
                case "MeetingScheduled" -> {
                    what = lang.pick("Sitzung anberaumt", "Meeting scheduled");
                    details = c.path("title").asText() + " · " + at(c, lang) + " · " + c.path("place").asText();
                }
                case "MeetingRescheduled" -> {
                    what = lang.pick("Sitzung verlegt", "Meeting rescheduled");
                    details = at(c, lang) + " · " + c.path("place").asText();
                }
                case "MeetingInvitationsSent" -> {
                    what = lang.pick("Eingeladen", "Invitations sent");
                    details = lang.pick("am ", "on ") + day(c, "sentOn");
                }
                case "MeetingHeld" -> {
                    what = lang.pick("Sitzung durchgeführt", "Meeting held");
                    details = at(c, lang);
                }
                case "MeetingCancelled", "TrainingCancelled" -> {
                    what = lang.pick("Abgesagt", "Cancelled");
                    details = lang.pick("am ", "on ") + day(c, "cancelledOn") + " · " + lang.pick("Grund: ",
                            "Reason: ") + c.path("reason").asText();
                }
                case "MinutesWritten" -> {
                    what = lang.pick("Niederschrift geschrieben", "Minutes written");
                    String text = c.path("text").asText().replaceAll("\\s+", " ");
                    details = text.length() > EXCERPT ? text.substring(0, EXCERPT) + " …" : text;
                }
                case "MinutesApproved" -> {
                    what = lang.pick("Niederschrift genehmigt", "Minutes approved");
                    details = lang.pick("am ", "on ") + day(c, "approvedOn");
                }
                case "AgendaItemAdded" -> {
                    what = lang.pick("Tagesordnungspunkt aufgenommen", "Agenda item added");
                    details = lang.pick("TOP ", "Item ") + c.path("position").asInt() + ": " + c.path("title").asText();
                }
                case "AgendaItemRemoved" -> {
                    what = lang.pick("Tagesordnungspunkt gestrichen", "Agenda item removed");
                    details = "";
                }
                case "AgendaReordered" -> {
                    what = lang.pick("Tagesordnung umgestellt", "Agenda reordered");
                    details = "";
                }
                case "AttendanceRecorded" -> {
                    what = lang.pick("Anwesenheit erfasst", "Attendance recorded");
                    int count = c.path("entries").size();
                    details = count + (count == 1 ? lang.pick(" Mitglied", " member") : lang.pick(" Mitglieder",
                            " members"));
                }
                case "QuorumLackRecorded" -> {
                    what = lang.pick("Beschlussunfähigkeit festgestellt", "Lack of quorum recorded");
                    details = "";
                }
                case "VoteRecorded" -> {
                    what = lang.pick("Abstimmung erfasst", "Vote recorded");
                    JsonNode tally = c.path("tally");
                    details = (c.path("subject").isTextual() ? c.path("subject").asText() + " · " : "")
                            + label(VoteResult.class, c.path("result"), lang) + " · " + lang.pick("Ja ", "Yes ")
                            + tally.path("yes").asInt() + ", " + lang.pick("Nein ", "No ") + tally.path("no").asInt()
                            + ", " + lang.pick("Enthaltungen ", "Abstentions ") + tally.path("abstain").asInt()
                            + (c.path("excludedForBias").isEmpty() ? "" : " · " + lang.pick("befangen: ",
                                    "excluded for bias: ") + c.path("excludedForBias").size());
                }
                case "DecisionRecorded" -> {
                    what = lang.pick("Beschluss erfasst", "Decision recorded");
                    details = label(DecisionOutcome.class, c.path("outcome"), lang) + " · "
                            + c.path("resolution").asText() + (c.path("recommendation").path("councilSessionDate")
                                    .isTextual() ? " · " + lang.pick("Empfehlung für die Ratssitzung am ",
                                            "Recommendation for the council session on ") + German.date(
                                                    LocalDate.parse(c.path("recommendation")
                                                            .path("councilSessionDate").asText())) : "");
                }
                case "ActionItemAssigned" -> {
                    what = lang.pick("Aufgabe vergeben", "Action item assigned");
                    details = c.path("title").asText() + " · " + c.path("owner").asText()
                            + (c.path("dueDate").isTextual() ? lang.pick(", bis ", ", due ") + day(c, "dueDate") : "");
                }
                case "ActionItemStatusChanged" -> {
                    what = lang.pick("Stand einer Aufgabe geändert", "Action item state changed");
                    details = label(ActionItemStatus.class, c.path("previous"), lang) + " → "
                            + label(ActionItemStatus.class, c.path("status"), lang);
                }
                case "TrainingPlanned", "TrainingRevised" -> {
                    what = ListPages.eventName(entry).equals("TrainingPlanned") ? lang.pick("Schulung geplant",
                            "Training planned") : lang.pick("Schulung geändert", "Training revised");
                    JsonNode d = c.path("details");
                    details = d.path("title").asText() + " · " + day(d, "date") + " · " + hours(d, lang);
                }
                case "TrainingHeld" -> {
                    what = lang.pick("Schulung durchgeführt", "Training held");
                    details = day(c.path("details"), "date") + " · " + c.path("participants").asInt()
                            + lang.pick(" Teilnehmende", " participants") + " · " + hours(c.path("details"), lang);
                }
                case "TrainingFeedbackRecorded" -> {
                    what = lang.pick("Rückmeldungen erfasst", "Feedback recorded");
                    details = c.path("responses").asInt() + lang.pick(" Rückmeldungen, Zufriedenheit im Mittel ",
                            " responses, average satisfaction ") + German.decimal(new BigDecimal(c
                                    .path("averageSatisfaction").asText("0")), 1);
                }
                case "TrainingOutcomesRecorded" -> {
                    what = lang.pick("Ergebnisse erfasst", "Outcomes recorded");
                    List<String> outcomes = new ArrayList<>();
                    c.path("outcomes").forEach(o -> outcomes.add(o.asText()));
                    details = String.join("; ", outcomes);
                }
                default -> {
                    what = lang.pick("Änderung", "Change");
                    details = "";
                }
            }
            rows.add(ListPages.historyRow(entry, what, details));
        }
        return rows;
    }

    /** "11.02.2027, 18:00–20:00 Uhr" from {@code start} and {@code end}, in Germany's time. */
    private static String at(JsonNode change, Lang lang) {
        OffsetDateTime start = OffsetDateTime.parse(change.path("start").asText());
        OffsetDateTime end = OffsetDateTime.parse(change.path("end").asText());
        return German.date(start.atZoneSameInstant(German.ZONE).toLocalDate()) + ", "
                + start.atZoneSameInstant(German.ZONE).toLocalTime() + "–"
                + end.atZoneSameInstant(German.ZONE).toLocalTime() + lang.pick(" Uhr", "");
    }

    private static String day(JsonNode node, String field) {
        return node.path(field).isTextual() ? German.date(LocalDate.parse(node.path(field).asText())) : "–";
    }

    private static String hours(JsonNode details, Lang lang) {
        return German.decimal(new BigDecimal(details.path("hours").asText("0")), 1) + lang.pick(" Stunden", " hours");
    }

    private static <E extends Enum<E>> String label(Class<E> type, JsonNode value, Lang lang) {
        if (!value.isTextual()) {
            return "–";
        }
        E constant = Enum.valueOf(type, value.asText());
        return lang == Lang.DE ? WorkgroupLabels.de(constant) : WorkgroupLabels.en(constant);
    }
}
