package de.souveraen.contracts.inventory;

import de.souveraen.contracts.DomainEvent;

/**
 * The published events of the inventory context: the dependency register with assessments, alternatives and
 * migration (stream {@code dependency-<uuid>}), the risk register ({@code risk-<uuid>}) and opportunities
 * ({@code opportunity-<uuid>}). Type names {@code inventory.<Name>.v1}; enums travel as their English names,
 * their German labels are in {@link InventoryLabels}.
 * <p>
 * One sealed interface per aggregate: {@link DependencyEvent}, {@link RiskEvent}, {@link OpportunityEvent}.
 */
public sealed interface InventoryEvent extends DomainEvent permits DependencyEvent, RiskEvent, OpportunityEvent {
}
