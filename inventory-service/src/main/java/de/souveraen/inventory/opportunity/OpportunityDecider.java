package de.souveraen.inventory.opportunity;

import de.souveraen.contracts.inventory.InventoryEvent;
import de.souveraen.contracts.inventory.OpportunityDetails;
import de.souveraen.contracts.inventory.OpportunityRecorded;
import de.souveraen.contracts.inventory.OpportunityStatus;
import de.souveraen.contracts.inventory.OpportunityStatusChanged;
import de.souveraen.contracts.inventory.OpportunityUpdated;
import de.souveraen.eventstore.domain.Decider;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.inventory.opportunity.OpportunityCommand.ChangeOpportunityStatus;
import de.souveraen.inventory.opportunity.OpportunityCommand.RecordOpportunity;
import de.souveraen.inventory.opportunity.OpportunityCommand.UpdateOpportunity;
import de.souveraen.eventstore.domain.Violations;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Opportunities ("Chancen", the other half of the motion's "Chancen und Risiken"), one small stream each: like a
 * risk, an opportunity may concern several dependencies and has its own status.
 */
public final class OpportunityDecider implements Decider<OpportunityCommand, OpportunityState, InventoryEvent> {
    public static final String STREAM_TYPE = "opportunity";

    public static String streamId(UUID opportunityId) {
        return STREAM_TYPE + "-" + opportunityId;
    }

    @Override
    public OpportunityState initialState() {
        return OpportunityState.NONE;
    }

    @Override
    public List<InventoryEvent> decide(OpportunityCommand command, OpportunityState state) {
        if (command.opportunityId() == null) {
            throw new Rejection(Rejection.Kind.BAD_REQUEST, "required", "opportunityId",
                    "Die Kennung der Chance fehlt.", "opportunityId is required.", Map.of());
        }
        if (command instanceof RecordOpportunity c) {
            if (state.exists()) {
                throw Rejection.conflict("already-recorded", "opportunityId", "Diese Chance ist bereits erfasst.",
                        "This opportunity is already recorded.");
            }
            OpportunityDetails details = OpportunityRules.normalise(c.details());
            return List.of(new OpportunityRecorded(c.opportunityId(), details, date("recordedOn", c.recordedOn())));
        }
        if (!state.exists()) {
            throw Rejection.notFound("opportunity-not-found", "Diese Chance ist nicht erfasst.", "No such opportunity.");
        }
        if (command instanceof UpdateOpportunity c) {
            if (state.status() == OpportunityStatus.DROPPED) {
                throw Rejection.conflict("opportunity-dropped", "status",
                        "Eine verworfene Chance muss erst wieder geöffnet werden.", "Reopen a dropped opportunity first.");
            }
            OpportunityDetails details = OpportunityRules.normalise(c.details());
            if (details.equals(state.details())) {
                return List.of();
            }
            return List.of(new OpportunityUpdated(c.opportunityId(), details, date("updatedOn", c.updatedOn())));
        } else if (command instanceof ChangeOpportunityStatus c) {
            String note = OpportunityRules.checkStatus(state.status(), c.status(), c.note());
            return List.of(new OpportunityStatusChanged(c.opportunityId(), state.status(), c.status(), note,
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
    public OpportunityState evolve(OpportunityState state, InventoryEvent event) {
        if (event instanceof OpportunityRecorded e) {
            return new OpportunityState(e.opportunityId(), e.details(), OpportunityStatus.OPEN);
        } else if (event instanceof OpportunityUpdated e) {
            return new OpportunityState(state.id(), e.details(), state.status());
        } else if (event instanceof OpportunityStatusChanged e) {
            return new OpportunityState(state.id(), state.details(), e.to());
        }
        throw new IllegalArgumentException("not an event of an opportunity stream: " + event.getClass().getSimpleName());
    }
}
