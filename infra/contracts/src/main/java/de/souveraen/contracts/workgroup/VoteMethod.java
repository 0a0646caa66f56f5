package de.souveraen.contracts.workgroup;

/** How a vote was counted: only totals, totals per faction, or by name (roll call). */
public enum VoteMethod {
    TOTALS,
    BY_FACTION,
    ROLL_CALL
}
