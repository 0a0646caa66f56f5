package de.souveraen.inventory.risk;

import de.souveraen.contracts.inventory.RiskDetails;
import de.souveraen.contracts.inventory.RiskEvent;
import de.souveraen.contracts.inventory.RiskRaised;
import de.souveraen.contracts.inventory.RiskStatus;
import de.souveraen.contracts.inventory.RiskStatusChanged;
import de.souveraen.contracts.inventory.RiskUpdated;
import de.souveraen.eventstore.store.Aggregate;
import de.souveraen.inventory.risk.RiskCommand.ChangeRiskStatus;
import de.souveraen.inventory.risk.RiskCommand.RaiseRisk;
import de.souveraen.inventory.risk.RiskCommand.UpdateRisk;
import de.souveraen.inventory.tracked.TrackedChange;
import de.souveraen.inventory.tracked.TrackedDecider;
import de.souveraen.inventory.tracked.Wording;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The risk register, one stream per risk: a risk has its own life (owner, status, mitigation) and may concern
 * several dependencies or none, so it is not part of a dependency. Whether linked dependencies exist is checked
 * by the caller against the read model. Raised OPEN; a CLOSED risk is not updated. The life of a tracked item:
 * {@link TrackedDecider}; the risk's own rules: {@link RiskRules}.
 */
public final class RiskDecider extends TrackedDecider<RiskCommand, RiskState, RiskDetails, RiskStatus, RiskEvent> {
    public static final String STREAM_TYPE = "risk";
    static final Wording WORDING = new Wording("riskId", "Die Kennung des Risikos", "raisedOn", "Dieses Risiko",
            "Ein Risiko", "Die Angaben zum Risiko", "risk", "A risk", "already-raised", "risk-not-found",
            "risk-closed", "Ein geschlossenes Risiko muss erst wieder geöffnet werden.",
            "Reopen a closed risk first.");
    public static final Aggregate<RiskCommand, RiskState, RiskEvent> AGGREGATE = new Aggregate<>(STREAM_TYPE,
            new RiskDecider(), RiskEvent.class);

    public RiskDecider() {
        super(WORDING, RiskState.NONE, RiskStatus.OPEN, RiskStatus.CLOSED);
    }

    @Override
    protected TrackedChange<RiskDetails, RiskStatus> asked(RiskCommand command) {
        if (command instanceof RaiseRisk c) {
            return new TrackedChange.Recorded<>(c.riskId(), c.details(), c.raisedOn());
        } else if (command instanceof UpdateRisk c) {
            return new TrackedChange.Updated<>(c.riskId(), c.details(), c.updatedOn());
        }
        ChangeRiskStatus c = (ChangeRiskStatus) command;
        return new TrackedChange.StatusChanged<>(c.riskId(), c.status(), c.note(), c.changedOn());
    }

    @Override
    protected TrackedChange<RiskDetails, RiskStatus> happened(RiskEvent event) {
        if (event instanceof RiskRaised e) {
            return new TrackedChange.Recorded<>(e.riskId(), e.details(), e.raisedOn());
        } else if (event instanceof RiskUpdated e) {
            return new TrackedChange.Updated<>(e.riskId(), e.details(), e.updatedOn());
        }
        RiskStatusChanged e = (RiskStatusChanged) event;
        return new TrackedChange.StatusChanged<>(e.riskId(), e.to(), e.note(), e.changedOn());
    }

    @Override
    protected RiskEvent recorded(UUID id, RiskDetails details, LocalDate on) {
        return new RiskRaised(id, details, on);
    }

    @Override
    protected RiskEvent updated(UUID id, RiskDetails details, LocalDate on) {
        return new RiskUpdated(id, details, on);
    }

    @Override
    protected RiskEvent statusChanged(UUID id, RiskStatus from, RiskStatus to, String note, LocalDate on) {
        return new RiskStatusChanged(id, from, to, note, on);
    }

    @Override
    protected RiskState state(UUID id, RiskDetails details, RiskStatus status) {
        return new RiskState(id, details, status);
    }

    @Override
    protected RiskDetails normalise(RiskDetails details) {
        return RiskRules.normalise(details);
    }

    @Override
    protected String checkStatus(RiskState state, RiskStatus to, String note) {
        return RiskRules.checkStatus(state, to, note);
    }
}
