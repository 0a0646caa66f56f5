package de.souveraen.contracts.inventory;

/** The events of one opportunity (stream {@code opportunity-<uuid>}). */
public sealed interface OpportunityEvent extends InventoryEvent permits OpportunityRecorded, OpportunityUpdated,
        OpportunityStatusChanged {
}
