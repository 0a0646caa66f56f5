package de.souveraen.reporting.entry.workgroup;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.workgroup.WorkgroupLabels;
import de.souveraen.eventstore.text.German;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.EntryForm;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the forms of one meeting read from the workgroup service: the meeting itself (with its agenda), its members
 * on the meeting's day and their affiliations, described in German the way the minutes name them.
 */
final class Meetings {
    /** Where the meeting forms lead back to: the list of meetings with their actions. */
    static final String LIST = "/workgroup/meetings";

    private Meetings() {
    }

    /** A member on the meeting's day: id, name and that day's affiliation ({@code faction} null: administration). */
    record Member(String id, String name, String affiliationType, String faction, boolean votingRight) {

        /** "SPD" or "Verwaltung". */
        String affiliation(Lang lang) {
            return faction != null ? faction : lang.pick("Verwaltung", "Administration");
        }

        /** The affiliation as a form value: {@code FACTION:SPD} or {@code ADMINISTRATION}. */
        String affiliationKey() {
            return faction != null ? affiliationType + ":" + faction : affiliationType;
        }
    }

    static String back(Call call) {
        return LIST + call.langQuery();
    }

    /** The page of the call's meeting {@code id}, with the language; a query follows with {@code &}. */
    static String page(Call call) {
        return LIST + "/" + call.param("id") + call.langQuery();
    }

    /** The meeting of the call's {@code id} with its ETag in {@code etag}; 404 when there is none. */
    static Uni<JsonNode> meeting(Call call) {
        return one(call, "/api/meetings/" + call.param("id"), "Diese Sitzung gibt es nicht.",
                "There is no such meeting.");
    }

    /**
     * One record of the workgroup service with its ETag in {@code etag} (for an edit's {@code If-Match}); 404 with
     * {@code missingDe}/{@code missingEn} as the form's reason when there is none.
     */
    static Uni<JsonNode> one(Call call, String path, String missingDe, String missingEn) {
        return call.get("workgroup", path).map(answer -> {
            if (!answer.ok() || !answer.body().isObject()) {
                throw new EntryForm.Unavailable(404, call.lang().pick(missingDe, missingEn));
            }
            ((com.fasterxml.jackson.databind.node.ObjectNode) answer.body()).put("etag",
                    answer.header("etag").orElse(""));
            return answer.body();
        });
    }

    /** The agenda item {@code itemId} of the meeting; 404 as the form's reason when there is none. */
    static JsonNode item(Call call, JsonNode meeting) {
        for (JsonNode item : meeting.path("agenda").path("items")) {
            if (item.path("id").asText().equals(call.param("itemId"))) {
                return item;
            }
        }
        throw new EntryForm.Unavailable(404, call.lang().pick("Diesen Tagesordnungspunkt gibt es nicht.",
                "There is no such agenda item."));
    }

    /** "4. Sitzung der AG · 11.02.2027, 18:00 Uhr · Rathaus (Eingeladen)". */
    static String describe(JsonNode meeting, Lang lang) {
        OffsetDateTime start = OffsetDateTime.parse(meeting.path("start").asText());
        String at = German.date(day(meeting)) + ", " + start.atZoneSameInstant(German.ZONE).toLocalTime()
                + lang.pick(" Uhr", "");
        return meeting.path("title").asText() + " · " + at + " · " + meeting.path("place").asText() + " ("
                + status(meeting, lang) + ")";
    }

    static String status(JsonNode meeting, Lang lang) {
        de.souveraen.contracts.workgroup.MeetingStatus status = de.souveraen.contracts.workgroup.MeetingStatus
                .valueOf(meeting.path("status").asText());
        return lang == Lang.DE ? WorkgroupLabels.de(status) : WorkgroupLabels.en(status);
    }

    /** The meeting's day in Germany (the day its members' roster is taken from). */
    static LocalDate day(JsonNode meeting) {
        return OffsetDateTime.parse(meeting.path("start").asText()).atZoneSameInstant(German.ZONE).toLocalDate();
    }

    /** "TOP 2: Open-Source-Strategie". */
    static String itemTitle(JsonNode meeting, JsonNode item, Lang lang) {
        int number = 1;
        for (JsonNode each : meeting.path("agenda").path("items")) {
            if (each.path("id").asText().equals(item.path("id").asText())) {
                break;
            }
            number++;
        }
        return lang.pick("TOP ", "Item ") + number + ": " + item.path("title").asText();
    }

    /** The meeting shown at the top of its forms. */
    static Form.Field shown(JsonNode meeting, Lang lang) {
        return Form.Field.shown("meeting", lang.pick("Sitzung", "Meeting"), describe(meeting, lang));
    }

    /** The members of the working group on {@code day}, by family and given name as the service lists them. */
    static Uni<List<Member>> members(Call call, LocalDate day) {
        return call.get("workgroup", "/api/members").map(answer -> {
            if (!answer.ok()) {
                throw new EntryForm.Unavailable(503, call.lang().pick("Die Mitglieder konnten nicht gelesen werden.",
                        "The members could not be read."));
            }
            List<Member> members = new ArrayList<>();
            for (JsonNode m : answer.body()) {
                for (JsonNode period : m.path("periods")) {
                    LocalDate from = LocalDate.parse(period.path("from").asText());
                    LocalDate to = period.path("to").isTextual() ? LocalDate.parse(period.path("to").asText()) : null;
                    if (!day.isBefore(from) && (to == null || !day.isAfter(to))) {
                        JsonNode affiliation = period.path("affiliation");
                        members.add(new Member(m.path("memberId").asText(), m.path("person").path("givenName")
                                .asText() + " " + m.path("person").path("familyName").asText(),
                                affiliation.path("type").asText(), affiliation.path("faction").isTextual()
                                        ? affiliation.path("faction").asText() : null,
                                period.path("votingRight").asBoolean()));
                    }
                }
            }
            return members;
        });
    }

    /** The affiliations with a vote among {@code members}: factions by name, the administration last. */
    static List<Member> votingAffiliations(List<Member> members) {
        Map<String, Member> byKey = new LinkedHashMap<>();
        members.stream().filter(Member::votingRight)
                .sorted(java.util.Comparator.comparing((Member m) -> m.faction() == null)
                        .thenComparing(m -> m.faction() == null ? "" : m.faction()))
                .forEach(m -> byKey.putIfAbsent(m.affiliationKey(), m));
        return List.copyOf(byKey.values());
    }

    /** "– bitte wählen –" then the given options. */
    static List<Form.Option> choose(Lang lang, boolean required, List<Form.Option> options) {
        List<Form.Option> all = new ArrayList<>();
        all.add(new Form.Option("", required ? lang.pick("– bitte wählen –", "– please choose –")
                : lang.pick("– keine Angabe –", "– not stated –"), true));
        all.addAll(options);
        return all;
    }
}
