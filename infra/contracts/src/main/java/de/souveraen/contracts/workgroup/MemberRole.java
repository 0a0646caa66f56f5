package de.souveraen.contracts.workgroup;

/** Role in the working group; an {@link #ADVISORY} member never has a vote. */
public enum MemberRole {
    CHAIR,
    DEPUTY,
    MEMBER,
    ADVISORY
}
