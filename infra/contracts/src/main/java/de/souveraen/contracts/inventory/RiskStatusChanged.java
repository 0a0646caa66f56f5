package de.souveraen.contracts.inventory;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.UUID;

/** A risk changed its status; accepting a risk needs a justification in {@code note}. */
@EventType("inventory.RiskStatusChanged.v1")
public record RiskStatusChanged(UUID riskId, RiskStatus from, RiskStatus to, String note, LocalDate changedOn) implements RiskEvent {
}
