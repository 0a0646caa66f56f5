package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The meeting took place, from {@code start} to {@code end} (the actual times); attendance, votes and decisions may now be recorded.
 */
@EventType("workgroup.MeetingHeld.v1")
public record MeetingHeld(UUID meetingId, OffsetDateTime start, OffsetDateTime end) implements MeetingEvent {
}
