package de.souveraen.contracts.inventory;

import de.souveraen.contracts.EventType;
import java.util.List;
import java.util.UUID;

/**
 * The recorded details of a dependency were corrected or brought up to date; {@code details} is the complete new
 * version, {@code changedFields} names what differs from the previous one (API field names, e.g. {@code
 * annualCost}, {@code parentCompany}). {@code jurisdiction} is the effective flags (the ultimate parent company's
 * country when recorded, else the vendor's), {@code vendorJurisdiction} the contracting vendor's own.
 */
@EventType("inventory.DependencyUpdated.v2")
public record DependencyUpdated(UUID dependencyId, DependencyDetails details, JurisdictionFlags jurisdiction,
        JurisdictionFlags vendorJurisdiction, List<String> changedFields) implements DependencyEvent {

    /** An update without a parent company: effective and vendor flags are the same. */
    public DependencyUpdated(UUID dependencyId, DependencyDetails details, JurisdictionFlags jurisdiction,
            List<String> changedFields) {
        this(dependencyId, details, jurisdiction, jurisdiction, changedFields);
    }
}
