package de.souveraen.contracts.inventory;

import de.souveraen.contracts.EventType;
import java.util.UUID;

/**
 * The quarter (e.g. {@code 2026-Q3}, within the three-year concept 2026..2028) by which a dependency shall reach a
 * migration step.
 */
@EventType("inventory.MigrationStepPlanned.v1")
public record MigrationStepPlanned(UUID dependencyId, MigrationStatus step, String targetQuarter) implements DependencyEvent {
}
