package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.util.UUID;

/**
 * A member's name or e-mail was corrected; the history of the membership is unchanged.
 */
@EventType("workgroup.MemberPersonUpdated.v1")
public record MemberPersonUpdated(UUID memberId, Person person) implements MemberEvent {
}
