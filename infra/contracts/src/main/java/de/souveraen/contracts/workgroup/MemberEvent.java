package de.souveraen.contracts.workgroup;

/**
 * The events of one member (stream {@code member-<uuid>}): joining, changes of person, role and affiliation, leaving.
 */
public sealed interface MemberEvent extends WorkgroupEvent permits MemberJoined, MemberPersonUpdated, MemberRoleChanged,
        MemberAffiliationChanged, MemberLeft {
}
