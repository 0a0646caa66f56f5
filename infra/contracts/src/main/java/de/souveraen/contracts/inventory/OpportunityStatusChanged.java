package de.souveraen.contracts.inventory;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.UUID;

/** An opportunity changed its status; dropping one needs a reason in {@code note}. */
@EventType("inventory.OpportunityStatusChanged.v1")
public record OpportunityStatusChanged(UUID opportunityId, OpportunityStatus from, OpportunityStatus to, String note, LocalDate changedOn) implements OpportunityEvent {
}
