package de.souveraen.workgroup.meeting.action;

import de.souveraen.contracts.workgroup.ActionItemAssigned;
import de.souveraen.contracts.workgroup.ActionItemStatus;
import de.souveraen.contracts.workgroup.ActionItemStatusChanged;
import de.souveraen.contracts.workgroup.MeetingEvent;
import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Rejection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Action items are assigned at a held meeting, due no earlier than the meeting, and move freely between OPEN,
 * IN_PROGRESS and DONE (a done task can be reopened); the same status again changes nothing.
 */
public final class ActionItemRules {
    public static final int MAX_TITLE = 500;
    public static final int MAX_OWNER = 200;

    private ActionItemRules() {
    }

    public static ActionItemAssigned assign(UUID meetingId, LocalDate meetingDate, Map<UUID, ActionItem> items,
            Predicate<UUID> agendaItemExists, UUID actionItemId, UUID agendaItemId, String title, String owner,
            UUID ownerMemberId, LocalDate dueDate) {
        Check.id("actionItemId", "Die Kennung der Aufgabe", actionItemId);
        if (items.containsKey(actionItemId)) {
            throw Rejection.conflict("action-item-exists", "actionItemId",
                    "Eine Aufgabe mit dieser Kennung ist bereits erfasst.", "An action item with this id exists.");
        }
        if (agendaItemId != null && !agendaItemExists.test(agendaItemId)) {
            throw Rejection.invalid("unknown-agenda-item", "agendaItemId",
                    "Diesen Tagesordnungspunkt gibt es in der Sitzung nicht.", "No such agenda item in this meeting.");
        }
        String checkedTitle = Check.text("title", "Die Aufgabe", title, MAX_TITLE);
        String checkedOwner = Check.text("owner", "Die verantwortliche Person oder Stelle", owner, MAX_OWNER);
        Check.present("dueDate", "Das Fälligkeitsdatum", dueDate);
        if (dueDate.isBefore(meetingDate)) {
            throw Rejection.invalid("due-before-meeting", "dueDate",
                    "Eine Aufgabe kann nicht vor der Sitzung (" + meetingDate + ") fällig sein.",
                    "An action item cannot be due before the meeting (" + meetingDate + ").")
                    .with("meetingDate", meetingDate);
        }
        return new ActionItemAssigned(meetingId, actionItemId, agendaItemId, checkedTitle, checkedOwner, ownerMemberId,
                dueDate, meetingDate);
    }

    public static List<MeetingEvent> changeStatus(UUID meetingId, Map<UUID, ActionItem> items, UUID actionItemId,
            ActionItemStatus status, LocalDate changedOn) {
        Check.id("actionItemId", "Die Kennung der Aufgabe", actionItemId);
        ActionItem item = items.get(actionItemId);
        if (item == null) {
            throw Rejection.notFound("action-item-not-found", "Diese Aufgabe gibt es in der Sitzung nicht.",
                    "No such action item in this meeting.");
        }
        Check.present("status", "Der Status", status);
        Check.present("changedOn", "Das Datum der Änderung", changedOn);
        if (item.status() == status) {
            return List.of();
        }
        return List.of(new ActionItemStatusChanged(meetingId, actionItemId, item.status(), status, changedOn));
    }
}
