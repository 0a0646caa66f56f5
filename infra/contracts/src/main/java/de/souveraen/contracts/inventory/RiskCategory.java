package de.souveraen.contracts.inventory;

/** Kind of risk in the risk register. German and English labels: {@link InventoryLabels}. */
public enum RiskCategory {
    JURISDICTION_FOREIGN_ACCESS, PRICE_INCREASE, SANCTIONS_AVAILABILITY, LOCK_IN, SECURITY, SKILLS, COMPLIANCE, OTHER
}
