package de.souveraen.contracts.inventory;

import de.souveraen.contracts.EventType;
import java.util.UUID;

/** A relation recorded with {@link DependencyRelated} no longer holds. */
@EventType("inventory.DependencyRelationRemoved.v1")
public record DependencyRelationRemoved(UUID dependencyId, RelationType relation, UUID targetId) implements DependencyEvent {
}
