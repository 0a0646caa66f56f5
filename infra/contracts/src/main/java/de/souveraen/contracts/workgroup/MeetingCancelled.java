package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A meeting was cancelled before it took place.
 */
@EventType("workgroup.MeetingCancelled.v1")
public record MeetingCancelled(UUID meetingId, String reason, LocalDate cancelledOn) implements MeetingEvent {
}
