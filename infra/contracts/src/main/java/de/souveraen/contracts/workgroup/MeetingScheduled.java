package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A meeting was scheduled (stream {@code meeting-<id>}); its status starts at {@link MeetingStatus#SCHEDULED}.
 */
@EventType("workgroup.MeetingScheduled.v1")
public record MeetingScheduled(UUID meetingId, String title, OffsetDateTime start, OffsetDateTime end,
        String place, boolean publicMeeting) implements MeetingEvent {
}
