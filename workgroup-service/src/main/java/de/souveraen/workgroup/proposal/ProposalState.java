package de.souveraen.workgroup.proposal;

import de.souveraen.contracts.workgroup.DecisionOutcome;
import de.souveraen.contracts.workgroup.ProposalStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A proposal with its current texts, linked inventory dependencies, status, the agenda item it is on (null unless
 * ON_AGENDA) and the outcome once decided.
 */
public record ProposalState(UUID proposalId, String title, String text, List<UUID> dependencyIds,
        ProposalStatus status, UUID meetingId, UUID agendaItemId, DecisionOutcome outcome) {
    public static final ProposalState NONE = new ProposalState(null, null, null, List.of(), null, null, null, null);

    public ProposalState {
        dependencyIds = Collections.unmodifiableList(new ArrayList<>(dependencyIds));
    }

    public boolean exists() {
        return proposalId != null;
    }

    ProposalState revised(String newTitle, String newText, List<UUID> newDependencyIds) {
        return new ProposalState(proposalId, newTitle, newText, newDependencyIds, status, meetingId, agendaItemId,
                outcome);
    }

    ProposalState on(UUID newMeetingId, UUID newAgendaItemId) {
        return new ProposalState(proposalId, title, text, dependencyIds, ProposalStatus.ON_AGENDA, newMeetingId,
                newAgendaItemId, outcome);
    }

    ProposalState with(ProposalStatus newStatus, DecisionOutcome newOutcome) {
        return new ProposalState(proposalId, title, text, dependencyIds, newStatus, null, null, newOutcome);
    }
}
