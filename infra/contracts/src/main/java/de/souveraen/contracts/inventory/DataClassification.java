package de.souveraen.contracts.inventory;

/**
 * The most sensitive data a dependency processes; SPECIAL_CATEGORY means Art. 9 GDPR. German and English labels:
 * {@link InventoryLabels}.
 */
public enum DataClassification {
    NONE, INTERNAL, PERSONAL, SPECIAL_CATEGORY
}
