package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A proposal (Vorlage) was submitted (stream {@code proposal-<id>}); its status starts at {@link ProposalStatus#OPEN}. {@code reference} is its file number (may be null), {@code submitter} who submitted it (a member: {@code submitterMemberId}, or e.g. a faction or the mayor; then null), {@code dependencyIds} the inventory dependencies it concerns.
 */
@EventType("workgroup.ProposalSubmitted.v1")
public record ProposalSubmitted(UUID proposalId, String reference, String title, String text, String submitter,
        UUID submitterMemberId, List<UUID> dependencyIds, LocalDate submittedOn) implements ProposalEvent {

    public ProposalSubmitted {
        dependencyIds = WorkgroupLists.copy(dependencyIds);
    }
}
