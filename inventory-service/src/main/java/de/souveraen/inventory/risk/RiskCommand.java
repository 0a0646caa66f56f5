package de.souveraen.inventory.risk;

import de.souveraen.contracts.inventory.RiskDetails;
import de.souveraen.contracts.inventory.RiskStatus;
import java.time.LocalDate;
import java.util.UUID;

/** What can be asked of one risk (stream {@code risk-<riskId>}); {@code POST /api/risks} raises one. */
public sealed interface RiskCommand {

    UUID riskId();

    record RaiseRisk(UUID riskId, RiskDetails details, LocalDate raisedOn) implements RiskCommand {
    }

    /** Replaces the details (reassessment of likelihood and impact, new owner or mitigation, linked dependencies). */
    record UpdateRisk(UUID riskId, RiskDetails details, LocalDate updatedOn) implements RiskCommand {
    }

    record ChangeRiskStatus(UUID riskId, RiskStatus status, String note, LocalDate changedOn) implements RiskCommand {
    }
}
