package de.souveraen.workgroup.meeting.vote;

import de.souveraen.contracts.workgroup.Tally;
import de.souveraen.contracts.workgroup.VoteMethod;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The votes as the minutes record them: for {@link VoteMethod#TOTALS} only {@code totals}, for
 * {@link VoteMethod#BY_FACTION} only {@code factions}, for {@link VoteMethod#ROLL_CALL} only {@code members}.
 */
public record Ballot(VoteMethod method, Tally totals, List<FactionBallot> factions, List<MemberBallot> members) {

    public Ballot {
        factions = factions == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(factions));
        members = members == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(members));
    }

    public static Ballot totals(int yes, int no, int abstain) {
        return new Ballot(VoteMethod.TOTALS, new Tally(yes, no, abstain), null, null);
    }

    public static Ballot byFaction(List<FactionBallot> factions) {
        return new Ballot(VoteMethod.BY_FACTION, null, factions, null);
    }

    public static Ballot rollCall(List<MemberBallot> members) {
        return new Ballot(VoteMethod.ROLL_CALL, null, null, members);
    }
}
