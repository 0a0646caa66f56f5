package de.souveraen.workgroup.oparl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.souveraen.contracts.DomainEvent;
import de.souveraen.contracts.EventEnvelope;
import de.souveraen.contracts.EventTypeRegistry;
import de.souveraen.contracts.PublishedLanguage;
import de.souveraen.contracts.workgroup.AgendaItemAdded;
import de.souveraen.contracts.workgroup.AgendaItemRemoved;
import de.souveraen.contracts.workgroup.MeetingEvent;
import de.souveraen.contracts.workgroup.MeetingScheduled;
import de.souveraen.contracts.workgroup.MemberEvent;
import de.souveraen.contracts.workgroup.MemberJoined;
import de.souveraen.contracts.workgroup.MemberRole;
import de.souveraen.contracts.workgroup.Person;
import de.souveraen.contracts.workgroup.ProposalEvent;
import de.souveraen.contracts.workgroup.ProposalSubmitted;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.store.Aggregate;
import de.souveraen.workgroup.meeting.MeetingDecider;
import de.souveraen.workgroup.member.MemberDecider;
import de.souveraen.workgroup.oparl.OParlProjector.Catalogue;
import de.souveraen.workgroup.proposal.ProposalDecider;
import de.souveraen.workgroup.testing.Meetings;
import de.souveraen.workgroup.testing.Workgroup;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The OParl catalogue projected from states and events, without a store or a server. */
class OParlProjectorTest {
    private static final String BASE = "https://ag.example.org";
    private static final EventTypeRegistry REGISTRY = PublishedLanguage.registry();
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final UUID MEETING = Workgroup.MEETING;
    private static final UUID PROPOSAL = Workgroup.PROPOSAL;
    private static final UUID MEMBER = Workgroup.CDU_1;

    /** The events of the three stream types, each recorded one hour after the one before. */
    private final List<MemberEvent> memberHistory = new ArrayList<>();
    private final List<MeetingEvent> meetingHistory = new ArrayList<>();
    private final List<ProposalEvent> proposalHistory = new ArrayList<>();
    private final List<EventEnvelope> memberEvents = new ArrayList<>();
    private final List<EventEnvelope> meetingEvents = new ArrayList<>();
    private final List<EventEnvelope> proposalEvents = new ArrayList<>();
    private int recorded;

    private static Instant hour(int n) {
        return T0.plusSeconds(3600L * n);
    }

    private OParlProjectorTest givenMember(MemberEvent event) {
        memberHistory.add(event);
        memberEvents.add(envelope(MemberDecider.AGGREGATE, MEMBER, memberEvents.size(), event));
        return this;
    }

    private OParlProjectorTest givenMeeting(MeetingEvent event) {
        meetingHistory.add(event);
        meetingEvents.add(envelope(MeetingDecider.AGGREGATE, MEETING, meetingEvents.size(), event));
        return this;
    }

    private OParlProjectorTest givenProposal(ProposalEvent event) {
        proposalHistory.add(event);
        proposalEvents.add(envelope(ProposalDecider.AGGREGATE, PROPOSAL, proposalEvents.size(), event));
        return this;
    }

    private EventEnvelope envelope(Aggregate<?, ?, ?> aggregate, UUID id, int version, DomainEvent event) {
        Instant at = hour(recorded++);
        return new EventEnvelope(UUID.randomUUID(), aggregate.streamId(id), aggregate.streamType(), version + 1,
                REGISTRY.nameOf(event), REGISTRY.encode(event), at, at, null, UUID.randomUUID(), null, "test");
    }

    private Catalogue projectedFor(boolean internal) {
        List<de.souveraen.workgroup.member.MemberState> members = memberHistory.isEmpty() ? List.of()
                : List.of(MemberDecider.AGGREGATE.decider().fold(memberHistory));
        List<de.souveraen.workgroup.meeting.MeetingState> meetings = meetingHistory.isEmpty() ? List.of()
                : List.of(MeetingDecider.AGGREGATE.decider().fold(meetingHistory));
        List<de.souveraen.workgroup.proposal.ProposalState> proposals = proposalHistory.isEmpty() ? List.of()
                : List.of(ProposalDecider.AGGREGATE.decider().fold(proposalHistory));
        return OParlProjector.project(new OParl(BASE, internal), new OParlProjector.Sources(members, meetings,
                proposals, memberEvents, meetingEvents, proposalEvents));
    }

    private static String url(String path) {
        return BASE + "/oparl/v1.1" + path;
    }

    private static ProposalSubmitted submitted() {
        return new ProposalSubmitted(PROPOSAL, "V-2026/07", "Pilot openDesk", "Die AG empfiehlt einen Pilotbetrieb.",
                "Verwaltung", null, List.of(), LocalDate.of(2026, 2, 20));
    }

    @Test
    void a_proposal_on_the_agenda_becomes_a_consultation_and_a_removed_item_a_deleted_stub() {
        givenProposal(submitted());
        givenMeeting(Meetings.scheduled());
        givenMeeting(new AgendaItemAdded(MEETING, Workgroup.ITEM_1, 1, "Pilot openDesk", true, PROPOSAL));
        givenMeeting(Meetings.item(Workgroup.ITEM_2, 2, "Verschiedenes"));
        givenMeeting(new AgendaItemRemoved(MEETING, Workgroup.ITEM_2, null));

        Catalogue catalogue = projectedFor(false);

        ObjectNode meeting = catalogue.find("meetings", url("/meeting/" + MEETING));
        assertThat(meeting.get("created").asText()).isEqualTo(OParl.offset(hour(1)));
        assertThat(meeting.get("modified").asText()).isEqualTo(OParl.offset(hour(4)));
        ObjectNode item = catalogue.find("agenda-items", url("/agenda-item/" + Workgroup.ITEM_1));
        assertThat(item.get("created").asText()).as("an item is created with its own event")
                .isEqualTo(OParl.offset(hour(2)));
        ObjectNode removed = catalogue.find("agenda-items", url("/agenda-item/" + Workgroup.ITEM_2));
        assertThat(removed.get("deleted").asBoolean()).isTrue();
        assertThat(removed.get("created").asText()).isEqualTo(OParl.offset(hour(3)));
        assertThat(removed.get("modified").asText()).isEqualTo(OParl.offset(hour(4)));
        ObjectNode consultation = catalogue.find("consultations", url("/consultation/" + Workgroup.ITEM_1));
        assertThat(consultation.get("paper").asText()).isEqualTo(url("/paper/" + PROPOSAL));
        assertThat(consultation.get("meeting").asText()).isEqualTo(url("/meeting/" + MEETING));
        ObjectNode paper = catalogue.find("papers", url("/paper/" + PROPOSAL));
        assertThat(paper.get("reference").asText()).isEqualTo("V-2026/07");
        assertThat(paper.get("date").asText()).isEqualTo("2026-02-20");
        assertThat(paper.get("consultation").get(0).get("id").asText()).isEqualTo(url("/consultation/" + Workgroup.ITEM_1));
    }

    @Test
    void a_non_public_meeting_is_seen_by_internal_readers_only() {
        givenMeeting(new MeetingScheduled(MEETING, "Nichtöffentliche Sitzung", Workgroup.START, Workgroup.END,
                "Rathaus", false));
        givenMeeting(new AgendaItemAdded(MEETING, Workgroup.ITEM_1, 1, "Personalsache", false, null));

        assertThat(projectedFor(false).lists().get("meetings")).isEmpty();
        assertThat(projectedFor(false).lists().get("agenda-items")).isEmpty();
        Catalogue internal = projectedFor(true);
        assertThat(internal.lists().get("meetings")).hasSize(1);
        assertThat(internal.find("agenda-items", url("/agenda-item/" + Workgroup.ITEM_1)).get("public").asBoolean())
                .isFalse();
    }

    @Test
    void system_and_body_span_every_stream_and_members_are_people_of_the_organization() {
        givenMember(new MemberJoined(MEMBER, new Person("Anna", "Adler", "anna@example.org"), Workgroup.CDU,
                MemberRole.MEMBER, true, LocalDate.of(2026, 1, 1)));
        givenMeeting(Meetings.scheduled());

        Catalogue catalogue = projectedFor(false);

        assertThat(catalogue.system().get("created").asText()).isEqualTo(OParl.offset(hour(0)));
        assertThat(catalogue.system().get("modified").asText()).isEqualTo(OParl.offset(hour(1)));
        assertThat(catalogue.body().get("modified").asText()).isEqualTo(OParl.offset(hour(1)));
        assertThat(catalogue.lists().get("people")).singleElement()
                .satisfies(person -> assertThat(person.get("id").asText()).endsWith(MEMBER.toString()));
        assertThat(catalogue.lists().get("memberships")).isNotEmpty();
        assertThat(catalogue.lists().get("organizations")).as("the working group and the member's faction")
                .hasSize(2);
        assertThat(catalogue.lists().get("organizations").get(1).get("organizationType").asText())
                .isEqualTo("Fraktion");
        assertThat(catalogue.lists().get("memberships").get(0).get("onBehalfOf").asText())
                .isEqualTo(catalogue.lists().get("organizations").get(1).get("id").asText());
    }

    @Test
    void nothing_recorded_gives_an_empty_catalogue_and_an_unknown_object_is_not_found() {
        Catalogue catalogue = projectedFor(false);

        assertThat(catalogue.lists().get("meetings")).isEmpty();
        assertThat(catalogue.lists().get("papers")).isEmpty();
        assertThatThrownBy(() -> catalogue.find("meetings", url("/meeting/" + MEETING)))
                .isInstanceOfSatisfying(Rejection.class,
                        r -> assertThat(r.code()).isEqualTo("oparl-object-not-found"));
    }
}
