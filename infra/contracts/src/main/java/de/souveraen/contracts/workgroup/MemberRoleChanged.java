package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A member's role or voting right changed from {@code effectiveFrom} on; the previous values are kept for the history.
 */
@EventType("workgroup.MemberRoleChanged.v1")
public record MemberRoleChanged(UUID memberId, MemberRole previousRole, boolean previousVotingRight,
        MemberRole role, boolean votingRight, LocalDate effectiveFrom) implements MemberEvent {
}
