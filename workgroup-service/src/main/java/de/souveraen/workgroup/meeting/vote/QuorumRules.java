package de.souveraen.workgroup.meeting.vote;

import de.souveraen.contracts.workgroup.Quorum;
import de.souveraen.contracts.workgroup.QuorumLackRecorded;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.workgroup.roster.Roster;
import de.souveraen.workgroup.roster.RosterEntry;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Quorum as § 49 (1) GO NRW keeps it: a held meeting is presumed quorate until its lack is found (a member points it
 * out or the chair finds it) and recorded; from then on it takes no votes. A lack can only be recorded once and only
 * when the recorded attendance shows it (record the departures first).
 */
public final class QuorumRules {
    private QuorumRules() {
    }

    public static QuorumLackRecorded lack(UUID meetingId, LocalDate meetingDate, boolean alreadyLacking, Roster roster,
            Set<UUID> present) {
        if (alreadyLacking) {
            throw Rejection.conflict("quorum-lacking", null, "Die Beschlussunfähigkeit ist bereits festgestellt.",
                    "The lack of quorum is recorded already.");
        }
        int presentVoting = (int) roster.votingMembers().stream().map(RosterEntry::memberId)
                .filter(present::contains).count();
        Quorum quorum = Quorums.of(roster.votingMembers().size(), presentVoting);
        if (quorum.reached()) {
            throw Rejection.invalid("quorate", "attendance",
                    "Nach der erfassten Anwesenheit ist die Sitzung beschlussfähig; erst die Abgänge erfassen.",
                    "The recorded attendance shows a quorum; record who left first.").with("quorum", quorum);
        }
        return new QuorumLackRecorded(meetingId, meetingDate, quorum);
    }

    /** A vote after the lack of quorum was recorded → 409 {@code quorum-lacking}. */
    public static void requireQuorate(boolean lacking) {
        if (lacking) {
            throw Rejection.conflict("quorum-lacking", null,
                    "Die Beschlussunfähigkeit ist festgestellt; die Sitzung kann nicht mehr abstimmen.",
                    "The lack of quorum has been recorded; the meeting takes no more votes.");
        }
    }
}
