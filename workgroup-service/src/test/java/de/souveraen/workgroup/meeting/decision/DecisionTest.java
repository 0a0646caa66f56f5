package de.souveraen.workgroup.meeting.decision;

import static de.souveraen.eventstore.domain.Rejection.Kind.CONFLICT;
import static de.souveraen.eventstore.domain.Rejection.Kind.UNPROCESSABLE;
import static de.souveraen.workgroup.testing.Meetings.present;
import static de.souveraen.workgroup.testing.Meetings.vote;
import static de.souveraen.workgroup.testing.Workgroup.CDU_1;
import static de.souveraen.workgroup.testing.Workgroup.CDU_2;
import static de.souveraen.workgroup.testing.Workgroup.CDU_3;
import static de.souveraen.workgroup.testing.Workgroup.ITEM_1;
import static de.souveraen.workgroup.testing.Workgroup.MEETING;
import static de.souveraen.workgroup.testing.Workgroup.MEETING_DATE;
import static de.souveraen.workgroup.testing.Workgroup.PROPOSAL;
import static de.souveraen.workgroup.testing.Workgroup.SPD_1;
import static de.souveraen.workgroup.testing.Workgroup.SPD_2;
import static de.souveraen.workgroup.testing.Workgroup.VOTE_1;
import static de.souveraen.workgroup.testing.Workgroup.VOTE_2;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.workgroup.CouncilRecommendation;
import de.souveraen.contracts.workgroup.DecisionOutcome;
import de.souveraen.contracts.workgroup.DecisionRecorded;
import de.souveraen.contracts.workgroup.Quorum;
import de.souveraen.contracts.workgroup.Tally;
import de.souveraen.contracts.workgroup.VoteRecorded;
import de.souveraen.contracts.workgroup.VoteResult;
import de.souveraen.contracts.workgroup.MeetingEvent;
import de.souveraen.workgroup.meeting.MeetingCommand;
import de.souveraen.workgroup.meeting.MeetingCommand.RecordDecision;
import de.souveraen.workgroup.meeting.MeetingCommand.RecordVote;
import de.souveraen.workgroup.meeting.MeetingState;
import de.souveraen.workgroup.testing.Meetings;
import de.souveraen.eventstore.domain.DeciderSpec;
import de.souveraen.workgroup.testing.Workgroup;
import de.souveraen.workgroup.meeting.vote.Ballot;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DecisionTest {
    private static final String TITLE = "Empfehlung: Open-Source-Strategie der Gemeinde";
    private static final String RESOLUTION = "Die AG empfiehlt dem Rat, die Open-Source-Strategie zu beschließen.";
    private static final LocalDate COUNCIL = LocalDate.of(2026, 3, 26);
    private static final CouncilRecommendation RECOMMENDATION = new CouncilRecommendation(
            "Der Rat beschließt die Open-Source-Strategie der Gemeinde Blankenheim.", COUNCIL);

    private final DeciderSpec<MeetingCommand, MeetingState, MeetingEvent> spec = Meetings.spec();

    /** Held with five of seven members with a vote present, and one vote recorded. */
    private DeciderSpec<MeetingCommand, MeetingState, MeetingEvent> votedOn(Ballot ballot) {
        spec.given(Meetings.heldMeeting()).given(present(CDU_1, CDU_2, CDU_3, SPD_1, SPD_2));
        return spec.given(spec.when(vote(VOTE_1, ballot)).events());
    }

    private static RecordDecision decide(DecisionOutcome outcome, UUID voteId, CouncilRecommendation recommendation) {
        return new RecordDecision(MEETING, ITEM_1, outcome, RESOLUTION, voteId, recommendation);
    }

    @Test
    void an_adopted_vote_is_decided_with_its_tally_and_the_recommendation_to_the_council() {
        votedOn(Ballot.totals(4, 1, 0)).when(decide(DecisionOutcome.ADOPTED, null, RECOMMENDATION))
                .then(new DecisionRecorded(MEETING, MEETING_DATE, ITEM_1, TITLE, true, PROPOSAL,
                        DecisionOutcome.ADOPTED, RESOLUTION, VOTE_1, new Tally(4, 1, 0), RECOMMENDATION));
    }

    @Test
    void the_outcome_must_be_what_the_vote_decided() {
        votedOn(Ballot.totals(2, 2, 1));
        spec.when(decide(DecisionOutcome.ADOPTED, null, null))
                .thenRejected(UNPROCESSABLE, "outcome-contradicts-vote", "outcome");
        assertThat(spec.when(decide(DecisionOutcome.REJECTED, null, null)).event(DecisionRecorded.class).tally())
                .isEqualTo(new Tally(2, 2, 1));
    }

    @Test
    void a_vote_recorded_without_quorum_adopts_and_rejects_nothing() {
        spec.given(Meetings.heldMeeting()).given(present(CDU_1, CDU_2, SPD_1));
        VoteRecorded v = spec.when(vote(VOTE_1, Ballot.totals(3, 0, 0))).event(VoteRecorded.class);
        // as votes were recorded before the quorum was presumed (§ 49 (1) GO NRW): the count decided
        spec.given(new VoteRecorded(v.meetingId(), v.meetingDate(), v.agendaItemId(), v.agendaItemTitle(),
                v.publicItem(), v.proposalId(), v.voteId(), v.subject(), v.method(), new Quorum(7, 3, 4, false),
                v.tally(), v.factions(), v.votes(), v.absent(), v.notVoting(), v.excludedForBias(),
                VoteResult.NO_QUORUM));
        spec.when(decide(DecisionOutcome.ADOPTED, null, null)).thenRejected(UNPROCESSABLE, "no-quorum", "outcome");
        spec.when(decide(DecisionOutcome.REJECTED, null, null)).thenRejected(UNPROCESSABLE, "no-quorum", "outcome");
        assertThat(spec.when(decide(DecisionOutcome.DEFERRED, VOTE_1, null)).event(DecisionRecorded.class).voteId())
                .isEqualTo(VOTE_1);
    }

    @Test
    void nothing_is_adopted_or_rejected_without_a_vote() {
        spec.given(Meetings.heldMeeting());
        spec.when(decide(DecisionOutcome.ADOPTED, null, null)).thenRejected(CONFLICT, "no-vote", "outcome");
        spec.when(decide(DecisionOutcome.REJECTED, null, null)).thenRejected(CONFLICT, "no-vote", "outcome");
    }

    @Test
    void deferring_and_referring_need_no_vote() {
        spec.given(Meetings.heldMeeting());
        spec.when(decide(DecisionOutcome.DEFERRED, null, null)).then(new DecisionRecorded(MEETING, MEETING_DATE,
                ITEM_1, TITLE, true, PROPOSAL, DecisionOutcome.DEFERRED, RESOLUTION, null, null, null));
        DecisionRecorded referred = spec.when(decide(DecisionOutcome.REFERRED, null, RECOMMENDATION))
                .event(DecisionRecorded.class);
        assertThat(referred.recommendation()).isEqualTo(RECOMMENDATION);
        assertThat(referred.voteId()).isNull();
    }

    @Test
    void the_decision_rests_on_the_named_vote_else_on_the_latest() {
        votedOn(Ballot.totals(1, 4, 0));
        spec.given(spec.when(new RecordVote(MEETING, ITEM_1, VOTE_2, "Geänderte Fassung", Ballot.totals(4, 1, 0),
                Workgroup.roster())).events());
        assertThat(spec.when(decide(DecisionOutcome.ADOPTED, null, null)).event(DecisionRecorded.class).voteId())
                .isEqualTo(VOTE_2);
        spec.when(decide(DecisionOutcome.ADOPTED, VOTE_1, null))
                .thenRejected(UNPROCESSABLE, "outcome-contradicts-vote", "outcome");
        spec.when(decide(DecisionOutcome.ADOPTED, UUID.randomUUID(), null))
                .thenRejected(UNPROCESSABLE, "unknown-vote", "voteId");
    }

    @Test
    void only_adopted_or_referred_items_carry_a_recommendation() {
        votedOn(Ballot.totals(1, 4, 0));
        spec.when(decide(DecisionOutcome.REJECTED, null, RECOMMENDATION))
                .thenRejected(UNPROCESSABLE, "recommendation-not-allowed", "recommendation");
        spec.when(decide(DecisionOutcome.DEFERRED, null, RECOMMENDATION))
                .thenRejected(UNPROCESSABLE, "recommendation-not-allowed", "recommendation");
    }

    @Test
    void a_recommendation_names_a_council_session_not_before_the_meeting() {
        votedOn(Ballot.totals(4, 1, 0));
        spec.when(decide(DecisionOutcome.ADOPTED, null, new CouncilRecommendation("Empfehlung", null)))
                .thenRejected(UNPROCESSABLE, "required", "recommendation.councilSessionDate");
        spec.when(decide(DecisionOutcome.ADOPTED, null, new CouncilRecommendation(" ", COUNCIL)))
                .thenRejected(UNPROCESSABLE, "required", "recommendation.text");
        spec.when(decide(DecisionOutcome.ADOPTED, null, new CouncilRecommendation("Empfehlung",
                MEETING_DATE.minusDays(1))))
                .thenRejected(UNPROCESSABLE, "council-session-before-meeting", "recommendation.councilSessionDate");
    }

    @Test
    void an_item_is_decided_once_with_a_resolution_text() {
        votedOn(Ballot.totals(4, 1, 0));
        spec.when(new RecordDecision(MEETING, ITEM_1, DecisionOutcome.ADOPTED, "  ", null, null))
                .thenRejected(UNPROCESSABLE, "required", "resolution");
        spec.when(new RecordDecision(MEETING, ITEM_1, null, RESOLUTION, null, null))
                .thenRejected(UNPROCESSABLE, "required", "outcome");
        spec.given(spec.when(decide(DecisionOutcome.ADOPTED, null, null)).events());
        spec.when(decide(DecisionOutcome.DEFERRED, null, null)).thenRejected(CONFLICT, "item-decided", "agendaItemId");
    }

    @Test
    void a_decision_before_the_meeting_is_held_is_a_conflict() {
        spec.given(Meetings.scheduled(), Meetings.item(ITEM_1, 1, TITLE), Meetings.invited())
                .when(decide(DecisionOutcome.DEFERRED, null, null)).thenRejected(CONFLICT, "meeting-not-held", null);
    }
}
