package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.DomainEvent;

/**
 * The published events of the working group "Digitale Souveränität & Open Source": members
 * (stream {@code member-<uuid>}), meetings with agenda, attendance, votes, decisions and action items
 * ({@code meeting-<uuid>}), proposals / Vorlagen ({@code proposal-<uuid>}) and trainings and workshops
 * ({@code training-<uuid>}). Type names {@code workgroup.<Name>.v1}; enums travel as their English names, their
 * German labels are in {@link WorkgroupLabels}. Every event a report needs is self-contained: votes carry the tallies
 * per faction and the quorum, decisions the outcome, the vote and the council recommendation with its session date,
 * trainings the participants, hours and satisfaction.
 */
public sealed interface WorkgroupEvent extends DomainEvent permits MemberJoined, MemberPersonUpdated,
        MemberRoleChanged, MemberAffiliationChanged, MemberLeft, MeetingScheduled, MeetingRescheduled,
        MeetingInvitationsSent, MeetingHeld, MeetingCancelled, MinutesApproved, AgendaItemAdded, AgendaItemRemoved,
        AgendaReordered, AttendanceRecorded, QuorumLackRecorded, VoteRecorded, DecisionRecorded, ActionItemAssigned,
        ActionItemStatusChanged, ProposalSubmitted, ProposalRevised, ProposalPlacedOnAgenda, ProposalTakenOffAgenda,
        ProposalDecided, ProposalWithdrawn, TrainingPlanned, TrainingRevised, TrainingHeld, TrainingFeedbackRecorded,
        TrainingOutcomesRecorded, TrainingCancelled {
}
