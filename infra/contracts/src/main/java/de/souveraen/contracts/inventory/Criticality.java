package de.souveraen.contracts.inventory;

/**
 * How badly the municipality's work suffers if the dependency fails. German and English labels: {@link
 * InventoryLabels}.
 */
public enum Criticality {
    LOW, MEDIUM, HIGH, CRITICAL
}
