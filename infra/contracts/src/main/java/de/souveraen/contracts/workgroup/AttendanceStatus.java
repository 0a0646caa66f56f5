package de.souveraen.contracts.workgroup;

public enum AttendanceStatus {
    PRESENT,
    EXCUSED,
    ABSENT
}
