package de.souveraen.contracts.inventory;

/**
 * Where a dependency stands on its way out (allowed transitions: inventory-service MigrationTransitions). German
 * and English labels: {@link InventoryLabels}.
 */
public enum MigrationStatus {
    IDENTIFIED, ASSESSED, ALTERNATIVE_SELECTED, PILOT, MIGRATING, MIGRATED, RETIRED, KEPT
}
