package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.util.UUID;

/**
 * An item was inserted into the agenda at {@code position} (1-based; later items move down). {@code proposalId} is the proposal (Vorlage) it deals with, or null.
 */
@EventType("workgroup.AgendaItemAdded.v1")
public record AgendaItemAdded(UUID meetingId, UUID agendaItemId, int position, String title,
        boolean publicItem, UUID proposalId) implements MeetingEvent {
}
