package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The working group's decision on an agenda item: outcome, resolution text, for adopted and rejected
 * items the vote it rests on ({@code voteId} and its {@code tally}; null otherwise), and, when adopted or referred, the
 * recommendation to the council with the council session it is meant for (null when none). Enough for the report's
 * "upcoming strategic decisions" without any other event.
 */
@EventType("workgroup.DecisionRecorded.v1")
public record DecisionRecorded(UUID meetingId, LocalDate meetingDate, UUID agendaItemId,
        String agendaItemTitle, boolean publicItem, UUID proposalId, DecisionOutcome outcome,
        String resolution, UUID voteId, Tally tally, CouncilRecommendation recommendation) implements MeetingEvent {
}
