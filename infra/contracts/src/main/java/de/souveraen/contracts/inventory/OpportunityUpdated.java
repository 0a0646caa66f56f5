package de.souveraen.contracts.inventory;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.UUID;

/** An opportunity was corrected or re-estimated; {@code details} is the complete new version. */
@EventType("inventory.OpportunityUpdated.v1")
public record OpportunityUpdated(UUID opportunityId, OpportunityDetails details, LocalDate updatedOn) implements OpportunityEvent {
}
