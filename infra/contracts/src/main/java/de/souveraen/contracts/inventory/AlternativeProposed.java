package de.souveraen.contracts.inventory;

import de.souveraen.contracts.EventType;
import java.util.UUID;

/**
 * An open-source alternative was proposed for a dependency; it starts as {@link EvaluationState#CANDIDATE}. {@code
 * catalogueId} names the entry of the shipped catalogue, or is null for an alternative outside it.
 */
@EventType("inventory.AlternativeProposed.v1")
public record AlternativeProposed(UUID dependencyId, UUID alternativeId, String name, String catalogueId, String note) implements DependencyEvent {
}
