package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A task from a meeting ({@code agendaItemId} may be null): {@code owner} is who carries it out (a member, {@code ownerMemberId}, or e.g. an office; then null). Its status starts at {@link ActionItemStatus#OPEN}.
 */
@EventType("workgroup.ActionItemAssigned.v1")
public record ActionItemAssigned(UUID meetingId, UUID actionItemId, UUID agendaItemId, String title,
        String owner, UUID ownerMemberId, LocalDate dueDate, LocalDate assignedOn) implements MeetingEvent {
}
