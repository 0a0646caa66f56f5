package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The working group decided on the proposal ({@link DecisionOutcome#ADOPTED}, {@link DecisionOutcome#REJECTED} or {@link DecisionOutcome#REFERRED}); the decision itself is {@code DecisionRecorded} in the meeting's stream.
 */
@EventType("workgroup.ProposalDecided.v1")
public record ProposalDecided(UUID proposalId, UUID meetingId, UUID agendaItemId, DecisionOutcome outcome,
        LocalDate decidedOn) implements ProposalEvent {
}
