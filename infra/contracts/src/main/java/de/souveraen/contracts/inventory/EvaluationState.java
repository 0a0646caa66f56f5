package de.souveraen.contracts.inventory;

/**
 * How far an open-source alternative to a dependency has been evaluated. German and English labels: {@link
 * InventoryLabels}.
 */
public enum EvaluationState {
    CANDIDATE, EVALUATING, PILOT, RECOMMENDED, REJECTED
}
