package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.util.UUID;

/**
 * An item without votes or decision was taken off the agenda. {@code proposalId} repeats the proposal it dealt with, or null.
 */
@EventType("workgroup.AgendaItemRemoved.v1")
public record AgendaItemRemoved(UUID meetingId, UUID agendaItemId, UUID proposalId) implements MeetingEvent {
}
