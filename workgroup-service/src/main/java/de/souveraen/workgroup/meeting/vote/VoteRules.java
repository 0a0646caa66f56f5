package de.souveraen.workgroup.meeting.vote;

import de.souveraen.contracts.workgroup.Quorum;
import de.souveraen.contracts.workgroup.VoteMethod;
import de.souveraen.contracts.workgroup.VoteRecorded;
import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.workgroup.meeting.agenda.AgendaItem;
import de.souveraen.workgroup.roster.Roster;
import de.souveraen.workgroup.roster.RosterEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Records a vote on an agenda item. The meeting is presumed quorate (the caller refuses votes after a recorded lack,
 * {@link QuorumRules}); the quorum records the count of this moment from the roster of the meeting date and the
 * members recorded present, without the members excluded for bias in this item ({@link Bias}): they do not vote and
 * count neither for the majority nor for the item's quorum. An
 * item may see several votes (amendments first, then the motion) until it is decided; then it is closed.
 */
public final class VoteRules {
    public static final int MAX_SUBJECT = 300;

    private VoteRules() {
    }

    public static VoteRecorded record(UUID meetingId, LocalDate meetingDate, AgendaItem item, UUID voteId,
            String subject, Ballot ballot, List<UUID> excludedForBias, Roster roster, Set<UUID> present) {
        Check.id("voteId", "Die Kennung der Abstimmung", voteId);
        if (item.decided()) {
            throw Rejection.conflict("item-decided", "agendaItemId",
                    "Über diesen Tagesordnungspunkt ist bereits entschieden.", "This agenda item is decided already.");
        }
        if (item.vote(voteId).isPresent()) {
            throw Rejection.conflict("vote-exists", "voteId", "Eine Abstimmung mit dieser Kennung ist bereits erfasst.",
                    "A vote with this id is recorded already.");
        }
        String checkedSubject = Check.optionalText("subject", "Der Gegenstand der Abstimmung", subject, MAX_SUBJECT);
        Check.present("method", "Die Art der Auszählung", ballot.method());
        if (roster.votingMembers().isEmpty()) {
            throw Rejection.invalid("no-voting-members", "roster",
                    "Am Sitzungstag hatte kein Mitglied der Arbeitsgruppe Stimmrecht.",
                    "No member of the working group had a vote on the meeting date.");
        }
        List<UUID> excluded = Bias.excluded(excludedForBias, roster);
        Counting counting = new Counting(roster, present, Set.copyOf(excluded));
        if (counting.voting().isEmpty()) {
            throw Rejection.invalid("no-voting-members", "excludedForBias",
                    "Alle stimmberechtigten Mitglieder sind wegen Befangenheit ausgeschlossen.",
                    "Every member with a vote is excluded for bias.");
        }
        Count count = count(counting, ballot);
        Quorum quorum = Quorums.presumed(counting.voting().size(), counting.presentVoting().size());
        List<UUID> absent = counting.voting().stream().map(RosterEntry::memberId)
                .filter(id -> !present.contains(id)).toList();
        return new VoteRecorded(meetingId, meetingDate, item.id(), item.title(), item.publicItem(), item.proposalId(),
                voteId, checkedSubject, ballot.method(), quorum, count.tally(), count.factions(), count.votes(), absent,
                count.notVoting(), excluded, Quorums.result(quorum, count.tally()));
    }

    private static Count count(Counting counting, Ballot ballot) {
        VoteMethod method = ballot.method();
        onlyFor(method, VoteMethod.TOTALS, "totals", ballot.totals() != null);
        onlyFor(method, VoteMethod.BY_FACTION, "factions", !ballot.factions().isEmpty());
        onlyFor(method, VoteMethod.ROLL_CALL, "members", !ballot.members().isEmpty());
        if (method == VoteMethod.TOTALS) {
            return counting.totals(ballot.totals());
        } else if (method == VoteMethod.BY_FACTION) {
            return counting.byFaction(ballot.factions());
        }
        return counting.rollCall(ballot.members());
    }

    private static void onlyFor(VoteMethod method, VoteMethod owner, String field, boolean given) {
        if (given && method != owner) {
            throw Rejection.invalid("ballot-mismatch", field,
                    field + " gehört zur Auszählung " + owner + ", nicht zu " + method + ".",
                    field + " belongs to method " + owner + ", not to " + method + ".");
        }
    }
}
