package de.souveraen.contracts.inventory;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An opportunity was recorded (stream {@code opportunity-<id>}); its status starts at {@link
 * OpportunityStatus#OPEN}.
 */
@EventType("inventory.OpportunityRecorded.v1")
public record OpportunityRecorded(UUID opportunityId, OpportunityDetails details, LocalDate recordedOn) implements OpportunityEvent {
}
