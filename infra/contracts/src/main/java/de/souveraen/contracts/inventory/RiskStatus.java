package de.souveraen.contracts.inventory;

/** Where a risk stands (OPEN when raised). German and English labels: {@link InventoryLabels}. */
public enum RiskStatus {
    OPEN, MITIGATING, ACCEPTED, CLOSED
}
