package de.souveraen.contracts.workgroup;

/**
 * Quorum at the moment a vote (or a lack of quorum) was recorded: {@code votingMembers} had a vote on the meeting
 * date, {@code present} of them were present, {@code required} = more than half of {@code votingMembers}. On a vote,
 * {@code reached} says the meeting was quorate: presumed so until a lack of quorum is recorded (§ 49 (1) GO NRW), so
 * it may be true with fewer than {@code required} present; older votes computed it from the count.
 */
public record Quorum(int votingMembers, int present, int required, boolean reached) {
}
