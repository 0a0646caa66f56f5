package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.util.List;
import java.util.UUID;

/**
 * The agenda's new order: all item ids, first item first.
 */
@EventType("workgroup.AgendaReordered.v1")
public record AgendaReordered(UUID meetingId, List<UUID> agendaItemIds) implements MeetingEvent {

    public AgendaReordered {
        agendaItemIds = WorkgroupLists.copy(agendaItemIds);
    }
}
