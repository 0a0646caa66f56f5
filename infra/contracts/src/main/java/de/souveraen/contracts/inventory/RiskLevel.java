package de.souveraen.contracts.inventory;

/**
 * The level of a risk on the 5 × 5 matrix (likelihood × impact): LOW 1–4, MEDIUM 5–9, HIGH 10–16, CRITICAL 20–25.
 * German and English labels: {@link InventoryLabels}.
 */
public enum RiskLevel {
    LOW, MEDIUM, HIGH, CRITICAL
}
