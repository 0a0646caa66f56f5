package de.souveraen.inventory.opportunity;

import de.souveraen.contracts.inventory.OpportunityDetails;
import de.souveraen.contracts.inventory.OpportunityStatus;
import java.time.LocalDate;
import java.util.UUID;

/** What can be asked of one opportunity (stream {@code opportunity-<opportunityId>}). */
public sealed interface OpportunityCommand {

    UUID opportunityId();

    record RecordOpportunity(UUID opportunityId, OpportunityDetails details, LocalDate recordedOn)
            implements OpportunityCommand {
    }

    record UpdateOpportunity(UUID opportunityId, OpportunityDetails details, LocalDate updatedOn)
            implements OpportunityCommand {
    }

    record ChangeOpportunityStatus(UUID opportunityId, OpportunityStatus status, String note, LocalDate changedOn)
            implements OpportunityCommand {
    }
}
