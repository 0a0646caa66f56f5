package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A vote on an agenda item, with every fact a report needs: the quorum when it was recorded, the totals, the totals
 * per affiliation ({@code factions}: empty for {@link VoteMethod#TOTALS}, else every affiliation with a vote on the
 * meeting date, factions by name and the administration last, with how many of its voting members were present),
 * each member's vote ({@code votes}, roll call only), the members with a vote who were not present ({@code absent},
 * every method), those present who did not vote ({@code notVoting}, roll call only), and the {@code result}.
 * {@code publicItem} says whether the item was public: reports and open data must not show votes on non-public items.
 * {@code subject} names what was voted on when an item has several votes (e.g. an amendment); null otherwise.
 * {@code excludedForBias}: members excluded for bias in this item (§ 31 GO NRW); they did not vote and count neither
 * for its quorum nor in {@code factions}, {@code absent} or {@code notVoting}. Version 2 added it; a v1 vote is read
 * with an empty list ({@link VoteRecordedV1ToV2}).
 */
@EventType("workgroup.VoteRecorded.v2")
public record VoteRecorded(UUID meetingId, LocalDate meetingDate, UUID agendaItemId, String agendaItemTitle,
        boolean publicItem, UUID proposalId, UUID voteId, String subject, VoteMethod method, Quorum quorum,
        Tally tally, List<FactionTally> factions, List<MemberVote> votes, List<UUID> absent,
        List<UUID> notVoting, List<UUID> excludedForBias, VoteResult result) implements MeetingEvent {

    public VoteRecorded {
        factions = WorkgroupLists.copy(factions);
        votes = WorkgroupLists.copy(votes);
        absent = WorkgroupLists.copy(absent);
        notVoting = WorkgroupLists.copy(notVoting);
        excludedForBias = WorkgroupLists.copy(excludedForBias);
    }
}
