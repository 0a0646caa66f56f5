package de.souveraen.contracts.inventory;

import de.souveraen.contracts.EventType;
import java.util.UUID;

/**
 * A digital dependency was added to the register (stream {@code dependency-<id>}); its migration status starts at
 * {@link MigrationStatus#IDENTIFIED}. {@code jurisdiction} is derived from the vendor's country by the service's
 * country table at that moment.
 */
@EventType("inventory.DependencyRegistered.v1")
public record DependencyRegistered(UUID dependencyId, DependencyDetails details, JurisdictionFlags jurisdiction) implements DependencyEvent {
}
