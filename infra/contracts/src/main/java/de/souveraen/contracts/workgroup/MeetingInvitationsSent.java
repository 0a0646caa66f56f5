package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The invitations with the agenda went out; the meeting is {@link MeetingStatus#INVITED}. Sent again after a change, it is recorded again.
 */
@EventType("workgroup.MeetingInvitationsSent.v1")
public record MeetingInvitationsSent(UUID meetingId, LocalDate sentOn) implements MeetingEvent {
}
