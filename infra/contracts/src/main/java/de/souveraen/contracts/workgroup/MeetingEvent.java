package de.souveraen.contracts.workgroup;

/**
 * The events of one meeting (stream {@code meeting-<uuid>}): scheduling and its lifecycle, agenda, attendance, quorum,
 * votes, decisions, minutes and action items.
 */
public sealed interface MeetingEvent extends WorkgroupEvent permits MeetingScheduled, MeetingRescheduled,
        MeetingInvitationsSent, MeetingHeld, MeetingCancelled, MinutesWritten, MinutesApproved, AgendaItemAdded,
        AgendaItemRemoved, AgendaReordered, AttendanceRecorded, QuorumLackRecorded, VoteRecorded, DecisionRecorded, ActionItemAssigned,
        ActionItemStatusChanged, MeetingReconvened {
}
