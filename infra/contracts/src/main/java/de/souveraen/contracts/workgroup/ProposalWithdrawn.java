package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The submitter withdrew the proposal before a decision.
 */
@EventType("workgroup.ProposalWithdrawn.v1")
public record ProposalWithdrawn(UUID proposalId, String reason, LocalDate withdrawnOn) implements ProposalEvent {
}
