package de.souveraen.contracts.workgroup;

import java.util.UUID;

/** One member's vote in a roll call, with the member's affiliation on the meeting date. */
public record MemberVote(UUID memberId, Affiliation affiliation, VoteChoice choice) {
}
