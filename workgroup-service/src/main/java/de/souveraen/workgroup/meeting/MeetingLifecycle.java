package de.souveraen.workgroup.meeting;

import de.souveraen.contracts.workgroup.AgendaItemAdded;
import de.souveraen.contracts.workgroup.MeetingCancelled;
import de.souveraen.contracts.workgroup.MeetingEvent;
import de.souveraen.contracts.workgroup.MeetingHeld;
import de.souveraen.contracts.workgroup.MeetingInvitationsSent;
import de.souveraen.contracts.workgroup.MeetingReconvened;
import de.souveraen.contracts.workgroup.MeetingRescheduled;
import de.souveraen.contracts.workgroup.MeetingScheduled;
import de.souveraen.contracts.workgroup.MinutesApproved;
import de.souveraen.contracts.workgroup.MinutesWritten;
import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.workgroup.meeting.MeetingCommand.ApproveMinutes;
import de.souveraen.workgroup.meeting.MeetingCommand.CancelMeeting;
import de.souveraen.workgroup.meeting.MeetingCommand.MarkHeld;
import de.souveraen.workgroup.meeting.MeetingCommand.RescheduleMeeting;
import de.souveraen.workgroup.meeting.MeetingCommand.ScheduleMeeting;
import de.souveraen.workgroup.meeting.MeetingCommand.SendInvitations;
import de.souveraen.workgroup.meeting.MeetingCommand.WriteMinutes;
import de.souveraen.workgroup.meeting.agenda.AgendaItem;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.Objects;

/**
 * SCHEDULED → INVITED → HELD → MINUTES_APPROVED, or CANCELLED from SCHEDULED or INVITED. Invitations need an agenda
 * and may be sent again (after a change); a meeting is held only after invitations and not before its start; minutes
 * are approved no earlier than the meeting day. Meetings of the past can be entered afterwards (the start may lie
 * before now), so the working group's history since its constitution can be recorded.
 */
final class MeetingLifecycle {
    static final int MAX_TITLE = 200;
    static final int MAX_PLACE = 300;
    static final int MAX_REASON = 1000;
    static final int MAX_MINUTES = 20_000;

    private MeetingLifecycle() {
    }

    static List<MeetingEvent> schedule(ScheduleMeeting c, MeetingState state) {
        if (state.exists()) {
            throw Rejection.conflict("meeting-exists", "meetingId", "Diese Sitzung ist bereits erfasst.",
                    "This meeting is already recorded.");
        }
        String title = Check.text("title", "Der Titel der Sitzung", c.title(), MAX_TITLE);
        OffsetDateTime start = Check.present("start", "Der Beginn", c.start());
        OffsetDateTime end = end("end", start, c.end());
        String place = Check.text("place", "Der Sitzungsort", c.place(), MAX_PLACE);
        boolean publicMeeting = Check.present("publicMeeting", "Die Angabe, ob die Sitzung öffentlich ist",
                c.publicMeeting());
        MeetingScheduled scheduled = new MeetingScheduled(c.meetingId(), title, start, end, place, publicMeeting);
        if (c.reconvening() == null) {
            return List.of(scheduled);
        }
        return reconvene(c.reconvening(), scheduled);
    }

    /**
     * § 49 (2) GO NRW: a meeting convened again for the same items after the earlier one lacked quorum (its lack
     * recorded) is quorate for them regardless of how many are present. The earlier meeting's undecided items are
     * carried over onto the new agenda in their order (public as they were); the new meeting starts after the earlier.
     */
    static List<MeetingEvent> reconvene(MeetingCommand.Reconvening r, MeetingScheduled scheduled) {
        MeetingState earlier = r.earlier();
        if (earlier == null || !earlier.exists()) {
            throw Rejection.invalid("meeting-not-found", "reconvenedFrom", "Die frühere Sitzung ist nicht erfasst.",
                    "The earlier meeting is not recorded.");
        }
        if (!earlier.quorumLacking()) {
            throw Rejection.invalid("quorum-not-lacking", "reconvenedFrom",
                    "In der früheren Sitzung ist keine Beschlussunfähigkeit festgestellt; nur dann wird erneut"
                            + " eingeladen (§ 49 Abs. 2 GO NRW).",
                    "No lack of quorum was recorded in the earlier meeting; only then is a meeting convened again.");
        }
        if (!scheduled.start().isAfter(earlier.start())) {
            throw Rejection.invalid("too-early", "start", "Die erneute Sitzung beginnt nach der früheren.",
                    "The reconvened meeting starts after the earlier one.");
        }
        List<AgendaItem> open = earlier.agenda().items().stream().filter(item -> !item.decided()).toList();
        if (open.isEmpty()) {
            throw Rejection.invalid("nothing-to-carry-over", "reconvenedFrom",
                    "Die frühere Sitzung hat keinen unerledigten Tagesordnungspunkt.",
                    "The earlier meeting has no undecided agenda item.");
        }
        List<MeetingEvent> events = new ArrayList<>();
        events.add(scheduled);
        List<UUID> carried = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            AgendaItem item = open.get(i);
            UUID id = r.newItemIds().get(i);
            carried.add(id);
            events.add(new AgendaItemAdded(scheduled.meetingId(), id, i + 1, item.title(), item.publicItem(),
                    item.proposalId()));
        }
        events.add(new MeetingReconvened(scheduled.meetingId(), r.reconvenedFrom(), earlier.meetingDate(), carried));
        return events;
    }

    static List<MeetingEvent> reschedule(RescheduleMeeting c, MeetingState state) {
        MeetingGuards.require(state, MeetingGuards.BEFORE);
        OffsetDateTime start = Check.present("start", "Der Beginn", c.start());
        OffsetDateTime end = end("end", start, c.end());
        String place = Check.text("place", "Der Sitzungsort", c.place(), MAX_PLACE);
        if (start.equals(state.start()) && end.equals(state.end()) && place.equals(state.place())) {
            return List.of();
        }
        return List.of(new MeetingRescheduled(c.meetingId(), start, end, place));
    }

    static List<MeetingEvent> invite(SendInvitations c, MeetingState state) {
        MeetingGuards.require(state, MeetingGuards.BEFORE);
        LocalDate sentOn = Check.present("sentOn", "Das Datum der Einladung", c.sentOn());
        if (state.agenda().size() == 0) {
            throw Rejection.conflict("agenda-empty", null, "Eine Einladung braucht eine Tagesordnung.",
                    "An invitation needs an agenda.");
        }
        return List.of(new MeetingInvitationsSent(c.meetingId(), sentOn));
    }

    static List<MeetingEvent> hold(MarkHeld c, MeetingState state) {
        MeetingGuards.require(state, MeetingGuards.INVITED);
        Check.present("recordedAt", "Der Zeitpunkt der Erfassung", c.recordedAt());
        if (c.recordedAt().isBefore(state.start().toInstant())) {
            throw Rejection.conflict("meeting-not-started", null,
                    "Die Sitzung beginnt erst am " + state.start() + "; sie kann noch nicht stattgefunden haben.",
                    "The meeting starts at " + state.start() + "; it cannot have been held yet.")
                    .with("start", state.start());
        }
        OffsetDateTime start = Objects.requireNonNullElse(c.actualStart(), state.start());
        OffsetDateTime end = end("actualEnd", start, Objects.requireNonNullElse(c.actualEnd(), state.end()));
        return List.of(new MeetingHeld(c.meetingId(), start, end));
    }

    static List<MeetingEvent> cancel(CancelMeeting c, MeetingState state) {
        MeetingGuards.require(state, MeetingGuards.BEFORE);
        String reason = Check.text("reason", "Der Grund der Absage", c.reason(), MAX_REASON);
        LocalDate cancelledOn = Check.present("cancelledOn", "Das Datum der Absage", c.cancelledOn());
        return List.of(new MeetingCancelled(c.meetingId(), reason, cancelledOn));
    }

    /**
     * The minutes' text of a held meeting (§ 52 GO NRW: the minutes record the meeting's course and decisions): the
     * whole text each time; an unchanged text records nothing. Once approved the minutes stay as they are.
     */
    static List<MeetingEvent> writeMinutes(WriteMinutes c, MeetingState state) {
        MeetingGuards.require(state, MeetingGuards.HELD);
        String text = Check.text("text", "Der Text der Niederschrift", c.text(), MAX_MINUTES);
        return text.equals(state.minutes()) ? List.of() : List.of(new MinutesWritten(c.meetingId(), text));
    }

    static List<MeetingEvent> approve(ApproveMinutes c, MeetingState state) {
        MeetingGuards.require(state, MeetingGuards.HELD);
        LocalDate approvedOn = Check.present("approvedOn", "Das Datum der Genehmigung", c.approvedOn());
        if (approvedOn.isBefore(state.meetingDate())) {
            throw Rejection.invalid("approved-before-meeting", "approvedOn",
                    "Die Niederschrift kann nicht vor der Sitzung genehmigt werden.",
                    "The minutes cannot be approved before the meeting.").with("meetingDate", state.meetingDate());
        }
        return List.of(new MinutesApproved(c.meetingId(), approvedOn));
    }

    private static OffsetDateTime end(String field, OffsetDateTime start, OffsetDateTime end) {
        Check.present(field, "Das Ende", end);
        if (!end.isAfter(start)) {
            throw Rejection.invalid("end-before-start", field, "Das Ende muss nach dem Beginn liegen.",
                    field + " must be after the start.");
        }
        return end;
    }
}
