package de.souveraen.contracts.inventory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * An opportunity the programme opens (the motion asks for "Chancen und Risiken"): for example yearly savings
 * in EUR once a licence is dropped, against a one-off cost. Both amounts are optional, EUR with scale 2.
 */
public record OpportunityDetails(String title, String description, OpportunityCategory category,
        BigDecimal yearlySavings, BigDecimal oneOffCost, String owner, List<UUID> dependencyIds) {

    public OpportunityDetails {
        // tolerates null elements: the domain names them (dependencyIds[1]) instead of an NPE here
        dependencyIds = dependencyIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(dependencyIds));
    }
}
