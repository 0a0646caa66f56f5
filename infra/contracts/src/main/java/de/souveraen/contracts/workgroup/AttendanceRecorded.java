package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Attendance of one or more members; a later entry for the same member replaces the earlier one. Each entry carries the member's affiliation, role and voting right on {@code meetingDate}.
 */
@EventType("workgroup.AttendanceRecorded.v1")
public record AttendanceRecorded(UUID meetingId, LocalDate meetingDate, List<AttendanceEntry> entries) implements MeetingEvent {

    public AttendanceRecorded {
        entries = WorkgroupLists.copy(entries);
    }
}
