package de.souveraen.contracts.inventory;

/** Where an opportunity stands (OPEN when recorded). German and English labels: {@link InventoryLabels}. */
public enum OpportunityStatus {
    OPEN, PURSUING, REALISED, DROPPED
}
