package de.souveraen.inventory.opportunity;

import de.souveraen.contracts.inventory.OpportunityDetails;
import de.souveraen.contracts.inventory.OpportunityStatus;
import java.util.UUID;

/** One opportunity as its decider needs it; {@link #NONE} means "not recorded". */
public record OpportunityState(UUID id, OpportunityDetails details, OpportunityStatus status) {
    public static final OpportunityState NONE = new OpportunityState(null, null, null);

    public boolean exists() {
        return id != null;
    }
}
