package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A meeting not yet held got a new time or place.
 */
@EventType("workgroup.MeetingRescheduled.v1")
public record MeetingRescheduled(UUID meetingId, OffsetDateTime start, OffsetDateTime end, String place) implements MeetingEvent {
}
