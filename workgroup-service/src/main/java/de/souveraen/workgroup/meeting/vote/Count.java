package de.souveraen.workgroup.meeting.vote;

import de.souveraen.contracts.workgroup.FactionTally;
import de.souveraen.contracts.workgroup.MemberVote;
import de.souveraen.contracts.workgroup.Tally;
import java.util.List;
import java.util.UUID;

/** A checked ballot, counted: totals, per affiliation, per member and who did not vote though present. */
record Count(Tally tally, List<FactionTally> factions, List<MemberVote> votes, List<UUID> notVoting) {
}
