package de.souveraen.workgroup.meeting.agenda;

import de.souveraen.contracts.workgroup.DecisionRecorded;
import de.souveraen.contracts.workgroup.VoteRecorded;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An agenda item with the votes taken on it (in order) and its decision (null until decided); {@code carriedOver}: it
 * was carried over from an earlier meeting that lacked quorum, and the meeting is quorate for it regardless (§ 49 (2)
 * GO NRW).
 */
public record AgendaItem(UUID id, String title, boolean publicItem, UUID proposalId, List<VoteRecorded> votes,
        DecisionRecorded decision, boolean carriedOver) {

    public AgendaItem {
        votes = Collections.unmodifiableList(new ArrayList<>(votes));
    }

    public static AgendaItem of(UUID id, String title, boolean publicItem, UUID proposalId) {
        return new AgendaItem(id, title, publicItem, proposalId, List.of(), null, false);
    }

    public boolean decided() {
        return decision != null;
    }

    public Optional<VoteRecorded> vote(UUID voteId) {
        return votes.stream().filter(v -> v.voteId().equals(voteId)).findFirst();
    }

    public Optional<VoteRecorded> latestVote() {
        return votes.isEmpty() ? Optional.empty() : Optional.of(votes.get(votes.size() - 1));
    }

    public AgendaItem withVote(VoteRecorded vote) {
        List<VoteRecorded> next = new ArrayList<>(votes);
        next.add(vote);
        return new AgendaItem(id, title, publicItem, proposalId, next, decision, carriedOver);
    }

    public AgendaItem withDecision(DecisionRecorded newDecision) {
        return new AgendaItem(id, title, publicItem, proposalId, votes, newDecision, carriedOver);
    }

    /** This item, carried over from a meeting that lacked quorum. */
    public AgendaItem asCarriedOver() {
        return new AgendaItem(id, title, publicItem, proposalId, votes, decision, true);
    }
}
