package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.util.UUID;

/**
 * The proposal is dealt with under an agenda item of a meeting.
 */
@EventType("workgroup.ProposalPlacedOnAgenda.v1")
public record ProposalPlacedOnAgenda(UUID proposalId, UUID meetingId, UUID agendaItemId) implements ProposalEvent {
}
