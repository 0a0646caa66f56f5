package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An open proposal's title, text or linked dependencies changed.
 */
@EventType("workgroup.ProposalRevised.v1")
public record ProposalRevised(UUID proposalId, String title, String text, List<UUID> dependencyIds,
        LocalDate revisedOn) implements ProposalEvent {

    public ProposalRevised {
        dependencyIds = WorkgroupLists.copy(dependencyIds);
    }
}
