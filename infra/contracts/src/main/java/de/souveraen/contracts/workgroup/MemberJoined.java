package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person joined the working group (stream {@code member-<id>}) on {@code from}, with the affiliation, role and voting right of that day.
 */
@EventType("workgroup.MemberJoined.v1")
public record MemberJoined(UUID memberId, Person person, Affiliation affiliation, MemberRole role,
        boolean votingRight, LocalDate from) implements MemberEvent {
}
