package de.souveraen.contracts.workgroup;

/** What the working group decided on an agenda item. */
public enum DecisionOutcome {
    ADOPTED,
    REJECTED,
    DEFERRED,
    REFERRED
}
