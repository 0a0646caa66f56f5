package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.util.UUID;

/**
 * The text of a held meeting's minutes was written or replaced (the whole text each time); it is fixed once the
 * minutes are approved.
 */
@EventType("workgroup.MinutesWritten.v1")
public record MinutesWritten(UUID meetingId, String text) implements MeetingEvent {
}
