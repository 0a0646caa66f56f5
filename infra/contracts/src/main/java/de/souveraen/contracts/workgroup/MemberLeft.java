package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A member left the working group; {@code to} is the last day of the membership. {@code reason} may be null.
 */
@EventType("workgroup.MemberLeft.v1")
public record MemberLeft(UUID memberId, LocalDate to, String reason) implements MemberEvent {
}
