package de.souveraen.workgroup.meeting.vote;

import de.souveraen.contracts.workgroup.VoteChoice;
import java.util.UUID;

/** One member's vote in a roll call. */
public record MemberBallot(UUID memberId, VoteChoice choice) {
}
