package de.souveraen.contracts.workgroup;

/**
 * The votes of one affiliation: how many of its members had a vote on the meeting date ({@code votingMembers}),
 * how many of those were present, and how they voted.
 */
public record FactionTally(Affiliation affiliation, int votingMembers, int present, Tally tally) {
}
