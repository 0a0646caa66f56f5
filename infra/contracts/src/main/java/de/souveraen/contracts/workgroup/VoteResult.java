package de.souveraen.contracts.workgroup;

/**
 * The result of a vote: adopted when there were more yes than no votes (abstentions do not count, a tie
 * rejects), and {@link #NO_QUORUM} when the working group lacked a quorum — such a vote adopts nothing.
 */
public enum VoteResult {
    ADOPTED,
    REJECTED,
    NO_QUORUM
}
