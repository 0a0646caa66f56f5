package de.souveraen.workgroup.proposal;

import de.souveraen.contracts.workgroup.DecisionOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What can be asked of one proposal (Vorlage, stream {@code proposal-<proposalId>}); {@code POST /api/proposals}
 * submits one. Placing it on an agenda and recording the outcome are sent by the caller alongside the meeting's
 * {@code AddAgendaItem}, {@code RemoveAgendaItem} and {@code RecordDecision}.
 */
public sealed interface ProposalCommand {

    UUID proposalId();

    record SubmitProposal(UUID proposalId, String reference, String title, String text, String submitter,
            UUID submitterMemberId, List<UUID> dependencyIds, LocalDate submittedOn) implements ProposalCommand {
    }

    record ReviseProposal(UUID proposalId, String title, String text, List<UUID> dependencyIds, LocalDate revisedOn)
            implements ProposalCommand {
    }

    record PlaceOnAgenda(UUID proposalId, UUID meetingId, UUID agendaItemId) implements ProposalCommand {
    }

    /** The agenda item was removed: the proposal is open again. */
    record TakeOffAgenda(UUID proposalId, UUID meetingId, UUID agendaItemId) implements ProposalCommand {
    }

    /** The meeting's decision on the proposal's item; DEFERRED puts the proposal back to OPEN. */
    record RecordOutcome(UUID proposalId, UUID meetingId, UUID agendaItemId, DecisionOutcome outcome,
            LocalDate decidedOn) implements ProposalCommand {
    }

    record Withdraw(UUID proposalId, String reason, LocalDate withdrawnOn) implements ProposalCommand {
    }
}
