package de.souveraen.workgroup.meeting;

import de.souveraen.contracts.workgroup.AttendanceEntry;
import de.souveraen.contracts.workgroup.AttendanceStatus;
import de.souveraen.contracts.workgroup.MeetingStatus;
import de.souveraen.workgroup.meeting.action.ActionItem;
import de.souveraen.workgroup.meeting.agenda.Agenda;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A meeting: its time and place, agenda (with votes and decisions), attendance and action items; {@code reschedules}
 * counts the reschedulings folded so far (the calendar's {@code SEQUENCE}); {@code quorumLacking}: a lack of quorum
 * was recorded (until then the meeting is presumed quorate); {@code minutes}: the text of the minutes, null until
 * written; {@code reconvenedFrom}: the earlier meeting whose lack of quorum made this one convened again for its
 * undecided items (§ 49 (2) GO NRW), null for an ordinary meeting.
 */
public record MeetingState(UUID meetingId, MeetingStatus status, String title, OffsetDateTime start,
        OffsetDateTime end, String place, boolean publicMeeting, Agenda agenda, Map<UUID, AttendanceEntry> attendance,
        Map<UUID, ActionItem> actionItems, int reschedules, boolean quorumLacking, String minutes,
        UUID reconvenedFrom) {

    /** What the invitation of a reconvened meeting says (§ 49 (2) GO NRW), in the calendar and the invitation. */
    public static final String RECONVENED_NOTE = "Erneut einberufen, weil die frühere Sitzung beschlussunfähig war: für"
            + " die übertragenen Tagesordnungspunkte ist die Arbeitsgruppe ohne Rücksicht auf die Zahl der Anwesenden"
            + " beschlussfähig (§ 49 Abs. 2 GO NRW).";

    public static final MeetingState NONE = new MeetingState(null, null, null, null, null, null, false, Agenda.EMPTY,
            Map.of(), Map.of(), 0, false, null, null);

    public MeetingState {
        attendance = Collections.unmodifiableMap(new LinkedHashMap<>(attendance));
        actionItems = Collections.unmodifiableMap(new LinkedHashMap<>(actionItems));
    }

    public boolean exists() {
        return meetingId != null;
    }

    /** The day of the meeting, as the members' roster and the reports see it. */
    public LocalDate meetingDate() {
        return start.toLocalDate();
    }

    /** The members recorded present right now. */
    public Set<UUID> present() {
        return attendance.values().stream().filter(a -> a.status() == AttendanceStatus.PRESENT)
                .map(AttendanceEntry::memberId).collect(Collectors.toUnmodifiableSet());
    }

    MeetingState with(MeetingStatus newStatus) {
        return new MeetingState(meetingId, newStatus, title, start, end, place, publicMeeting, agenda, attendance,
                actionItems, reschedules, quorumLacking, minutes, reconvenedFrom);
    }

    MeetingState with(OffsetDateTime newStart, OffsetDateTime newEnd, String newPlace, int newReschedules) {
        return new MeetingState(meetingId, status, title, newStart, newEnd, newPlace, publicMeeting, agenda,
                attendance, actionItems, newReschedules, quorumLacking, minutes, reconvenedFrom);
    }

    MeetingState with(Agenda newAgenda) {
        return new MeetingState(meetingId, status, title, start, end, place, publicMeeting, newAgenda, attendance,
                actionItems, reschedules, quorumLacking, minutes, reconvenedFrom);
    }

    MeetingState with(AttendanceEntry entry) {
        Map<UUID, AttendanceEntry> next = new LinkedHashMap<>(attendance);
        next.put(entry.memberId(), entry);
        return new MeetingState(meetingId, status, title, start, end, place, publicMeeting, agenda, next, actionItems,
                reschedules, quorumLacking, minutes, reconvenedFrom);
    }

    MeetingState with(ActionItem item) {
        Map<UUID, ActionItem> next = new LinkedHashMap<>(actionItems);
        next.put(item.id(), item);
        return new MeetingState(meetingId, status, title, start, end, place, publicMeeting, agenda, attendance, next,
                reschedules, quorumLacking, minutes, reconvenedFrom);
    }

    MeetingState withMinutes(String text) {
        return new MeetingState(meetingId, status, title, start, end, place, publicMeeting, agenda, attendance,
                actionItems, reschedules, quorumLacking, text, reconvenedFrom);
    }

    MeetingState withReconvenedFrom(UUID earlier) {
        return new MeetingState(meetingId, status, title, start, end, place, publicMeeting, agenda, attendance,
                actionItems, reschedules, quorumLacking, minutes, earlier);
    }

    MeetingState withQuorumLacking() {
        return new MeetingState(meetingId, status, title, start, end, place, publicMeeting, agenda, attendance,
                actionItems, reschedules, true, minutes, reconvenedFrom);
    }
}
