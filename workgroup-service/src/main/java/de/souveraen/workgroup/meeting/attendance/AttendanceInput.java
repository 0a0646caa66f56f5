package de.souveraen.workgroup.meeting.attendance;

import de.souveraen.contracts.workgroup.AttendanceStatus;
import java.util.UUID;

/** One line of {@code POST /api/meetings/{id}/attendance}. */
public record AttendanceInput(UUID memberId, AttendanceStatus status) {
}
