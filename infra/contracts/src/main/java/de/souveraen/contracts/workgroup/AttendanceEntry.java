package de.souveraen.contracts.workgroup;

import java.util.UUID;

/** One member's attendance, with the affiliation, role and voting right the member had on the meeting date. */
public record AttendanceEntry(UUID memberId, AttendanceStatus status, Affiliation affiliation, MemberRole role,
        boolean votingRight) {
}
