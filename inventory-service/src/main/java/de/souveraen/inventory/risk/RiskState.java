package de.souveraen.inventory.risk;

import de.souveraen.contracts.inventory.RiskDetails;
import de.souveraen.contracts.inventory.RiskStatus;
import de.souveraen.inventory.tracked.TrackedState;
import java.util.UUID;

/** One risk as its decider needs it; {@link #NONE} means "not raised". */
public record RiskState(UUID id, RiskDetails details, RiskStatus status)
        implements TrackedState<RiskDetails, RiskStatus> {
    public static final RiskState NONE = new RiskState(null, null, null);
}
