package de.souveraen.workgroup.meeting.vote;

import static de.souveraen.eventstore.domain.Rejection.Kind.CONFLICT;
import static de.souveraen.eventstore.domain.Rejection.Kind.UNPROCESSABLE;
import static de.souveraen.workgroup.testing.Workgroup.CDU_1;
import static de.souveraen.workgroup.testing.Workgroup.CDU_2;
import static de.souveraen.workgroup.testing.Workgroup.ITEM_1;
import static de.souveraen.workgroup.testing.Workgroup.ITEM_2;
import static de.souveraen.workgroup.testing.Workgroup.MEETING;
import static de.souveraen.workgroup.testing.Workgroup.MEETING_DATE;
import static de.souveraen.workgroup.testing.Workgroup.PROPOSAL;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.workgroup.AgendaItemAdded;
import de.souveraen.contracts.workgroup.AttendanceEntry;
import de.souveraen.contracts.workgroup.AttendanceRecorded;
import de.souveraen.contracts.workgroup.AttendanceStatus;
import de.souveraen.contracts.workgroup.DecisionOutcome;
import de.souveraen.contracts.workgroup.DecisionRecorded;
import de.souveraen.contracts.workgroup.MeetingEvent;
import de.souveraen.contracts.workgroup.MeetingHeld;
import de.souveraen.contracts.workgroup.MeetingInvitationsSent;
import de.souveraen.contracts.workgroup.MeetingReconvened;
import de.souveraen.contracts.workgroup.MeetingScheduled;
import de.souveraen.contracts.workgroup.Quorum;
import de.souveraen.contracts.workgroup.QuorumLackRecorded;
import de.souveraen.contracts.workgroup.VoteRecorded;
import de.souveraen.contracts.workgroup.VoteResult;
import de.souveraen.eventstore.domain.DeciderSpec;
import de.souveraen.workgroup.meeting.MeetingCommand;
import de.souveraen.workgroup.meeting.MeetingCommand.Reconvening;
import de.souveraen.workgroup.meeting.MeetingCommand.RecordQuorumLack;
import de.souveraen.workgroup.meeting.MeetingCommand.RecordVote;
import de.souveraen.workgroup.meeting.MeetingCommand.ScheduleMeeting;
import de.souveraen.workgroup.meeting.MeetingDecider;
import de.souveraen.workgroup.meeting.MeetingState;
import de.souveraen.workgroup.roster.RosterEntry;
import de.souveraen.workgroup.testing.Meetings;
import de.souveraen.workgroup.testing.Workgroup;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * § 49 (2) GO NRW: a meeting convened again for the items an earlier meeting could not decide for lack of quorum is
 * quorate for those items regardless of how many are present; the decider carries the undecided items over and never
 * refuses a vote on them for lack of quorum, while new items of the same meeting follow § 49 (1) as usual.
 */
class ReconvenedMeetingTest {
    static final UUID AGAIN = UUID.fromString("7d1c2a4e-0000-4000-8000-000000000002");
    static final UUID CARRIED = UUID.fromString("7d1c2a4e-0000-4000-8000-0000000000b1");
    static final UUID CARRIED_2 = UUID.fromString("7d1c2a4e-0000-4000-8000-0000000000b2");
    static final UUID NEW_ITEM = UUID.fromString("7d1c2a4e-0000-4000-8000-0000000000b3");
    static final LocalDate AGAIN_DATE = LocalDate.of(2026, 3, 26);
    static final OffsetDateTime AGAIN_START = OffsetDateTime.parse("2026-03-26T18:00:00+01:00");
    private final DeciderSpec<MeetingCommand, MeetingState, MeetingEvent> spec = Meetings.spec();

    /** The meeting of 12 March: two items, the first decided, then only two members left and the lack recorded. */
    static List<MeetingEvent> earlierEvents(boolean lackRecorded) {
        List<MeetingEvent> events = new ArrayList<>(Meetings.heldMeeting());
        events.add(new AgendaItemAdded(MEETING, ITEM_2, 2, "Pilot openDesk", true, null));
        events.add(Meetings.present(CDU_1, CDU_2));
        if (lackRecorded) {
            events.add(new QuorumLackRecorded(MEETING, MEETING_DATE, new Quorum(7, 2, 4, false)));
        }
        return events;
    }

    static MeetingState fold(List<MeetingEvent> events) {
        MeetingDecider decider = new MeetingDecider();
        MeetingState state = decider.initialState();
        for (MeetingEvent e : events) {
            state = decider.evolve(state, e);
        }
        return state;
    }

    static ScheduleMeeting again(MeetingState earlier, OffsetDateTime start) {
        return new ScheduleMeeting(AGAIN, "3. Sitzung (erneut einberufen)", start, start.plusHours(2), "Rathaus",
                true, new Reconvening(MEETING, earlier, List.of(CARRIED, CARRIED_2)));
    }

    @Test
    void the_earlier_meetings_undecided_items_are_carried_over_onto_the_new_agenda() {
        spec.when(again(fold(earlierEvents(true)), AGAIN_START)).then(
                new MeetingScheduled(AGAIN, "3. Sitzung (erneut einberufen)", AGAIN_START, AGAIN_START.plusHours(2),
                        "Rathaus", true),
                new AgendaItemAdded(AGAIN, CARRIED, 1, "Empfehlung: Open-Source-Strategie der Gemeinde", true,
                        PROPOSAL),
                new AgendaItemAdded(AGAIN, CARRIED_2, 2, "Pilot openDesk", true, null),
                new MeetingReconvened(AGAIN, MEETING, MEETING_DATE, List.of(CARRIED, CARRIED_2)));
        MeetingState state = spec.given(spec.when(again(fold(earlierEvents(true)), AGAIN_START)).events()).state();
        assertThat(state.reconvenedFrom()).isEqualTo(MEETING);
        assertThat(state.agenda().items()).allMatch(item -> item.carriedOver());
    }

    @Test
    void a_decided_item_stays_behind() {
        List<MeetingEvent> earlier = new ArrayList<>(earlierEvents(false));
        earlier.add(new DecisionRecorded(MEETING, MEETING_DATE, ITEM_1, "Empfehlung: Open-Source-Strategie der Gemeinde",
                true, PROPOSAL, DecisionOutcome.DEFERRED, "Vertagt.", null, null, null));
        earlier.add(new QuorumLackRecorded(MEETING, MEETING_DATE, new Quorum(7, 2, 4, false)));
        List<MeetingEvent> events = spec.when(again(fold(earlier), AGAIN_START)).events();
        assertThat(events).filteredOn(AgendaItemAdded.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((AgendaItemAdded) e).title()).isEqualTo("Pilot openDesk"));
    }

    @Test
    void only_after_a_recorded_lack_of_quorum_later_than_the_earlier_meeting_with_something_left() {
        spec.when(again(fold(earlierEvents(false)), AGAIN_START))
                .thenRejected(UNPROCESSABLE, "quorum-not-lacking", "reconvenedFrom");
        spec.when(again(MeetingState.NONE, AGAIN_START))
                .thenRejected(UNPROCESSABLE, "meeting-not-found", "reconvenedFrom");
        spec.when(again(fold(earlierEvents(true)), Workgroup.START.minusDays(1)))
                .thenRejected(UNPROCESSABLE, "too-early", "start");
    }

    /** The reconvened meeting held with one member with a vote present, and its lack of quorum recorded. */
    private void heldAgainWithOneMemberAndTheLackRecorded() {
        spec.given(spec.when(again(fold(earlierEvents(true)), AGAIN_START)).events());
        spec.given(new AgendaItemAdded(AGAIN, NEW_ITEM, 3, "Verschiedenes", true, null),
                new MeetingInvitationsSent(AGAIN, AGAIN_DATE.minusDays(7)),
                new MeetingHeld(AGAIN, AGAIN_START, AGAIN_START.plusHours(2)));
        RosterEntry anna = Workgroup.roster(AGAIN_DATE).entry(CDU_1).orElseThrow();
        spec.given(new AttendanceRecorded(AGAIN, AGAIN_DATE, List.of(new AttendanceEntry(CDU_1,
                AttendanceStatus.PRESENT, anna.affiliation(), anna.role(), anna.votingRight()))));
        spec.given(spec.when(new RecordQuorumLack(AGAIN, Workgroup.roster(AGAIN_DATE))).events());
    }

    @Test
    void a_carried_over_item_is_voted_on_regardless_of_the_recorded_lack_of_quorum() {
        heldAgainWithOneMemberAndTheLackRecorded();
        VoteRecorded vote = spec.when(new RecordVote(AGAIN, CARRIED, Workgroup.VOTE_1, "Empfehlung",
                Ballot.totals(1, 0, 0), Workgroup.roster(AGAIN_DATE))).event(VoteRecorded.class);
        assertThat(vote.result()).isEqualTo(VoteResult.ADOPTED);
        assertThat(vote.quorum().reached()).isTrue();
        assertThat(vote.quorum().present()).isEqualTo(1);
    }

    @Test
    void a_new_item_of_the_reconvened_meeting_still_needs_quorum() {
        heldAgainWithOneMemberAndTheLackRecorded();
        spec.when(new RecordVote(AGAIN, NEW_ITEM, Workgroup.VOTE_2, "Verschiedenes", Ballot.totals(1, 0, 0),
                Workgroup.roster(AGAIN_DATE))).thenRejected(CONFLICT, "quorum-lacking", null);
    }
}
