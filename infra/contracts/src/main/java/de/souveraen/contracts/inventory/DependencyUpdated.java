package de.souveraen.contracts.inventory;

import de.souveraen.contracts.EventType;
import java.util.List;
import java.util.UUID;

/**
 * The recorded details of a dependency were corrected or brought up to date; {@code details} is the complete new
 * version, {@code changedFields} names what differs from the previous one (API field names, e.g. {@code
 * annualCost}, {@code contract}).
 */
@EventType("inventory.DependencyUpdated.v1")
public record DependencyUpdated(UUID dependencyId, DependencyDetails details, JurisdictionFlags jurisdiction, List<String> changedFields) implements DependencyEvent {
}
