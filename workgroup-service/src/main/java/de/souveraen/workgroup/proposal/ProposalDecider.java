package de.souveraen.workgroup.proposal;

import de.souveraen.contracts.workgroup.DecisionOutcome;
import de.souveraen.contracts.workgroup.OffAgendaReason;
import de.souveraen.contracts.workgroup.ProposalDecided;
import de.souveraen.contracts.workgroup.ProposalEvent;
import de.souveraen.contracts.workgroup.ProposalPlacedOnAgenda;
import de.souveraen.contracts.workgroup.ProposalRevised;
import de.souveraen.contracts.workgroup.ProposalStatus;
import de.souveraen.contracts.workgroup.ProposalSubmitted;
import de.souveraen.contracts.workgroup.ProposalTakenOffAgenda;
import de.souveraen.contracts.workgroup.ProposalWithdrawn;
import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Decider;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.store.Aggregate;
import de.souveraen.workgroup.proposal.ProposalCommand.PlaceOnAgenda;
import de.souveraen.workgroup.proposal.ProposalCommand.RecordOutcome;
import de.souveraen.workgroup.proposal.ProposalCommand.ReviseProposal;
import de.souveraen.workgroup.proposal.ProposalCommand.SubmitProposal;
import de.souveraen.workgroup.proposal.ProposalCommand.TakeOffAgenda;
import de.souveraen.workgroup.proposal.ProposalCommand.Withdraw;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A proposal (Vorlage), one stream each: it outlives meetings (it may be deferred from one to the next) and is linked
 * from agenda items by id. OPEN ⇄ ON_AGENDA → DECIDED, and OPEN or ON_AGENDA → WITHDRAWN. Its texts change only while
 * it is open, never while it is on an agenda or after it was decided.
 */
public final class ProposalDecider implements Decider<ProposalCommand, ProposalState, ProposalEvent> {
    /** The proposal aggregate: streams {@code proposal-<uuid>}. */
    public static final Aggregate<ProposalCommand, ProposalState, ProposalEvent> AGGREGATE = new Aggregate<>("proposal",
            new ProposalDecider(), ProposalEvent.class);

    @Override
    public ProposalState initialState() {
        return ProposalState.NONE;
    }

    @Override
    public List<ProposalEvent> decide(ProposalCommand command, ProposalState state) {
        Check.id("proposalId", "Die Kennung der Vorlage", command.proposalId());
        if (command instanceof SubmitProposal c) {
            return submit(c, state);
        }
        if (!state.exists()) {
            throw Rejection.notFound("proposal-not-found", "Diese Vorlage ist nicht erfasst.", "No such proposal.");
        }
        if (state.status() == ProposalStatus.DECIDED || state.status() == ProposalStatus.WITHDRAWN) {
            throw Rejection.conflict("proposal-closed", null,
                    "Die Vorlage ist abgeschlossen (" + (state.status() == ProposalStatus.DECIDED ? "entschieden"
                            : "zurückgezogen") + ").",
                    "The proposal is closed (" + state.status() + ").").with("status", state.status());
        }
        if (command instanceof ReviseProposal c) {
            return revise(c, state);
        } else if (command instanceof PlaceOnAgenda c) {
            return place(c, state);
        } else if (command instanceof TakeOffAgenda c) {
            onThisAgenda(state, c.meetingId(), c.agendaItemId());
            return List.of(new ProposalTakenOffAgenda(c.proposalId(), c.meetingId(), c.agendaItemId(),
                    OffAgendaReason.ITEM_REMOVED));
        } else if (command instanceof RecordOutcome c) {
            return outcome(c, state);
        } else if (command instanceof Withdraw c) {
            String reason = Check.optionalText("reason", "Der Grund", c.reason(), ProposalRules.MAX_REASON);
            LocalDate on = Check.present("withdrawnOn", "Das Datum der Rücknahme", c.withdrawnOn());
            return List.of(new ProposalWithdrawn(c.proposalId(), reason, on));
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    private List<ProposalEvent> submit(SubmitProposal c, ProposalState state) {
        if (state.exists()) {
            throw Rejection.conflict("proposal-exists", "proposalId", "Diese Vorlage ist bereits erfasst.",
                    "This proposal is already recorded.");
        }
        String reference = Check.optionalText("reference", "Die Drucksachennummer", c.reference(),
                ProposalRules.MAX_REFERENCE);
        String title = ProposalRules.title(c.title());
        String text = ProposalRules.text(c.text());
        String submitter = Check.text("submitter", "Die einreichende Person oder Stelle", c.submitter(),
                ProposalRules.MAX_SUBMITTER);
        List<UUID> dependencies = ProposalRules.dependencyIds(c.dependencyIds());
        LocalDate submittedOn = Check.present("submittedOn", "Das Datum der Einreichung", c.submittedOn());
        return List.of(new ProposalSubmitted(c.proposalId(), reference, title, text, submitter, c.submitterMemberId(),
                dependencies, submittedOn));
    }

    private List<ProposalEvent> revise(ReviseProposal c, ProposalState state) {
        if (state.status() == ProposalStatus.ON_AGENDA) {
            throw Rejection.conflict("proposal-on-agenda", null,
                    "Die Vorlage steht auf einer Tagesordnung; sie kann erst geändert werden, wenn sie wieder offen ist.",
                    "The proposal is on an agenda; it can be revised once it is open again.")
                    .with("meetingId", state.meetingId());
        }
        String title = ProposalRules.title(c.title());
        String text = ProposalRules.text(c.text());
        List<UUID> dependencies = ProposalRules.dependencyIds(c.dependencyIds());
        LocalDate revisedOn = Check.present("revisedOn", "Das Datum der Änderung", c.revisedOn());
        if (title.equals(state.title()) && text.equals(state.text()) && dependencies.equals(state.dependencyIds())) {
            return List.of();
        }
        return List.of(new ProposalRevised(c.proposalId(), title, text, dependencies, revisedOn));
    }

    private List<ProposalEvent> place(PlaceOnAgenda c, ProposalState state) {
        Check.id("meetingId", "Die Kennung der Sitzung", c.meetingId());
        Check.id("agendaItemId", "Die Kennung des Tagesordnungspunkts", c.agendaItemId());
        if (state.status() == ProposalStatus.ON_AGENDA) {
            if (c.meetingId().equals(state.meetingId()) && c.agendaItemId().equals(state.agendaItemId())) {
                return List.of();
            }
            throw Rejection.conflict("proposal-on-agenda", "proposalId",
                    "Die Vorlage steht bereits auf der Tagesordnung einer anderen Sitzung.",
                    "The proposal is already on the agenda of another meeting.").with("meetingId", state.meetingId());
        }
        return List.of(new ProposalPlacedOnAgenda(c.proposalId(), c.meetingId(), c.agendaItemId()));
    }

    private List<ProposalEvent> outcome(RecordOutcome c, ProposalState state) {
        onThisAgenda(state, c.meetingId(), c.agendaItemId());
        DecisionOutcome outcome = Check.present("outcome", "Das Ergebnis", c.outcome());
        LocalDate decidedOn = Check.present("decidedOn", "Das Datum der Entscheidung", c.decidedOn());
        if (outcome == DecisionOutcome.DEFERRED) {
            return List.of(new ProposalTakenOffAgenda(c.proposalId(), c.meetingId(), c.agendaItemId(),
                    OffAgendaReason.DEFERRED));
        }
        return List.of(new ProposalDecided(c.proposalId(), c.meetingId(), c.agendaItemId(), outcome, decidedOn));
    }

    private static void onThisAgenda(ProposalState state, UUID meetingId, UUID agendaItemId) {
        if (state.status() != ProposalStatus.ON_AGENDA || !state.meetingId().equals(meetingId)
                || !state.agendaItemId().equals(agendaItemId)) {
            throw Rejection.conflict("not-on-this-agenda", "agendaItemId",
                    "Die Vorlage steht nicht unter diesem Tagesordnungspunkt.",
                    "The proposal is not on this agenda item.").with("status", state.status());
        }
    }

    @Override
    public ProposalState evolve(ProposalState state, ProposalEvent event) {
        if (event instanceof ProposalSubmitted e) {
            return new ProposalState(e.proposalId(), e.title(), e.text(), e.dependencyIds(), ProposalStatus.OPEN, null,
                    null, null);
        } else if (event instanceof ProposalRevised e) {
            return state.revised(e.title(), e.text(), e.dependencyIds());
        } else if (event instanceof ProposalPlacedOnAgenda e) {
            return state.on(e.meetingId(), e.agendaItemId());
        } else if (event instanceof ProposalTakenOffAgenda) {
            return state.with(ProposalStatus.OPEN, null);
        } else if (event instanceof ProposalDecided e) {
            return state.with(ProposalStatus.DECIDED, e.outcome());
        } else if (event instanceof ProposalWithdrawn) {
            return state.with(ProposalStatus.WITHDRAWN, null);
        }
        throw new IllegalArgumentException("not an event of a proposal stream: " + event.getClass().getSimpleName());
    }
}
