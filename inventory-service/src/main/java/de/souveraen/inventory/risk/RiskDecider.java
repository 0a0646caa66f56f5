package de.souveraen.inventory.risk;

import de.souveraen.contracts.inventory.InventoryEvent;
import de.souveraen.contracts.inventory.RiskDetails;
import de.souveraen.contracts.inventory.RiskRaised;
import de.souveraen.contracts.inventory.RiskStatus;
import de.souveraen.contracts.inventory.RiskStatusChanged;
import de.souveraen.contracts.inventory.RiskUpdated;
import de.souveraen.eventstore.domain.Decider;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.inventory.risk.RiskCommand.ChangeRiskStatus;
import de.souveraen.inventory.risk.RiskCommand.RaiseRisk;
import de.souveraen.inventory.risk.RiskCommand.UpdateRisk;
import de.souveraen.eventstore.domain.Violations;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The risk register, one stream per risk: a risk has its own life (owner, status, mitigation) and may concern
 * several dependencies or none, so it is not part of a dependency. Whether linked dependencies exist is checked
 * by the caller against the read model.
 */
public final class RiskDecider implements Decider<RiskCommand, RiskState, InventoryEvent> {
    public static final String STREAM_TYPE = "risk";

    public static String streamId(UUID riskId) {
        return STREAM_TYPE + "-" + riskId;
    }

    @Override
    public RiskState initialState() {
        return RiskState.NONE;
    }

    @Override
    public List<InventoryEvent> decide(RiskCommand command, RiskState state) {
        if (command.riskId() == null) {
            throw new Rejection(Rejection.Kind.BAD_REQUEST, "required", "riskId", "Die Kennung des Risikos fehlt.",
                    "riskId is required.", Map.of());
        }
        if (command instanceof RaiseRisk c) {
            if (state.exists()) {
                throw Rejection.conflict("already-raised", "riskId", "Dieses Risiko ist bereits erfasst.",
                        "This risk is already recorded.");
            }
            RiskDetails details = RiskRules.normalise(c.details());
            return List.of(new RiskRaised(c.riskId(), details, date("raisedOn", c.raisedOn())));
        }
        if (!state.exists()) {
            throw Rejection.notFound("risk-not-found", "Dieses Risiko ist nicht erfasst.", "No such risk.");
        }
        if (command instanceof UpdateRisk c) {
            if (state.status() == RiskStatus.CLOSED) {
                throw Rejection.conflict("risk-closed", "status",
                        "Ein geschlossenes Risiko muss erst wieder geöffnet werden.", "Reopen a closed risk first.");
            }
            RiskDetails details = RiskRules.normalise(c.details());
            if (details.equals(state.details())) {
                return List.of();
            }
            return List.of(new RiskUpdated(c.riskId(), details, date("updatedOn", c.updatedOn())));
        } else if (command instanceof ChangeRiskStatus c) {
            String note = RiskRules.checkStatus(state, c.status(), c.note());
            return List.of(new RiskStatusChanged(c.riskId(), state.status(), c.status(), note,
                    date("changedOn", c.changedOn())));
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    private static LocalDate date(String field, LocalDate date) {
        Violations v = Violations.collecting();
        v.present(field, "Das Datum", date);
        v.throwFirst();
        return date;
    }

    @Override
    public RiskState evolve(RiskState state, InventoryEvent event) {
        if (event instanceof RiskRaised e) {
            return new RiskState(e.riskId(), e.details(), RiskStatus.OPEN);
        } else if (event instanceof RiskUpdated e) {
            return new RiskState(state.id(), e.details(), state.status());
        } else if (event instanceof RiskStatusChanged e) {
            return new RiskState(state.id(), state.details(), e.to());
        }
        throw new IllegalArgumentException("not an event of a risk stream: " + event.getClass().getSimpleName());
    }
}
