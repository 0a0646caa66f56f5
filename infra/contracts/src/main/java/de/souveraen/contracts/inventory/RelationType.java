package de.souveraen.contracts.inventory;

/**
 * A dependency RUNS_ON (is hosted by) or NEEDS (cannot work without) another dependency. German and English labels:
 * {@link InventoryLabels}.
 */
public enum RelationType {
    RUNS_ON, NEEDS
}
