package de.souveraen.workgroup.meeting.vote;

import static de.souveraen.eventstore.domain.Rejection.Kind.CONFLICT;
import static de.souveraen.eventstore.domain.Rejection.Kind.NOT_FOUND;
import static de.souveraen.eventstore.domain.Rejection.Kind.UNPROCESSABLE;
import static de.souveraen.workgroup.testing.Meetings.attendance;
import static de.souveraen.workgroup.testing.Meetings.present;
import static de.souveraen.workgroup.testing.Meetings.vote;
import static de.souveraen.workgroup.testing.Workgroup.ADMIN;
import static de.souveraen.workgroup.testing.Workgroup.CDU;
import static de.souveraen.workgroup.testing.Workgroup.CDU_1;
import static de.souveraen.workgroup.testing.Workgroup.CDU_2;
import static de.souveraen.workgroup.testing.Workgroup.CDU_3;
import static de.souveraen.workgroup.testing.Workgroup.FDP;
import static de.souveraen.workgroup.testing.Workgroup.FDP_1;
import static de.souveraen.workgroup.testing.Workgroup.GRUENE;
import static de.souveraen.workgroup.testing.Workgroup.GRUENE_1;
import static de.souveraen.workgroup.testing.Workgroup.ITEM_1;
import static de.souveraen.workgroup.testing.Workgroup.ITEM_3;
import static de.souveraen.workgroup.testing.Workgroup.IT_LEAD;
import static de.souveraen.workgroup.testing.Workgroup.MEETING;
import static de.souveraen.workgroup.testing.Workgroup.MEETING_DATE;
import static de.souveraen.workgroup.testing.Workgroup.PROPOSAL;
import static de.souveraen.workgroup.testing.Workgroup.SPD;
import static de.souveraen.workgroup.testing.Workgroup.SPD_1;
import static de.souveraen.workgroup.testing.Workgroup.SPD_2;
import static de.souveraen.workgroup.testing.Workgroup.STRANGER;
import static de.souveraen.workgroup.testing.Workgroup.VOTE_1;
import static de.souveraen.workgroup.testing.Workgroup.VOTE_2;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.workgroup.Affiliation;
import de.souveraen.contracts.workgroup.AttendanceStatus;
import de.souveraen.contracts.workgroup.DecisionOutcome;
import de.souveraen.contracts.workgroup.DecisionRecorded;
import de.souveraen.contracts.workgroup.FactionTally;
import de.souveraen.contracts.workgroup.MemberVote;
import de.souveraen.contracts.workgroup.MinutesApproved;
import de.souveraen.contracts.workgroup.Quorum;
import de.souveraen.contracts.workgroup.Tally;
import de.souveraen.contracts.workgroup.VoteChoice;
import de.souveraen.contracts.workgroup.VoteMethod;
import de.souveraen.contracts.workgroup.VoteRecorded;
import de.souveraen.contracts.workgroup.VoteResult;
import de.souveraen.contracts.workgroup.MeetingEvent;
import de.souveraen.workgroup.meeting.MeetingCommand;
import de.souveraen.workgroup.meeting.MeetingCommand.RecordVote;
import de.souveraen.workgroup.meeting.MeetingState;
import de.souveraen.workgroup.testing.Meetings;
import de.souveraen.eventstore.domain.DeciderSpec;
import de.souveraen.workgroup.testing.Workgroup;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class VoteTest {
    private static final String TITLE = "Empfehlung: Open-Source-Strategie der Gemeinde";

    private final DeciderSpec<MeetingCommand, MeetingState, MeetingEvent> spec = Meetings.spec();

    private DeciderSpec<MeetingCommand, MeetingState, MeetingEvent> heldWith(java.util.UUID... present) {
        return spec.given(Meetings.heldMeeting()).given(present(present));
    }

    @Test
    void a_vote_by_totals_with_quorum_is_adopted_with_more_yes_than_no() {
        heldWith(CDU_1, CDU_2, CDU_3, SPD_1, SPD_2, IT_LEAD).given(attendance(AttendanceStatus.EXCUSED, GRUENE_1))
                .when(vote(VOTE_1, Ballot.totals(3, 1, 1)))
                .then(new VoteRecorded(MEETING, MEETING_DATE, ITEM_1, TITLE, true, PROPOSAL, VOTE_1, null,
                        VoteMethod.TOTALS, new Quorum(7, 5, 4, true), new Tally(3, 1, 1), List.of(), List.of(),
                        List.of(GRUENE_1, FDP_1), List.of(), List.of(), VoteResult.ADOPTED));
    }

    @Test
    void abstentions_do_not_count_for_the_majority_and_a_tie_rejects() {
        heldWith(Workgroup.VOTING.toArray(java.util.UUID[]::new));
        assertThat(spec.when(vote(VOTE_1, Ballot.totals(3, 3, 1))).event(VoteRecorded.class).result())
                .isEqualTo(VoteResult.REJECTED);
        assertThat(spec.when(vote(VOTE_1, Ballot.totals(2, 1, 4))).event(VoteRecorded.class).result())
                .isEqualTo(VoteResult.ADOPTED);
        assertThat(spec.when(vote(VOTE_1, Ballot.totals(0, 0, 7))).event(VoteRecorded.class).result())
                .isEqualTo(VoteResult.REJECTED);
    }

    @Test
    void a_meeting_is_presumed_quorate_until_a_lack_of_quorum_is_recorded() {
        VoteRecorded event = heldWith(CDU_1, CDU_2, SPD_1, IT_LEAD).when(vote(VOTE_1, Ballot.totals(3, 0, 0)))
                .event(VoteRecorded.class);
        assertThat(event.quorum()).isEqualTo(new Quorum(7, 3, 4, true));
        assertThat(event.result()).isEqualTo(VoteResult.ADOPTED);
    }

    @Test
    void quorum_means_more_than_half_of_the_members_with_a_vote() {
        assertThat(Quorums.of(7, 3).reached()).isFalse();
        assertThat(Quorums.of(7, 4).reached()).isTrue();
        assertThat(Quorums.of(8, 4).reached()).isFalse();
        assertThat(Quorums.of(8, 5)).isEqualTo(new Quorum(8, 5, 5, true));
        assertThat(Quorums.of(1, 1).reached()).isTrue();
    }

    @Test
    void the_count_is_taken_when_the_vote_is_recorded_from_who_is_present_then() {
        heldWith(CDU_1, CDU_2, SPD_1, GRUENE_1);
        spec.given(spec.when(vote(VOTE_1, Ballot.totals(4, 0, 0))).events());
        spec.given(attendance(AttendanceStatus.ABSENT, GRUENE_1));
        VoteRecorded second = spec.when(new RecordVote(MEETING, ITEM_1, VOTE_2, "Änderungsantrag", Ballot.totals(3, 0,
                0), Workgroup.roster())).event(VoteRecorded.class);
        assertThat(second.quorum()).isEqualTo(new Quorum(7, 3, 4, true));
        assertThat(second.absent()).contains(GRUENE_1);
    }

    @Test
    void more_votes_than_voting_members_present_are_impossible_and_advisory_members_do_not_count() {
        heldWith(CDU_1, CDU_2, CDU_3, SPD_1, IT_LEAD).when(vote(VOTE_1, Ballot.totals(4, 1, 0)))
                .thenRejected(UNPROCESSABLE, "more-votes-than-present", "totals");
    }

    @Test
    void a_vote_needs_votes_and_no_negative_counts() {
        heldWith(CDU_1, CDU_2, CDU_3, SPD_1);
        spec.when(vote(VOTE_1, Ballot.totals(0, 0, 0))).thenRejected(UNPROCESSABLE, "no-votes-cast", "totals");
        spec.when(vote(VOTE_1, Ballot.totals(3, -1, 0))).thenRejected(UNPROCESSABLE, "negative", "totals");
        spec.when(vote(VOTE_1, new Ballot(null, new Tally(1, 0, 0), null, null)))
                .thenRejected(UNPROCESSABLE, "required", "method");
        spec.when(vote(VOTE_1, new Ballot(VoteMethod.TOTALS, null, null, null)))
                .thenRejected(UNPROCESSABLE, "required", "totals");
    }

    @Test
    void a_ballot_carries_only_what_its_method_counts() {
        heldWith(CDU_1, CDU_2, CDU_3, SPD_1).when(vote(VOTE_1, new Ballot(VoteMethod.TOTALS, new Tally(1, 0, 0), null,
                List.of(new MemberBallot(CDU_1, VoteChoice.YES)))))
                .thenRejected(UNPROCESSABLE, "ballot-mismatch", "members");
    }

    @Test
    void a_vote_before_the_meeting_is_held_is_a_conflict() {
        spec.given(Meetings.scheduled(), Meetings.item(ITEM_1, 1, TITLE), Meetings.invited())
                .when(vote(VOTE_1, Ballot.totals(1, 0, 0))).thenRejected(CONFLICT, "meeting-not-held", null);
    }

    @Test
    void a_vote_after_the_minutes_are_approved_is_a_conflict() {
        heldWith(CDU_1, CDU_2, CDU_3, SPD_1).given(new MinutesApproved(MEETING, LocalDate.of(2026, 4, 16)))
                .when(vote(VOTE_1, Ballot.totals(1, 0, 0))).thenRejected(CONFLICT, "minutes-approved", null);
    }

    @Test
    void a_vote_is_on_an_item_of_the_agenda_not_yet_decided_and_its_id_is_new() {
        heldWith(CDU_1, CDU_2, CDU_3, SPD_1);
        spec.when(new RecordVote(MEETING, ITEM_3, VOTE_1, null, Ballot.totals(1, 0, 0), Workgroup.roster()))
                .thenRejected(NOT_FOUND, "agenda-item-not-found", null);
        spec.given(spec.when(vote(VOTE_1, Ballot.totals(4, 0, 0))).events());
        spec.when(vote(VOTE_1, Ballot.totals(4, 0, 0))).thenRejected(CONFLICT, "vote-exists", "voteId");
        spec.given(new DecisionRecorded(MEETING, MEETING_DATE, ITEM_1, TITLE, true, PROPOSAL, DecisionOutcome.ADOPTED,
                "Beschlossen.", VOTE_1, new Tally(4, 0, 0), null));
        spec.when(vote(VOTE_2, Ballot.totals(4, 0, 0))).thenRejected(CONFLICT, "item-decided", "agendaItemId");
    }

    @Test
    void a_vote_by_faction_lists_every_faction_with_a_vote_and_its_presence() {
        VoteRecorded event = heldWith(CDU_1, CDU_2, SPD_1, SPD_2, GRUENE_1).when(vote(VOTE_1, Ballot.byFaction(List.of(
                new FactionBallot(SPD, new Tally(2, 0, 0)),
                new FactionBallot(Affiliation.faction(" CDU "), new Tally(1, 0, 1))))))
                .event(VoteRecorded.class);
        assertThat(event.method()).isEqualTo(VoteMethod.BY_FACTION);
        assertThat(event.tally()).isEqualTo(new Tally(3, 0, 1));
        assertThat(event.factions()).containsExactly(
                new FactionTally(GRUENE, 1, 1, Tally.ZERO),
                new FactionTally(CDU, 3, 2, new Tally(1, 0, 1)),
                new FactionTally(FDP, 1, 0, Tally.ZERO),
                new FactionTally(SPD, 2, 2, new Tally(2, 0, 0)));
        assertThat(event.result()).isEqualTo(VoteResult.ADOPTED);
    }

    @Test
    void a_faction_cannot_cast_more_votes_than_its_voting_members_present() {
        heldWith(CDU_1, CDU_2, SPD_1, SPD_2, GRUENE_1);
        spec.when(vote(VOTE_1, Ballot.byFaction(List.of(new FactionBallot(SPD, new Tally(1, 0, 0)),
                new FactionBallot(CDU, new Tally(3, 0, 0))))))
                .thenRejected(UNPROCESSABLE, "more-votes-than-present", "factions[1].tally");
    }

    @Test
    void a_faction_must_have_a_vote_and_appear_once() {
        heldWith(CDU_1, CDU_2, SPD_1, SPD_2, GRUENE_1, IT_LEAD);
        spec.when(vote(VOTE_1, Ballot.byFaction(List.of(new FactionBallot(Affiliation.faction("AfD"),
                new Tally(1, 0, 0)))))).thenRejected(UNPROCESSABLE, "unknown-faction", "factions[0].affiliation");
        spec.when(vote(VOTE_1, Ballot.byFaction(List.of(new FactionBallot(ADMIN, new Tally(1, 0, 0))))))
                .thenRejected(UNPROCESSABLE, "unknown-faction", "factions[0].affiliation");
        spec.when(vote(VOTE_1, Ballot.byFaction(List.of(new FactionBallot(SPD, new Tally(1, 0, 0)),
                new FactionBallot(SPD, new Tally(1, 0, 0))))))
                .thenRejected(UNPROCESSABLE, "duplicate-faction", "factions[1].affiliation");
        spec.when(vote(VOTE_1, Ballot.byFaction(List.of(new FactionBallot(SPD, Tally.ZERO)))))
                .thenRejected(UNPROCESSABLE, "no-votes-cast", "factions");
    }

    @Test
    void a_roll_call_records_each_vote_the_absent_and_those_present_who_did_not_vote() {
        VoteRecorded event = heldWith(CDU_1, CDU_2, SPD_1, SPD_2, GRUENE_1, IT_LEAD)
                .given(attendance(AttendanceStatus.EXCUSED, FDP_1))
                .when(vote(VOTE_1, Ballot.rollCall(List.of(new MemberBallot(SPD_1, VoteChoice.YES),
                        new MemberBallot(CDU_1, VoteChoice.NO), new MemberBallot(GRUENE_1, VoteChoice.YES),
                        new MemberBallot(SPD_2, VoteChoice.ABSTAIN)))))
                .event(VoteRecorded.class);
        assertThat(event.method()).isEqualTo(VoteMethod.ROLL_CALL);
        assertThat(event.votes()).containsExactly(new MemberVote(SPD_1, SPD, VoteChoice.YES),
                new MemberVote(CDU_1, CDU, VoteChoice.NO), new MemberVote(GRUENE_1, GRUENE, VoteChoice.YES),
                new MemberVote(SPD_2, SPD, VoteChoice.ABSTAIN));
        assertThat(event.tally()).isEqualTo(new Tally(2, 1, 1));
        assertThat(event.factions()).containsExactly(
                new FactionTally(GRUENE, 1, 1, new Tally(1, 0, 0)),
                new FactionTally(CDU, 3, 2, new Tally(0, 1, 0)),
                new FactionTally(FDP, 1, 0, Tally.ZERO),
                new FactionTally(SPD, 2, 2, new Tally(1, 0, 1)));
        assertThat(event.absent()).containsExactly(CDU_3, FDP_1);
        assertThat(event.notVoting()).containsExactly(CDU_2);
        assertThat(event.quorum()).isEqualTo(new Quorum(7, 5, 4, true));
        assertThat(event.result()).isEqualTo(VoteResult.ADOPTED);
    }

    @Test
    void in_a_roll_call_only_present_members_with_a_vote_vote_and_each_once() {
        heldWith(CDU_1, CDU_2, SPD_1, SPD_2, IT_LEAD);
        spec.when(vote(VOTE_1, Ballot.rollCall(List.of(new MemberBallot(CDU_1, VoteChoice.YES),
                new MemberBallot(IT_LEAD, VoteChoice.YES)))))
                .thenRejected(UNPROCESSABLE, "no-voting-right", "members[1].memberId");
        spec.when(vote(VOTE_1, Ballot.rollCall(List.of(new MemberBallot(GRUENE_1, VoteChoice.YES)))))
                .thenRejected(UNPROCESSABLE, "member-not-present", "members[0].memberId");
        spec.when(vote(VOTE_1, Ballot.rollCall(List.of(new MemberBallot(STRANGER, VoteChoice.YES)))))
                .thenRejected(UNPROCESSABLE, "not-a-member", "members[0].memberId");
        spec.when(vote(VOTE_1, Ballot.rollCall(List.of(new MemberBallot(CDU_1, VoteChoice.YES),
                new MemberBallot(CDU_1, VoteChoice.NO)))))
                .thenRejected(UNPROCESSABLE, "duplicate-member", "members[1].memberId");
        spec.when(vote(VOTE_1, Ballot.rollCall(List.of(new MemberBallot(CDU_1, null)))))
                .thenRejected(UNPROCESSABLE, "required", "members[0].choice");
    }

    @Test
    void the_roster_decides_who_has_a_vote_on_the_meeting_date() {
        heldWith(CDU_1, CDU_2, SPD_1, SPD_2);
        spec.when(new RecordVote(MEETING, ITEM_1, VOTE_1, null, Ballot.totals(1, 0, 0), Workgroup.roster(
                MEETING_DATE.plusDays(1)))).thenRejected(UNPROCESSABLE, "roster-date-mismatch", "roster.date");
        spec.when(new RecordVote(MEETING, ITEM_1, VOTE_1, null, Ballot.totals(1, 0, 0),
                new de.souveraen.workgroup.roster.Roster(MEETING_DATE, List.of(Workgroup.roster().entries().get(7)))))
                .thenRejected(UNPROCESSABLE, "no-voting-members", "roster");
    }
}
