package de.souveraen.workgroup.vote;

import de.souveraen.contracts.workgroup.Quorum;
import de.souveraen.contracts.workgroup.Tally;
import de.souveraen.contracts.workgroup.VoteResult;

/**
 * Quorum: more than half of the members with a vote are present. Majority (as § 50 (1) GO NRW): more yes than no;
 * abstentions count for the quorum but not for the majority, a tie rejects. Without quorum nothing is adopted.
 */
public final class Quorums {
    private Quorums() {
    }

    public static Quorum of(int votingMembers, int present) {
        int required = votingMembers / 2 + 1;
        return new Quorum(votingMembers, present, required, present >= required);
    }

    public static VoteResult result(Quorum quorum, Tally tally) {
        if (!quorum.reached()) {
            return VoteResult.NO_QUORUM;
        }
        return tally.yes() > tally.no() ? VoteResult.ADOPTED : VoteResult.REJECTED;
    }
}
