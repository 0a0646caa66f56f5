package de.souveraen.inventory.opportunity;

import de.souveraen.contracts.inventory.OpportunityDetails;
import de.souveraen.contracts.inventory.OpportunityEvent;
import de.souveraen.contracts.inventory.OpportunityRecorded;
import de.souveraen.contracts.inventory.OpportunityStatus;
import de.souveraen.contracts.inventory.OpportunityStatusChanged;
import de.souveraen.contracts.inventory.OpportunityUpdated;
import de.souveraen.eventstore.store.Aggregate;
import de.souveraen.inventory.opportunity.OpportunityCommand.ChangeOpportunityStatus;
import de.souveraen.inventory.opportunity.OpportunityCommand.RecordOpportunity;
import de.souveraen.inventory.opportunity.OpportunityCommand.UpdateOpportunity;
import de.souveraen.inventory.tracked.TrackedChange;
import de.souveraen.inventory.tracked.TrackedDecider;
import de.souveraen.inventory.tracked.Wording;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Opportunities ("Chancen", the other half of the motion's "Chancen und Risiken"), one small stream each: like a
 * risk, an opportunity may concern several dependencies and has its own status. Recorded OPEN; a DROPPED
 * opportunity is not updated. The life of a tracked item: {@link TrackedDecider}; the opportunity's own rules:
 * {@link OpportunityRules}.
 */
public final class OpportunityDecider extends
        TrackedDecider<OpportunityCommand, OpportunityState, OpportunityDetails, OpportunityStatus, OpportunityEvent> {
    public static final String STREAM_TYPE = "opportunity";
    static final Wording WORDING = new Wording("opportunityId", "Die Kennung der Chance", "recordedOn",
            "Diese Chance", "Eine Chance", "Die Angaben zur Chance", "opportunity", "An opportunity",
            "already-recorded", "opportunity-not-found", "opportunity-dropped",
            "Eine verworfene Chance muss erst wieder geöffnet werden.", "Reopen a dropped opportunity first.");
    public static final Aggregate<OpportunityCommand, OpportunityState, OpportunityEvent> AGGREGATE = new Aggregate<>(
            STREAM_TYPE, new OpportunityDecider(), OpportunityEvent.class);

    public OpportunityDecider() {
        super(WORDING, OpportunityState.NONE, OpportunityStatus.OPEN, OpportunityStatus.DROPPED);
    }

    @Override
    protected TrackedChange<OpportunityDetails, OpportunityStatus> asked(OpportunityCommand command) {
        if (command instanceof RecordOpportunity c) {
            return new TrackedChange.Recorded<>(c.opportunityId(), c.details(), c.recordedOn());
        } else if (command instanceof UpdateOpportunity c) {
            return new TrackedChange.Updated<>(c.opportunityId(), c.details(), c.updatedOn());
        }
        ChangeOpportunityStatus c = (ChangeOpportunityStatus) command;
        return new TrackedChange.StatusChanged<>(c.opportunityId(), c.status(), c.note(), c.changedOn());
    }

    @Override
    protected TrackedChange<OpportunityDetails, OpportunityStatus> happened(OpportunityEvent event) {
        if (event instanceof OpportunityRecorded e) {
            return new TrackedChange.Recorded<>(e.opportunityId(), e.details(), e.recordedOn());
        } else if (event instanceof OpportunityUpdated e) {
            return new TrackedChange.Updated<>(e.opportunityId(), e.details(), e.updatedOn());
        }
        OpportunityStatusChanged e = (OpportunityStatusChanged) event;
        return new TrackedChange.StatusChanged<>(e.opportunityId(), e.to(), e.note(), e.changedOn());
    }

    @Override
    protected OpportunityEvent recorded(UUID id, OpportunityDetails details, LocalDate on) {
        return new OpportunityRecorded(id, details, on);
    }

    @Override
    protected OpportunityEvent updated(UUID id, OpportunityDetails details, LocalDate on) {
        return new OpportunityUpdated(id, details, on);
    }

    @Override
    protected OpportunityEvent statusChanged(UUID id, OpportunityStatus from, OpportunityStatus to, String note,
            LocalDate on) {
        return new OpportunityStatusChanged(id, from, to, note, on);
    }

    @Override
    protected OpportunityState state(UUID id, OpportunityDetails details, OpportunityStatus status) {
        return new OpportunityState(id, details, status);
    }

    @Override
    protected OpportunityDetails normalise(OpportunityDetails details) {
        return OpportunityRules.normalise(details);
    }

    @Override
    protected String checkStatus(OpportunityState state, OpportunityStatus to, String note) {
        return OpportunityRules.checkStatus(state.status(), to, note);
    }
}
