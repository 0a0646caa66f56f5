package de.souveraen.contracts.inventory;

/**
 * Transfer status of the vendor's country under Chapter V GDPR: inside the EEA (no third country), a full or a
 * partial (sector/certification-bound) adequacy decision of the European Commission, or none. German and English
 * labels: {@link InventoryLabels}.
 */
public enum Adequacy {
    EEA, FULL, PARTIAL, NONE
}
