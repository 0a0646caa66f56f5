package de.souveraen.workgroup.oparl;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.souveraen.contracts.EventEnvelope;
import de.souveraen.contracts.EventTypeRegistry;
import de.souveraen.contracts.PublishedLanguage;
import de.souveraen.contracts.workgroup.AgendaItemAdded;
import de.souveraen.contracts.workgroup.AgendaItemRemoved;
import de.souveraen.contracts.workgroup.ProposalSubmitted;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.workgroup.meeting.MeetingDecider;
import de.souveraen.workgroup.meeting.MeetingState;
import de.souveraen.workgroup.meeting.agenda.AgendaItem;
import de.souveraen.workgroup.member.MemberDecider;
import de.souveraen.workgroup.member.MemberState;
import de.souveraen.workgroup.oparl.OParl.Stamp;
import de.souveraen.workgroup.proposal.ProposalDecider;
import de.souveraen.workgroup.proposal.ProposalState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The OParl 1.1 catalogue of the working group, projected from the states of members, meetings and proposals and their
 * events (which give the created/modified stamps, the agenda items' own creation and the removed ones): pure, no I/O.
 * Which objects a reader sees (public meetings and items only, unless internal) is the {@link OParl} mapper's flag.
 */
public final class OParlProjector {
    private static final EventTypeRegistry REGISTRY = PublishedLanguage.registry();

    private OParlProjector() {
    }

    /** What the catalogue is built from: the current states and every event of the three stream types. */
    public record Sources(List<MemberState> members, List<MeetingState> meetings, List<ProposalState> proposals,
            List<EventEnvelope> memberEvents, List<EventEnvelope> meetingEvents, List<EventEnvelope> proposalEvents) {
    }

    /** Every OParl object of the working group, by list name, as one kind of reader may see them. */
    public record Catalogue(ObjectNode system, ObjectNode body, Map<String, List<ObjectNode>> lists) {
        /** The object with this URL in the list, or a 404. */
        public ObjectNode find(String list, String id) {
            return lists.get(list).stream().filter(node -> node.get("id").asText().equals(id)).findFirst()
                    .orElseThrow(() -> Rejection.notFound("oparl-object-not-found", "Das OParl-Objekt " + id
                            + " gibt es nicht.", "There is no OParl object " + id + "."));
        }
    }

    public static Catalogue project(OParl oparl, Sources sources) {
        Map<String, Stamp> stamps = streamStamps(sources);
        Map<UUID, Stamp> items = new HashMap<>();
        List<OParl.Removed> removed = new ArrayList<>();
        for (EventEnvelope e : sources.meetingEvents()) {
            if (is(e, AgendaItemAdded.class)) {
                AgendaItemAdded added = (AgendaItemAdded) e.decode(REGISTRY);
                items.put(added.agendaItemId(), new Stamp(e.recordedAt(), e.recordedAt()));
            } else if (is(e, AgendaItemRemoved.class)) {
                AgendaItemRemoved gone = (AgendaItemRemoved) e.decode(REGISTRY);
                Stamp was = items.getOrDefault(gone.agendaItemId(), new Stamp(e.recordedAt(), e.recordedAt()));
                removed.add(new OParl.Removed(gone.meetingId(), gone.agendaItemId(),
                        new Stamp(was.created(), e.recordedAt())));
            }
        }
        Map<UUID, ProposalSubmitted> submitted = new HashMap<>();
        for (EventEnvelope e : sources.proposalEvents()) {
            if (is(e, ProposalSubmitted.class)) {
                ProposalSubmitted p = (ProposalSubmitted) e.decode(REGISTRY);
                submitted.put(p.proposalId(), p);
            }
        }
        Instant first = stamps.values().stream().map(Stamp::created).min(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
        Instant last = stamps.values().stream().map(Stamp::modified).max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
        Stamp whole = new Stamp(first, last);
        List<MemberState> activeMembers = sources.members().stream().filter(MemberState::exists)
                .sorted(Comparator.comparing(m -> m.memberId().toString())).toList();
        Map<String, List<ObjectNode>> lists = new LinkedHashMap<>();
        Map<String, de.souveraen.workgroup.member.MembershipPeriod> periods = new LinkedHashMap<>();
        for (MemberState m : activeMembers) {
            for (int i = 0; i < m.periods().size(); i++) {
                periods.put(m.memberId() + "-" + (i + 1), m.periods().get(i));
            }
        }
        lists.put("organizations", oparl.organizations(whole, periods));
        List<ObjectNode> people = new ArrayList<>();
        List<ObjectNode> memberships = new ArrayList<>();
        for (MemberState m : activeMembers) {
            Stamp stamp = stamps.get(MemberDecider.AGGREGATE.streamId(m.memberId()));
            people.add(oparl.person(m, stamp));
            memberships.addAll(oparl.memberships(m, stamp));
        }
        lists.put("people", people);
        lists.put("memberships", memberships);
        List<ObjectNode> meetingNodes = new ArrayList<>();
        List<ObjectNode> agendaNodes = new ArrayList<>();
        List<ObjectNode> consultations = new ArrayList<>();
        Map<UUID, List<ObjectNode>> consultationsOf = new HashMap<>();
        // non-public meetings only for readers with a role (anonymous and role-less callers: public ones only)
        List<MeetingState> sorted = sources.meetings().stream().filter(MeetingState::exists)
                .filter(m -> m.publicMeeting() || oparl.internal())
                .sorted(Comparator.comparing(MeetingState::start).thenComparing(m -> m.meetingId().toString()))
                .toList();
        for (MeetingState m : sorted) {
            Stamp stamp = stamps.get(MeetingDecider.AGGREGATE.streamId(m.meetingId()));
            meetingNodes.add(oparl.meeting(m, stamp, items));
            agendaNodes.addAll(oparl.agendaItems(m, stamp, items));
            for (AgendaItem item : m.agenda().items()) {
                if (item.proposalId() != null && (item.publicItem() || oparl.internal())) {
                    ObjectNode consultation = oparl.consultation(item.proposalId(), m, item,
                            new Stamp(items.getOrDefault(item.id(), stamp).created(), stamp.modified()));
                    consultationsOf.computeIfAbsent(item.proposalId(), id -> new ArrayList<>()).add(consultation);
                    consultations.add(consultation);
                }
            }
        }
        for (OParl.Removed r : removed) {
            agendaNodes.add(oparl.deleted("AgendaItem", "/agenda-item/" + r.agendaItemId(), r.stamp()));
        }
        lists.put("meetings", meetingNodes);
        lists.put("agenda-items", agendaNodes);
        lists.put("consultations", consultations);
        List<ObjectNode> papers = new ArrayList<>();
        for (ProposalState p : sources.proposals().stream().filter(ProposalState::exists)
                .sorted(Comparator.comparing(p -> p.proposalId().toString())).toList()) {
            ProposalSubmitted s = submitted.get(p.proposalId());
            papers.add(oparl.paper(new OParl.Proposal(p.proposalId(), s == null ? null : s.reference(), p.title(),
                    p.text(), s == null ? null : s.submittedOn()),
                    stamps.get(ProposalDecider.AGGREGATE.streamId(p.proposalId())),
                    consultationsOf.getOrDefault(p.proposalId(), List.of())));
        }
        lists.put("papers", papers);
        return new Catalogue(oparl.system(whole), oparl.body(whole), lists);
    }

    /** Created (first event) and modified (last event) of every stream. */
    private static Map<String, Stamp> streamStamps(Sources sources) {
        Map<String, Stamp> stamps = new HashMap<>();
        for (List<EventEnvelope> events : List.of(sources.memberEvents(), sources.meetingEvents(),
                sources.proposalEvents())) {
            for (EventEnvelope e : events) {
                stamps.merge(e.streamId(), new Stamp(e.recordedAt(), e.recordedAt()),
                        (a, b) -> new Stamp(a.created(), b.modified()));
            }
        }
        return stamps;
    }

    /** Whether the envelope holds an event of this record type (any version). */
    private static boolean is(EventEnvelope e, Class<?> type) {
        String name = e.type();
        return type.getSimpleName().equals(name.substring(name.indexOf('.') + 1, name.lastIndexOf('.')));
    }
}
