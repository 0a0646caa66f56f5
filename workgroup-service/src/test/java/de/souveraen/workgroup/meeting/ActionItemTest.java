package de.souveraen.workgroup.meeting;

import static de.souveraen.eventstore.domain.Rejection.Kind.CONFLICT;
import static de.souveraen.eventstore.domain.Rejection.Kind.NOT_FOUND;
import static de.souveraen.eventstore.domain.Rejection.Kind.UNPROCESSABLE;
import static de.souveraen.workgroup.testing.Workgroup.ITEM_1;
import static de.souveraen.workgroup.testing.Workgroup.ITEM_2;
import static de.souveraen.workgroup.testing.Workgroup.IT_LEAD;
import static de.souveraen.workgroup.testing.Workgroup.MEETING;
import static de.souveraen.workgroup.testing.Workgroup.MEETING_DATE;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.workgroup.ActionItemAssigned;
import de.souveraen.contracts.workgroup.ActionItemStatus;
import de.souveraen.contracts.workgroup.ActionItemStatusChanged;
import de.souveraen.contracts.workgroup.MinutesApproved;
import de.souveraen.contracts.workgroup.MeetingEvent;
import de.souveraen.workgroup.meeting.MeetingCommand.AssignActionItem;
import de.souveraen.workgroup.meeting.MeetingCommand.ChangeActionItemStatus;
import de.souveraen.workgroup.testing.Meetings;
import de.souveraen.eventstore.domain.DeciderSpec;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActionItemTest {
    private static final UUID TASK = UUID.fromString("7a5c0000-0000-4000-8000-000000000001");
    private static final LocalDate DUE = LocalDate.of(2026, 5, 31);
    private static final String TITLE = "Kostenvergleich Nextcloud / Microsoft 365 erstellen";
    private static final ActionItemAssigned ASSIGNED = new ActionItemAssigned(MEETING, TASK, ITEM_1, TITLE,
            "IT-Leitung", IT_LEAD, DUE, MEETING_DATE);

    private final DeciderSpec<MeetingCommand, MeetingState, MeetingEvent> spec = Meetings.spec();

    private static AssignActionItem assign(UUID agendaItem, LocalDate due) {
        return new AssignActionItem(MEETING, TASK, agendaItem, " " + TITLE, "IT-Leitung ", IT_LEAD, due);
    }

    @Test
    void an_action_item_is_assigned_at_a_held_meeting_and_starts_open() {
        spec.given(Meetings.heldMeeting());
        spec.when(assign(ITEM_1, DUE)).then(ASSIGNED);
        assertThat(spec.when(assign(ITEM_1, DUE)).stateAfter().actionItems().get(TASK).status())
                .isEqualTo(ActionItemStatus.OPEN);
    }

    @Test
    void an_action_item_is_not_assigned_before_the_meeting_is_held() {
        spec.given(Meetings.scheduled(), Meetings.item(ITEM_1, 1, "Begrüßung"))
                .when(assign(ITEM_1, DUE)).thenRejected(CONFLICT, "meeting-not-held", null);
    }

    @Test
    void an_action_item_is_due_no_earlier_than_the_meeting_and_refers_to_an_item_of_it() {
        spec.given(Meetings.heldMeeting());
        spec.when(assign(ITEM_1, MEETING_DATE.minusDays(1)))
                .thenRejected(UNPROCESSABLE, "due-before-meeting", "dueDate");
        spec.when(assign(ITEM_2, DUE)).thenRejected(UNPROCESSABLE, "unknown-agenda-item", "agendaItemId");
        spec.when(new AssignActionItem(MEETING, TASK, null, TITLE, " ", null, DUE))
                .thenRejected(UNPROCESSABLE, "required", "owner");
        spec.given(ASSIGNED).when(assign(ITEM_1, DUE)).thenRejected(CONFLICT, "action-item-exists", "actionItemId");
    }

    @Test
    void the_status_moves_also_after_the_minutes_are_approved_and_the_same_status_changes_nothing() {
        spec.given(Meetings.heldMeeting()).given(ASSIGNED, new MinutesApproved(MEETING, LocalDate.of(2026, 4, 16)));
        LocalDate may = LocalDate.of(2026, 5, 4);
        spec.when(new ChangeActionItemStatus(MEETING, TASK, ActionItemStatus.IN_PROGRESS, may))
                .then(new ActionItemStatusChanged(MEETING, TASK, ActionItemStatus.OPEN, ActionItemStatus.IN_PROGRESS,
                        may));
        spec.when(new ChangeActionItemStatus(MEETING, TASK, ActionItemStatus.OPEN, may)).thenNothing();
        spec.given(new ActionItemStatusChanged(MEETING, TASK, ActionItemStatus.OPEN, ActionItemStatus.DONE, may));
        spec.when(new ChangeActionItemStatus(MEETING, TASK, ActionItemStatus.OPEN, may.plusDays(1)))
                .then(new ActionItemStatusChanged(MEETING, TASK, ActionItemStatus.DONE, ActionItemStatus.OPEN,
                        may.plusDays(1)));
        spec.when(new ChangeActionItemStatus(MEETING, UUID.randomUUID(), ActionItemStatus.DONE, may))
                .thenRejected(NOT_FOUND, "action-item-not-found", null);
    }
}
