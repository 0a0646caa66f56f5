package de.souveraen.contracts.inventory;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.UUID;

/** A dependency moved one step along its migration (or was kept, with the justification in {@code note}). */
@EventType("inventory.MigrationStatusChanged.v1")
public record MigrationStatusChanged(UUID dependencyId, MigrationStatus from, MigrationStatus to, String note, LocalDate changedOn) implements DependencyEvent {
}
