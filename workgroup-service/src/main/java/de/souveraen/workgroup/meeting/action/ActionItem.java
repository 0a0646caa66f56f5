package de.souveraen.workgroup.meeting.action;

import de.souveraen.contracts.workgroup.ActionItemStatus;
import java.time.LocalDate;
import java.util.UUID;

/** A task from a meeting: who does what by when, and how far it is. */
public record ActionItem(UUID id, UUID agendaItemId, String title, String owner, UUID ownerMemberId,
        LocalDate dueDate, ActionItemStatus status) {

    public ActionItem withStatus(ActionItemStatus next) {
        return new ActionItem(id, agendaItemId, title, owner, ownerMemberId, dueDate, next);
    }
}
