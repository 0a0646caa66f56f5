package de.souveraen.workgroup.meeting.vote;

import de.souveraen.contracts.workgroup.Quorum;
import de.souveraen.contracts.workgroup.Tally;
import de.souveraen.contracts.workgroup.VoteResult;

/**
 * Quorum: more than half of the members with a vote are present ({@link #of}, the count); a meeting is presumed
 * quorate until its lack is recorded ({@link #presumed}, see {@link QuorumRules}). Majority (as § 50 (1) GO NRW): more
 * yes than no; abstentions count for the quorum but not for the majority, a tie rejects. Without quorum nothing is
 * adopted (votes recorded before the quorum was presumed may carry {@code NO_QUORUM}).
 */
public final class Quorums {
    private Quorums() {
    }

    public static Quorum of(int votingMembers, int present) {
        int required = votingMembers / 2 + 1;
        return new Quorum(votingMembers, present, required, present >= required);
    }

    /** The count of the moment, with {@code reached} true: no lack of quorum was recorded. */
    public static Quorum presumed(int votingMembers, int present) {
        Quorum counted = of(votingMembers, present);
        return new Quorum(counted.votingMembers(), counted.present(), counted.required(), true);
    }

    public static VoteResult result(Quorum quorum, Tally tally) {
        if (!quorum.reached()) {
            return VoteResult.NO_QUORUM;
        }
        return tally.yes() > tally.no() ? VoteResult.ADOPTED : VoteResult.REJECTED;
    }
}
