package de.souveraen.contracts.inventory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * One entry of the risk register: likelihood and impact on a 1..5 scale, the person or unit owning it, the
 * planned or running mitigation, and the dependencies it concerns.
 */
public record RiskDetails(String title, String description, RiskCategory category, Integer likelihood,
        Integer impact, String owner, String mitigation, List<UUID> dependencyIds) {

    public RiskDetails {
        // tolerates null elements: the domain names them (dependencyIds[1]) instead of an NPE here
        dependencyIds = dependencyIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(dependencyIds));
    }
}
