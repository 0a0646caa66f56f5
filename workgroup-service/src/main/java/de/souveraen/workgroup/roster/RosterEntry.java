package de.souveraen.workgroup.roster;

import de.souveraen.contracts.workgroup.Affiliation;
import de.souveraen.contracts.workgroup.MemberRole;
import java.util.UUID;

/** One member of the working group on a given day: affiliation, role and whether the member has a vote. */
public record RosterEntry(UUID memberId, Affiliation affiliation, MemberRole role, boolean votingRight) {
}
