package de.souveraen.contracts.inventory;

/** The events of one risk of the risk register (stream {@code risk-<uuid>}). */
public sealed interface RiskEvent extends InventoryEvent permits RiskRaised, RiskUpdated, RiskStatusChanged {
}
