package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.util.UUID;

/**
 * The proposal left the agenda without a decision and is open again.
 */
@EventType("workgroup.ProposalTakenOffAgenda.v1")
public record ProposalTakenOffAgenda(UUID proposalId, UUID meetingId, UUID agendaItemId, OffAgendaReason reason) implements ProposalEvent {
}
