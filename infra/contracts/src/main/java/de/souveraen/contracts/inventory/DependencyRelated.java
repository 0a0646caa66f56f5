package de.souveraen.contracts.inventory;

import de.souveraen.contracts.EventType;
import java.util.UUID;

/** A dependency runs on or needs another dependency ({@code targetId}), so a change to the target touches it. */
@EventType("inventory.DependencyRelated.v1")
public record DependencyRelated(UUID dependencyId, RelationType relation, UUID targetId) implements DependencyEvent {
}
