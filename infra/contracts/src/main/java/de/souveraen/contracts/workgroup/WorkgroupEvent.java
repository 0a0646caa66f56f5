package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.DomainEvent;

/**
 * The published events of the working group "Digitale Souveränität & Open Source": members
 * (stream {@code member-<uuid>}), meetings with agenda, attendance, votes, decisions and action items
 * ({@code meeting-<uuid>}), proposals / Vorlagen ({@code proposal-<uuid>}), trainings and workshops
 * ({@code training-<uuid>}) and the measures of the programme with their milestones ({@code measure-<uuid>}). Type names {@code workgroup.<Name>.v1}; enums travel as their English names, their
 * German labels are in {@link WorkgroupLabels}. Every event a report needs is self-contained: votes carry the tallies
 * per faction and the quorum, decisions the outcome, the vote and the council recommendation with its session date,
 * trainings the participants, hours and satisfaction. Each aggregate's events have their own sealed interface
 * ({@link MemberEvent}, {@link MeetingEvent}, {@link ProposalEvent}, {@link TrainingEvent},
 * {@link MeasureEvent}).
 */
public sealed interface WorkgroupEvent extends DomainEvent permits MemberEvent, MeetingEvent, ProposalEvent,
        TrainingEvent, MeasureEvent {
}
