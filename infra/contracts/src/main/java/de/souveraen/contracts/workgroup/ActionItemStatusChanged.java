package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An action item moved from {@code previous} to {@code status}.
 */
@EventType("workgroup.ActionItemStatusChanged.v1")
public record ActionItemStatusChanged(UUID meetingId, UUID actionItemId, ActionItemStatus previous,
        ActionItemStatus status, LocalDate changedOn) implements MeetingEvent {
}
