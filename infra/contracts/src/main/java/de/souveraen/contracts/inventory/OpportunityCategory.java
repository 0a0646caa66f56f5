package de.souveraen.contracts.inventory;

/**
 * Kind of opportunity (the motion asks for opportunities and risks). German and English labels: {@link
 * InventoryLabels}.
 */
public enum OpportunityCategory {
    COST_SAVINGS, INTEROPERABILITY, SECURITY, SKILLS, REGIONAL_ECONOMY, COOPERATION, OTHER
}
