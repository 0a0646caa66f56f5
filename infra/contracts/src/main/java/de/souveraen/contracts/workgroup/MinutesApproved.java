package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The minutes of a held meeting were approved; from now on only the status of its action items changes.
 */
@EventType("workgroup.MinutesApproved.v1")
public record MinutesApproved(UUID meetingId, LocalDate approvedOn) implements MeetingEvent {
}
