package de.souveraen.inventory.opportunity;

import de.souveraen.contracts.inventory.OpportunityDetails;
import de.souveraen.contracts.inventory.OpportunityStatus;
import de.souveraen.inventory.tracked.TrackedState;
import java.util.UUID;

/** One opportunity as its decider needs it; {@link #NONE} means "not recorded". */
public record OpportunityState(UUID id, OpportunityDetails details, OpportunityStatus status)
        implements TrackedState<OpportunityDetails, OpportunityStatus> {
    public static final OpportunityState NONE = new OpportunityState(null, null, null);
}
