package de.souveraen.contracts.inventory;

import de.souveraen.contracts.EventType;
import java.util.UUID;

/**
 * A digital dependency was added to the register (stream {@code dependency-<id>}); its migration status starts at
 * {@link MigrationStatus#IDENTIFIED}. Both flags come from the service's country table at that moment:
 * {@code jurisdiction} is the effective one (the ultimate parent company's country when recorded, else the
 * vendor's: what the exposure counts), {@code vendorJurisdiction} the contracting vendor's own (data location and
 * transfer status under Chapter V GDPR follow the contracting party).
 */
@EventType("inventory.DependencyRegistered.v2")
public record DependencyRegistered(UUID dependencyId, DependencyDetails details, JurisdictionFlags jurisdiction,
        JurisdictionFlags vendorJurisdiction) implements DependencyEvent {

    /** A dependency without a parent company: effective and vendor flags are the same. */
    public DependencyRegistered(UUID dependencyId, DependencyDetails details, JurisdictionFlags jurisdiction) {
        this(dependencyId, details, jurisdiction, jurisdiction);
    }
}
