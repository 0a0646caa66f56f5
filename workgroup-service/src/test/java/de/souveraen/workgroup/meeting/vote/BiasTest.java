package de.souveraen.workgroup.meeting.vote;

import static de.souveraen.eventstore.domain.Rejection.Kind.UNPROCESSABLE;
import static de.souveraen.workgroup.testing.Meetings.present;
import static de.souveraen.workgroup.testing.Workgroup.CDU;
import static de.souveraen.workgroup.testing.Workgroup.CDU_1;
import static de.souveraen.workgroup.testing.Workgroup.CDU_2;
import static de.souveraen.workgroup.testing.Workgroup.CDU_3;
import static de.souveraen.workgroup.testing.Workgroup.FDP;
import static de.souveraen.workgroup.testing.Workgroup.FDP_1;
import static de.souveraen.workgroup.testing.Workgroup.GRUENE;
import static de.souveraen.workgroup.testing.Workgroup.GRUENE_1;
import static de.souveraen.workgroup.testing.Workgroup.ITEM_1;
import static de.souveraen.workgroup.testing.Workgroup.IT_LEAD;
import static de.souveraen.workgroup.testing.Workgroup.MEETING;
import static de.souveraen.workgroup.testing.Workgroup.SPD;
import static de.souveraen.workgroup.testing.Workgroup.SPD_1;
import static de.souveraen.workgroup.testing.Workgroup.SPD_2;
import static de.souveraen.workgroup.testing.Workgroup.STRANGER;
import static de.souveraen.workgroup.testing.Workgroup.VOTE_1;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.workgroup.FactionTally;
import de.souveraen.contracts.workgroup.Quorum;
import de.souveraen.contracts.workgroup.Tally;
import de.souveraen.contracts.workgroup.VoteChoice;
import de.souveraen.contracts.workgroup.VoteRecorded;
import de.souveraen.contracts.workgroup.VoteResult;
import de.souveraen.contracts.workgroup.MeetingEvent;
import de.souveraen.eventstore.domain.DeciderSpec;
import de.souveraen.workgroup.meeting.MeetingCommand;
import de.souveraen.workgroup.meeting.MeetingCommand.RecordVote;
import de.souveraen.workgroup.meeting.MeetingState;
import de.souveraen.workgroup.testing.Meetings;
import de.souveraen.workgroup.testing.Workgroup;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Befangenheit (§ 31 GO NRW): an excluded member does not vote and counts neither for the majority nor the quorum. */
class BiasTest {
    private final DeciderSpec<MeetingCommand, MeetingState, MeetingEvent> spec = Meetings.spec();

    private DeciderSpec<MeetingCommand, MeetingState, MeetingEvent> everyonePresent() {
        return spec.given(Meetings.heldWithEveryonePresent());
    }

    private static RecordVote vote(Ballot ballot, UUID... excluded) {
        return new RecordVote(MEETING, ITEM_1, VOTE_1, null, ballot, Arrays.asList(excluded), Workgroup.roster());
    }

    @Test
    void members_excluded_for_bias_count_neither_for_the_quorum_nor_for_the_majority() {
        VoteRecorded event = everyonePresent().when(vote(Ballot.totals(3, 2, 0), CDU_1, CDU_2))
                .event(VoteRecorded.class);
        assertThat(event.excludedForBias()).containsExactly(CDU_1, CDU_2);
        assertThat(event.quorum()).isEqualTo(new Quorum(5, 5, 3, true));
        assertThat(event.absent()).isEmpty();
        assertThat(event.result()).isEqualTo(VoteResult.ADOPTED);
        everyonePresent().when(vote(Ballot.totals(4, 2, 0), CDU_1, CDU_2))
                .thenRejected(UNPROCESSABLE, "more-votes-than-present", "totals");
    }

    @Test
    void a_ballot_entry_of_a_member_excluded_for_bias_is_refused() {
        everyonePresent().when(vote(Ballot.rollCall(List.of(new MemberBallot(SPD_1, VoteChoice.YES),
                new MemberBallot(CDU_1, VoteChoice.NO))), CDU_1))
                .thenRejected(UNPROCESSABLE, "excluded-for-bias", "members[1].memberId");
    }

    @Test
    void in_a_roll_call_the_excluded_are_neither_absent_nor_not_voting_nor_in_their_faction() {
        VoteRecorded event = spec.given(Meetings.heldMeeting()).given(present(CDU_1, CDU_2, SPD_1, SPD_2, IT_LEAD))
                .when(vote(Ballot.rollCall(List.of(new MemberBallot(SPD_1, VoteChoice.YES),
                        new MemberBallot(CDU_2, VoteChoice.NO))), CDU_1, CDU_3, IT_LEAD))
                .event(VoteRecorded.class);
        assertThat(event.factions()).containsExactly(
                new FactionTally(GRUENE, 1, 0, Tally.ZERO),
                new FactionTally(CDU, 1, 1, new Tally(0, 1, 0)),
                new FactionTally(FDP, 1, 0, Tally.ZERO),
                new FactionTally(SPD, 2, 2, new Tally(1, 0, 0)));
        assertThat(event.absent()).containsExactly(GRUENE_1, FDP_1);
        assertThat(event.notVoting()).containsExactly(SPD_2);
        assertThat(event.quorum()).isEqualTo(new Quorum(5, 3, 3, true));
        assertThat(event.excludedForBias()).containsExactly(CDU_1, CDU_3, IT_LEAD);
        assertThat(event.result()).isEqualTo(VoteResult.REJECTED);
    }

    @Test
    void a_faction_whose_members_are_all_excluded_casts_no_votes() {
        everyonePresent().when(vote(Ballot.byFaction(List.of(new FactionBallot(GRUENE, new Tally(1, 0, 0)))),
                GRUENE_1)).thenRejected(UNPROCESSABLE, "unknown-faction", "factions[0].affiliation");
    }

    @Test
    void the_excluded_are_members_on_the_meeting_date_named_once_and_not_everyone() {
        everyonePresent();
        spec.when(vote(Ballot.totals(1, 0, 0), CDU_1, null))
                .thenRejected(UNPROCESSABLE, "required", "excludedForBias[1]");
        spec.when(vote(Ballot.totals(1, 0, 0), STRANGER))
                .thenRejected(UNPROCESSABLE, "not-a-member", "excludedForBias[0]");
        spec.when(vote(Ballot.totals(1, 0, 0), CDU_1, CDU_1))
                .thenRejected(UNPROCESSABLE, "duplicate-member", "excludedForBias[1]");
        spec.when(vote(Ballot.totals(1, 0, 0), Workgroup.VOTING.toArray(UUID[]::new)))
                .thenRejected(UNPROCESSABLE, "no-voting-members", "excludedForBias");
    }
}
