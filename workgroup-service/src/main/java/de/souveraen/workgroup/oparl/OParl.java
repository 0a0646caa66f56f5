package de.souveraen.workgroup.oparl;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.souveraen.contracts.Json;
import de.souveraen.contracts.workgroup.FactionTally;
import de.souveraen.contracts.workgroup.MeetingStatus;
import de.souveraen.contracts.workgroup.MemberVote;
import de.souveraen.contracts.workgroup.VoteRecorded;
import de.souveraen.eventstore.text.German;
import de.souveraen.workgroup.meeting.MeetingState;
import de.souveraen.workgroup.meeting.agenda.AgendaItem;
import de.souveraen.workgroup.member.MemberState;
import de.souveraen.workgroup.member.MembershipPeriod;
import de.souveraen.workgroup.municipality.Municipality;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The working group as OParl 1.1 objects (pure): one System, one Body (the municipality), one Organization (the
 * working group), Person with Membership, Meeting with AgendaItem, Paper (the proposals) and Consultation (a paper
 * on an agenda item). Ids are URLs below {@code base}; every object has {@code created} and {@code modified} from
 * its events. Vote tallies, which OParl does not model, travel as the extension {@code souveraen:votes}; roll-call
 * details and non-public agenda items only for signed-in readers. Removed agenda items stay as deleted stubs.
 */
public final class OParl {
    public static final String SCHEMA = "https://schema.oparl.org/1.1/";
    /** OParl date-times: ISO 8601 with seconds always (never cut to minutes) and the offset, {@code Z} for UTC. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    /** When an object was first and last written (from its events). */
    public record Stamp(Instant created, Instant modified) {
    }

    public record Proposal(UUID id, String reference, String title, String text, java.time.LocalDate date) {
    }

    public record Removed(UUID meetingId, UUID agendaItemId, Stamp stamp) {
    }

    private final String root;
    private final Municipality municipality;
    private final boolean internal;

    /** The default municipality's objects below {@code base}{@code /oparl/v1.1}. */
    public OParl(String base, boolean internal) {
        this(trimmed(base) + "/oparl/v1.1", Municipality.derived("blankenheim"), internal);
    }

    /**
     * The objects of {@code municipality} with their ids below {@code root} (e.g. {@code http://host/oparl/v1.1}
     * or {@code http://host/nettersheim/oparl/v1.1}), as a reader who may see non-public ones ({@code internal}) or
     * not sees them.
     */
    public OParl(String root, Municipality municipality, boolean internal) {
        this.root = trimmed(root);
        this.municipality = municipality;
        this.internal = internal;
    }

    private static String trimmed(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public boolean internal() {
        return internal;
    }

    public String url(String path) {
        return root + path;
    }

    private String bodyPath() {
        return "/body/" + municipality.key();
    }

    private ObjectNode object(String type, String path, Stamp stamp) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("id", url(path));
        node.put("type", SCHEMA + type);
        if (stamp != null) {
            node.put("created", offset(stamp.created()));
            node.put("modified", offset(stamp.modified()));
        }
        return node;
    }

    public ObjectNode system(Stamp stamp) {
        ObjectNode node = object("System", "/system", stamp);
        node.put("oparlVersion", SCHEMA);
        node.put("name", "Souverän – Arbeitsgruppe Digitale Souveränität & Open Source");
        node.put("body", url("/bodies"));
        node.put("product", "https://github.com/souveraen/souveraen");
        return node;
    }

    public ObjectNode body(Stamp stamp) {
        ObjectNode node = object("Body", bodyPath(), stamp);
        node.put("system", url("/system"));
        node.put("name", municipality.name());
        node.put("shortName", municipality.shortName());
        node.put("organization", url(bodyPath() + "/organizations"));
        node.put("person", url(bodyPath() + "/people"));
        node.put("meeting", url(bodyPath() + "/meetings"));
        node.put("paper", url(bodyPath() + "/papers"));
        node.put("agendaItem", url(bodyPath() + "/agenda-items"));
        node.put("consultation", url(bodyPath() + "/consultations"));
        node.put("membership", url(bodyPath() + "/memberships"));
        node.put("file", url(bodyPath() + "/files"));
        node.put("locationList", url(bodyPath() + "/locations"));
        node.put("legislativeTermList", url(bodyPath() + "/legislative-terms"));
        node.putArray("legislativeTerm").add(legislativeTerm(stamp));
        return node;
    }

    /**
     * The council's electoral term (Wahlperiode): the NRW municipal elections of 14 September 2025 elected the
     * councils for 1 November 2025 to 31 October 2030 (§ 42 GO NRW: five years). One term for every municipality until
     * the registry of municipalities keeps terms of its own.
     */
    public static final LocalDate TERM_START = LocalDate.of(2025, 11, 1);
    public static final LocalDate TERM_END = LocalDate.of(2030, 10, 31);
    public static final String TERM_KEY = "2025-2030";

    public ObjectNode legislativeTerm(Stamp stamp) {
        ObjectNode node = object("LegislativeTerm", "/legislative-term/" + TERM_KEY, stamp);
        node.put("body", url(bodyPath()));
        node.put("name", "Wahlperiode 2025–2030");
        node.put("startDate", TERM_START.toString());
        node.put("endDate", TERM_END.toString());
        return node;
    }

    /** The id (last URL segment) of the Location of a place text: the same place is the same Location. */
    public static String locationKey(String place) {
        return UUID.nameUUIDFromBytes(("location:" + place).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }

    /** A place where meetings are held, with the meetings there ({@code meetings}, URLs; may be empty). */
    public ObjectNode location(String place, Stamp stamp, List<UUID> meetings) {
        ObjectNode node = object("Location", "/location/" + locationKey(place), stamp);
        node.put("description", place);
        if (!meetings.isEmpty()) {
            ArrayNode at = node.putArray("meetings");
            meetings.forEach(id -> at.add(url("/meeting/" + id)));
        }
        return node;
    }

    /**
     * The meeting's state as OParl 1.1 recommends: {@code terminiert} (planned), {@code eingeladen} (invited, until the
     * minutes are approved), {@code durchgeführt} (after the minutes' approval); a cancelled meeting is
     * {@code abgesagt} with {@code cancelled: true}.
     */
    public static String meetingState(MeetingStatus status) {
        return switch (status) {
            case SCHEDULED -> "terminiert";
            case INVITED, HELD -> "eingeladen";
            case MINUTES_APPROVED -> "durchgeführt";
            case CANCELLED -> "abgesagt";
        };
    }

    /** Whether the invitations of a meeting in this status were sent. */
    public static boolean invited(MeetingStatus status) {
        return status == MeetingStatus.INVITED || status == MeetingStatus.HELD
                || status == MeetingStatus.MINUTES_APPROVED;
    }

    /** The documents of a meeting: its invitation and its minutes (results protocol). */
    public record MeetingFile(UUID meetingId, String kind) {
        public static MeetingFile invitation(UUID meetingId) {
            return new MeetingFile(meetingId, "invitation");
        }

        public static MeetingFile minutes(UUID meetingId) {
            return new MeetingFile(meetingId, "minutes");
        }

        /** The file's key, the last segment of its URL: {@code meeting-<id>-invitation}. */
        public String key() {
            return "meeting-" + meetingId + "-" + kind;
        }

        /** The file of a key, or null. */
        public static MeetingFile of(String key) {
            for (String kind : List.of("invitation", "minutes")) {
                String suffix = "-" + kind;
                if (key.startsWith("meeting-") && key.endsWith(suffix)
                        && key.length() == "meeting-".length() + 36 + suffix.length()) {
                    try {
                        UUID id = UUID.fromString(key.substring("meeting-".length(), "meeting-".length() + 36));
                        return new MeetingFile(id, kind);
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                }
            }
            return null;
        }
    }

    /**
     * A meeting's invitation or minutes as an OParl File: a plain-text rendering served from the current-state tables at
     * {@code accessUrl} (inline) and {@code downloadUrl} (attachment).
     */
    public ObjectNode file(MeetingFile f, MeetingState m, Stamp stamp) {
        ObjectNode node = object("File", "/file/" + f.key(), stamp);
        boolean invitation = f.kind().equals("invitation");
        String name = (invitation ? "Einladung " : "Niederschrift ") + m.title();
        node.put("name", name);
        node.put("fileName", (invitation ? "einladung-" : "niederschrift-") + m.meetingDate() + ".txt");
        node.put("mimeType", "text/plain");
        node.put("date", m.meetingDate().toString());
        node.put("accessUrl", url("/file/" + f.key() + "/access"));
        node.put("downloadUrl", url("/file/" + f.key() + "/download"));
        node.putArray("meeting").add(url("/meeting/" + m.meetingId()));
        return node;
    }

    /** The text of a meeting's invitation or minutes, as a reader may see it (non-public items only when internal). */
    public String fileText(MeetingFile f, MeetingState m) {
        StringBuilder text = new StringBuilder();
        boolean invitation = f.kind().equals("invitation");
        text.append(invitation ? "Einladung" : "Niederschrift").append('\n');
        text.append(municipality.name()).append(" – Arbeitsgruppe Digitale Souveränität & Open Source\n\n");
        text.append(m.title()).append('\n');
        text.append(German.date(m.meetingDate())).append(", ").append(m.start().toLocalTime()).append('–')
                .append(m.end().toLocalTime()).append(" Uhr, ").append(m.place()).append('\n');
        text.append(m.publicMeeting() ? "Öffentliche Sitzung" : "Nichtöffentliche Sitzung").append("\n\n");
        if (m.reconvenedFrom() != null) {
            text.append(MeetingState.RECONVENED_NOTE).append("\n\n");
        }
        text.append("Tagesordnung\n");
        List<AgendaItem> all = m.agenda().items();
        for (int i = 0; i < all.size(); i++) {
            AgendaItem item = all.get(i);
            if (!item.publicItem() && !internal) {
                continue;
            }
            text.append(i + 1).append(". ").append(item.title());
            if (!invitation && item.decision() != null) {
                text.append(" – ").append(switch (item.decision().outcome()) {
                    case ADOPTED -> "beschlossen";
                    case REJECTED -> "abgelehnt";
                    case DEFERRED -> "vertagt";
                    case REFERRED -> "verwiesen";
                }).append(": ").append(item.decision().resolution());
            }
            text.append('\n');
        }
        if (!invitation && m.minutes() != null) {
            text.append("\nProtokoll\n").append(m.minutes()).append('\n');
        }
        return text.toString();
    }

    public ObjectNode organization(Stamp stamp, List<MemberState> members) {
        List<String> ids = new ArrayList<>();
        for (MemberState m : members) {
            for (int i = 0; i < m.periods().size(); i++) {
                ids.add(m.memberId() + "-" + (i + 1));
            }
        }
        return organization(stamp, ids);
    }

    /** The working group with its memberships' ids ({@code <member id>-<number>}, in that order). */
    public ObjectNode organization(Stamp stamp, Collection<String> membershipIds) {
        ObjectNode node = object("Organization", "/organization/ag-digitale-souveraenitaet", stamp);
        node.put("body", url(bodyPath()));
        node.put("name", "Arbeitsgruppe Digitale Souveränität & Open Source");
        node.put("shortName", "AG DS&OS");
        node.put("organizationType", "Gremium");
        node.put("classification", "Arbeitsgruppe");
        node.put("meeting", url(bodyPath() + "/meetings"));
        ArrayNode memberships = node.putArray("membership");
        membershipIds.forEach(id -> memberships.add(url("/membership/" + id)));
        return node;
    }

    public ObjectNode person(MemberState m, Stamp stamp) {
        ObjectNode node = object("Person", "/person/" + m.memberId(), stamp);
        node.put("body", url(bodyPath()));
        node.put("name", m.person().givenName() + " " + m.person().familyName());
        node.put("givenName", m.person().givenName());
        node.put("familyName", m.person().familyName());
        ArrayNode memberships = node.putArray("membership");
        memberships(m, stamp).forEach(memberships::add);
        return node;
    }

    public List<ObjectNode> memberships(MemberState m, Stamp stamp) {
        List<ObjectNode> out = new ArrayList<>();
        for (int i = 0; i < m.periods().size(); i++) {
            out.add(membership(m.memberId(), i + 1, m.periods().get(i), stamp));
        }
        return out;
    }

    /** The {@code number}th (from 1) period of a member's membership. */
    public ObjectNode membership(UUID memberId, int number, MembershipPeriod p, Stamp stamp) {
        ObjectNode node = object("Membership", "/membership/" + memberId + "-" + number, stamp);
        node.put("person", url("/person/" + memberId));
        node.put("organization", url("/organization/ag-digitale-souveraenitaet"));
        node.put("role", p.role().name());
        node.put("votingRight", p.votingRight());
        node.put("startDate", p.from().toString());
        if (p.to() != null) {
            node.put("endDate", p.to().toString());
        }
        if (p.affiliation() != null && p.affiliation().faction() != null) {
            node.put("onBehalfOf", url("/organization/" + factionKey(p.affiliation().faction())));
            node.put("souveraen:faction", p.affiliation().faction());
        }
        return node;
    }

    /** The id (last URL segment) of a faction's Organization: the same faction name is the same Organization. */
    public static String factionKey(String faction) {
        return "faction-" + UUID.nameUUIDFromBytes(("faction:" + faction).getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A faction (Fraktion) some members sit in the working group for, with those memberships' ids. */
    public ObjectNode faction(String faction, Stamp stamp, Collection<String> membershipIds) {
        ObjectNode node = object("Organization", "/organization/" + factionKey(faction), stamp);
        node.put("body", url(bodyPath()));
        node.put("name", faction);
        node.put("organizationType", "Fraktion");
        node.put("classification", "Fraktion");
        ArrayNode memberships = node.putArray("membership");
        membershipIds.forEach(id -> memberships.add(url("/membership/" + id)));
        return node;
    }

    /**
     * Every Organization: the working group, then the factions its members sit in it for (by name), each with the
     * memberships on its behalf. {@code periods}: membership id ({@code <member>-<number>}) → its period, in the
     * memberships' order.
     */
    public List<ObjectNode> organizations(Stamp stamp, Map<String, MembershipPeriod> periods) {
        List<ObjectNode> out = new ArrayList<>();
        out.add(organization(stamp, periods.keySet()));
        java.util.TreeMap<String, List<String>> factions = new java.util.TreeMap<>();
        periods.forEach((id, p) -> {
            if (p.affiliation() != null && p.affiliation().faction() != null) {
                factions.computeIfAbsent(p.affiliation().faction(), f -> new ArrayList<>()).add(id);
            }
        });
        factions.forEach((name, ids) -> out.add(faction(name, stamp, ids)));
        return out;
    }

    public ObjectNode meeting(MeetingState m, Stamp stamp, Map<UUID, Stamp> items) {
        ObjectNode node = object("Meeting", "/meeting/" + m.meetingId(), stamp);
        node.put("name", m.title());
        node.put("meetingState", meetingState(m.status()));
        node.put("cancelled", m.status() == MeetingStatus.CANCELLED);
        node.put("start", dateTime(m.start()));
        node.put("end", dateTime(m.end()));
        if (m.place() != null) {
            node.set("location", location(m.place(), stamp, List.of()));
        }
        node.putArray("organization").add(url("/organization/ag-digitale-souveraenitaet"));
        if (invited(m.status())) {
            node.set("invitation", file(MeetingFile.invitation(m.meetingId()), m, stamp));
        }
        if (m.minutes() != null) {
            node.set("resultsProtocol", file(MeetingFile.minutes(m.meetingId()), m, stamp));
        }
        ArrayNode agenda = node.putArray("agendaItem");
        agendaItems(m, stamp, items).forEach(agenda::add);
        return node;
    }

    /** The meeting's agenda items a reader may see (non-public ones only when signed in). */
    public List<ObjectNode> agendaItems(MeetingState m, Stamp meetingStamp, Map<UUID, Stamp> items) {
        List<ObjectNode> out = new ArrayList<>();
        List<AgendaItem> all = m.agenda().items();
        for (int i = 0; i < all.size(); i++) {
            AgendaItem item = all.get(i);
            if (!item.publicItem() && !internal) {
                continue;
            }
            Stamp stamp = items.getOrDefault(item.id(), meetingStamp);
            out.add(agendaItem(m.meetingId(), i + 1, item, new Stamp(stamp.created(), meetingStamp.modified())));
        }
        return out;
    }

    /** The agenda item at {@code number} (from 1) of a meeting's whole agenda. */
    public ObjectNode agendaItem(UUID meetingId, int number, AgendaItem item, Stamp stamp) {
        ObjectNode node = object("AgendaItem", "/agenda-item/" + item.id(), stamp);
        node.put("meeting", url("/meeting/" + meetingId));
        node.put("number", String.valueOf(number));
        node.put("order", number);
        node.put("name", item.title());
        node.put("public", item.publicItem());
        if (item.proposalId() != null) {
            node.put("consultation", url("/consultation/" + item.id()));
        }
        if (item.decision() != null) {
            node.put("result", switch (item.decision().outcome()) {
                case ADOPTED -> "Beschlossen";
                case REJECTED -> "Abgelehnt";
                case DEFERRED -> "Vertagt";
                case REFERRED -> "Verwiesen";
            });
            node.put("resolutionText", item.decision().resolution());
        }
        if (!item.votes().isEmpty()) {
            ArrayNode votes = node.putArray("souveraen:votes");
            item.votes().forEach(v -> votes.add(vote(v)));
        }
        return node;
    }

    private ObjectNode vote(VoteRecorded v) {
        ObjectNode vote = Json.mapper().createObjectNode();
        vote.put("subject", v.subject());
        vote.put("method", v.method().name());
        vote.put("result", v.result().name());
        vote.put("quorumReached", v.quorum().reached());
        vote.put("present", v.quorum().present());
        vote.put("votingMembers", v.quorum().votingMembers());
        vote.put("yes", v.tally().yes());
        vote.put("no", v.tally().no());
        vote.put("abstain", v.tally().abstain());
        ArrayNode factions = vote.putArray("factions");
        for (FactionTally f : v.factions()) {
            ObjectNode faction = factions.addObject();
            faction.put("faction", f.affiliation().faction() == null ? f.affiliation().type().name()
                    : f.affiliation().faction());
            faction.put("yes", f.tally().yes());
            faction.put("no", f.tally().no());
            faction.put("abstain", f.tally().abstain());
        }
        if (internal && v.votes() != null && !v.votes().isEmpty()) {
            ArrayNode members = vote.putArray("rollCall");
            for (MemberVote member : v.votes()) {
                ObjectNode entry = members.addObject();
                entry.put("person", url("/person/" + member.memberId()));
                entry.put("choice", member.choice().name());
            }
            ArrayNode absent = vote.putArray("absent");
            v.absent().forEach(id -> absent.add(url("/person/" + id)));
        }
        return vote;
    }

    /** A proposal as Paper, with its consultations embedded (OParl 1.1: Consultation objects, not URLs). */
    public ObjectNode paper(Proposal p, Stamp stamp, List<ObjectNode> consultations) {
        ObjectNode node = object("Paper", "/paper/" + p.id(), stamp);
        node.put("body", url(bodyPath()));
        node.put("name", p.title());
        node.put("reference", p.reference());
        if (p.date() != null) {
            node.put("date", p.date().toString());
        }
        node.put("paperType", "Vorlage");
        ArrayNode embedded = node.putArray("consultation");
        consultations.forEach(embedded::add);
        return node;
    }

    /**
     * A published quarterly report as Paper (Mitteilungsvorlage, the reporting service's reference and title), with
     * the PDF as its main File (at the portal: {@code portalUrl} + the report's path) and its Beratungsfolge as
     * embedded Consultations.
     */
    public ObjectNode reportPaper(de.souveraen.workgroup.publication.PublishedReport r, String portalUrl) {
        Stamp stamp = reportStamp(r);
        ObjectNode node = object("Paper", "/paper/" + r.key(), stamp);
        node.put("body", url(bodyPath()));
        node.put("name", r.title());
        node.put("reference", r.reference());
        node.put("date", r.publishedAt().atZone(German.ZONE).toLocalDate().toString());
        node.put("paperType", "Mitteilungsvorlage");
        node.set("mainFile", reportFile(r, portalUrl));
        ArrayNode consultations = node.putArray("consultation");
        reportConsultations(r).forEach(consultations::add);
        if (r.responsibleOffice() != null) {
            node.put("souveraen:responsibleOffice", r.responsibleOffice());
        }
        return node;
    }

    /** The PDF of a published report as File: served unchanged by the portal. */
    public ObjectNode reportFile(de.souveraen.workgroup.publication.PublishedReport r, String portalUrl) {
        ObjectNode node = object("File", "/file/" + r.key(), reportStamp(r));
        node.put("name", r.title());
        node.put("fileName", "quartalsbericht-" + r.period() + ".pdf");
        node.put("mimeType", "application/pdf");
        node.put("date", r.publishedAt().atZone(German.ZONE).toLocalDate().toString());
        node.put("size", r.pdfSize());
        node.put("souveraen:sha256Checksum", r.pdfSha256());
        String pdf = trimmed(portalUrl) + r.pdfPath();
        node.put("accessUrl", pdf);
        node.put("downloadUrl", pdf);
        node.putArray("paper").add(url("/paper/" + r.key()));
        return node;
    }

    /** The Beratungsfolge of a published report: one Consultation per body that takes note, in order. */
    public List<ObjectNode> reportConsultations(de.souveraen.workgroup.publication.PublishedReport r) {
        List<ObjectNode> out = new ArrayList<>();
        for (int i = 0; i < r.consultations().size(); i++) {
            var c = r.consultations().get(i);
            ObjectNode node = object("Consultation", "/consultation/" + r.key() + "-" + (i + 1), reportStamp(r));
            node.put("paper", url("/paper/" + r.key()));
            node.put("authoritative", false);
            node.put("role", c.role() + " – " + c.organization()
                    + (c.date() == null ? "" : " am " + German.date(c.date())));
            node.put("souveraen:organization", c.organization());
            if (c.date() != null) {
                node.put("souveraen:date", c.date().toString());
            }
            out.add(node);
        }
        return out;
    }

    private static Stamp reportStamp(de.souveraen.workgroup.publication.PublishedReport r) {
        Instant at = r.publishedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        return new Stamp(at, at);
    }

    public ObjectNode consultation(UUID proposalId, MeetingState meeting, AgendaItem item, Stamp stamp) {
        return consultation(proposalId, meeting.meetingId(), item.id(), stamp);
    }

    /** The paper {@code proposalId} on the agenda item {@code itemId} of a meeting (the consultation's id). */
    public ObjectNode consultation(UUID proposalId, UUID meetingId, UUID itemId, Stamp stamp) {
        ObjectNode node = object("Consultation", "/consultation/" + itemId, stamp);
        node.put("paper", url("/paper/" + proposalId));
        node.put("agendaItem", url("/agenda-item/" + itemId));
        node.put("meeting", url("/meeting/" + meetingId));
        node.putArray("organization").add(url("/organization/ag-digitale-souveraenitaet"));
        node.put("authoritative", false);
        node.put("role", "Vorberatung");
        return node;
    }

    /** A deleted object: only id, type, created, modified and {@code deleted: true}. */
    public ObjectNode deleted(String type, String path, Stamp stamp) {
        ObjectNode node = object(type, path, stamp);
        node.put("deleted", true);
        return node;
    }

    static String offset(Instant instant) {
        return dateTime(OffsetDateTime.ofInstant(instant, German.ZONE));
    }

    /** A date-time as OParl writes it, e.g. {@code 2026-03-18T16:00:00+01:00} (seconds kept, fractions dropped). */
    static String dateTime(OffsetDateTime time) {
        return DATE_TIME.format(time);
    }
}
