package de.souveraen.workgroup.meeting.decision;

import de.souveraen.contracts.workgroup.CouncilRecommendation;
import de.souveraen.contracts.workgroup.DecisionOutcome;
import de.souveraen.contracts.workgroup.DecisionRecorded;
import de.souveraen.contracts.workgroup.VoteRecorded;
import de.souveraen.contracts.workgroup.VoteResult;
import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.workgroup.meeting.agenda.AgendaItem;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One decision per agenda item. ADOPTED and REJECTED follow from a vote on the item (the one named, else the latest):
 * the outcome must be the vote's result, and a vote without quorum decides nothing. DEFERRED and REFERRED need no vote
 * (they may name one, e.g. the vote on a motion to refer). A recommendation to the council, with the council session
 * it is meant for, accompanies only an adopted or referred item and cannot be meant for a session before the meeting.
 */
public final class DecisionRules {
    public static final int MAX_TEXT = 10_000;

    private DecisionRules() {
    }

    public static DecisionRecorded record(UUID meetingId, LocalDate meetingDate, AgendaItem item,
            DecisionOutcome outcome, String resolution, UUID voteId, CouncilRecommendation recommendation) {
        if (item.decided()) {
            throw Rejection.conflict("item-decided", "agendaItemId",
                    "Über diesen Tagesordnungspunkt ist bereits entschieden.", "This agenda item is decided already.")
                    .with("outcome", item.decision().outcome());
        }
        Check.present("outcome", "Das Ergebnis", outcome);
        String text = Check.text("resolution", "Der Beschlusstext", resolution, MAX_TEXT);
        VoteRecorded vote = vote(item, outcome, voteId);
        CouncilRecommendation checked = recommendation(outcome, recommendation, meetingDate);
        return new DecisionRecorded(meetingId, meetingDate, item.id(), item.title(), item.publicItem(),
                item.proposalId(), outcome, text, vote == null ? null : vote.voteId(),
                vote == null ? null : vote.tally(), checked);
    }

    private static VoteRecorded vote(AgendaItem item, DecisionOutcome outcome, UUID voteId) {
        VoteRecorded vote = voteId == null ? item.latestVote().orElse(null)
                : item.vote(voteId).orElseThrow(() -> Rejection.invalid("unknown-vote", "voteId",
                        "Diese Abstimmung gibt es zu diesem Tagesordnungspunkt nicht.",
                        "No such vote on this agenda item."));
        boolean needsVote = outcome == DecisionOutcome.ADOPTED || outcome == DecisionOutcome.REJECTED;
        if (!needsVote) {
            return voteId == null ? null : vote;
        }
        if (vote == null) {
            throw Rejection.conflict("no-vote", "outcome",
                    "Ohne Abstimmung kann nichts beschlossen oder abgelehnt werden; erst die Abstimmung erfassen.",
                    "Nothing is adopted or rejected without a vote; record the vote first.");
        }
        if (vote.result() == VoteResult.NO_QUORUM) {
            throw Rejection.invalid("no-quorum", "outcome",
                    "Die Abstimmung fand ohne Beschlussfähigkeit statt; sie kann nichts beschließen oder ablehnen.",
                    "The vote was taken without quorum; it can neither adopt nor reject anything.")
                    .with("voteId", vote.voteId()).with("quorum", vote.quorum());
        }
        VoteResult expected = outcome == DecisionOutcome.ADOPTED ? VoteResult.ADOPTED : VoteResult.REJECTED;
        if (vote.result() != expected) {
            throw Rejection.invalid("outcome-contradicts-vote", "outcome",
                    "Das Ergebnis widerspricht der Abstimmung (" + vote.tally().yes() + " Ja, " + vote.tally().no()
                            + " Nein, " + vote.tally().abstain() + " Enthaltungen).",
                    "The outcome contradicts the vote (" + vote.tally().yes() + " yes, " + vote.tally().no() + " no, "
                            + vote.tally().abstain() + " abstentions).")
                    .with("voteId", vote.voteId()).with("result", vote.result());
        }
        return vote;
    }

    private static CouncilRecommendation recommendation(DecisionOutcome outcome, CouncilRecommendation recommendation,
            LocalDate meetingDate) {
        if (recommendation == null) {
            return null;
        }
        if (outcome != DecisionOutcome.ADOPTED && outcome != DecisionOutcome.REFERRED) {
            throw Rejection.invalid("recommendation-not-allowed", "recommendation",
                    "Eine Empfehlung an den Rat gibt es nur zu einem beschlossenen oder verwiesenen Punkt.",
                    "Only an adopted or referred item carries a recommendation to the council.");
        }
        String text = Check.text("recommendation.text", "Der Text der Empfehlung", recommendation.text(), MAX_TEXT);
        LocalDate session = Check.present("recommendation.councilSessionDate", "Das Datum der Ratssitzung",
                recommendation.councilSessionDate());
        if (session.isBefore(meetingDate)) {
            throw Rejection.invalid("council-session-before-meeting", "recommendation.councilSessionDate",
                    "Die Ratssitzung kann nicht vor der Sitzung der Arbeitsgruppe (" + meetingDate + ") liegen.",
                    "The council session cannot be before the working group's meeting (" + meetingDate + ").")
                    .with("meetingDate", meetingDate);
        }
        return new CouncilRecommendation(text, session);
    }
}
