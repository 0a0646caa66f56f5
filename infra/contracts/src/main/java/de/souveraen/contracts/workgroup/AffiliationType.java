package de.souveraen.contracts.workgroup;

/** Whom a member of the working group represents: a council faction or the administration. */
public enum AffiliationType {
    FACTION,
    ADMINISTRATION
}
