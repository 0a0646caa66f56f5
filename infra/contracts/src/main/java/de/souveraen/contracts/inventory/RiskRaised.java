package de.souveraen.contracts.inventory;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.UUID;

/** A risk was entered into the register (stream {@code risk-<id>}); its status starts at {@link RiskStatus#OPEN}. */
@EventType("inventory.RiskRaised.v1")
public record RiskRaised(UUID riskId, RiskDetails details, LocalDate raisedOn) implements RiskEvent {
}
