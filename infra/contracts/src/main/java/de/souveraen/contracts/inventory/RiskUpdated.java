package de.souveraen.contracts.inventory;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.UUID;

/** A risk was reassessed or corrected; {@code details} is the complete new version. */
@EventType("inventory.RiskUpdated.v1")
public record RiskUpdated(UUID riskId, RiskDetails details, LocalDate updatedOn) implements RiskEvent {
}
