package de.souveraen.contracts.inventory;

/**
 * Whether a contract renews by itself unless cancelled (TACIT) or ends unless renewed (EXPRESS). German and English
 * labels: {@link InventoryLabels}.
 */
public enum Renewal {
    TACIT, EXPRESS
}
