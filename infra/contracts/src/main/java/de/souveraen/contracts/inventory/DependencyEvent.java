package de.souveraen.contracts.inventory;

/**
 * The events of one dependency (stream {@code dependency-<uuid>}): registered and updated, its relations, its
 * assessments, alternatives and migration.
 */
public sealed interface DependencyEvent extends InventoryEvent permits DependencyRegistered, DependencyUpdated,
        DependencyRelated, DependencyRelationRemoved, DependencyAssessed, AlternativeProposed, AlternativeEvaluated,
        AlternativeCosted,
        MigrationStepPlanned, MigrationStatusChanged {
}
