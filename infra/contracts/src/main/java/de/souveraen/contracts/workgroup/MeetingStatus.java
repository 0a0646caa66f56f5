package de.souveraen.contracts.workgroup;

/** SCHEDULED → INVITED → HELD → MINUTES_APPROVED, or CANCELLED from SCHEDULED or INVITED. */
public enum MeetingStatus {
    SCHEDULED,
    INVITED,
    HELD,
    MINUTES_APPROVED,
    CANCELLED
}
