package de.souveraen.contracts.workgroup;

/**
 * Quorum at the moment a vote was recorded: {@code votingMembers} had a vote on the meeting date,
 * {@code present} of them were present, {@code required} = more than half of {@code votingMembers}.
 */
public record Quorum(int votingMembers, int present, int required, boolean reached) {
}
