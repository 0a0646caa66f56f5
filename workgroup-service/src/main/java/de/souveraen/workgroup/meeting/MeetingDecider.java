package de.souveraen.workgroup.meeting;

import de.souveraen.contracts.workgroup.ActionItemAssigned;
import de.souveraen.contracts.workgroup.ActionItemStatus;
import de.souveraen.contracts.workgroup.ActionItemStatusChanged;
import de.souveraen.contracts.workgroup.AgendaItemAdded;
import de.souveraen.contracts.workgroup.AgendaItemRemoved;
import de.souveraen.contracts.workgroup.AgendaReordered;
import de.souveraen.contracts.workgroup.AttendanceEntry;
import de.souveraen.contracts.workgroup.AttendanceRecorded;
import de.souveraen.contracts.workgroup.DecisionRecorded;
import de.souveraen.contracts.workgroup.MeetingCancelled;
import de.souveraen.contracts.workgroup.MeetingEvent;
import de.souveraen.contracts.workgroup.MeetingHeld;
import de.souveraen.contracts.workgroup.MeetingInvitationsSent;
import de.souveraen.contracts.workgroup.MeetingReconvened;
import de.souveraen.contracts.workgroup.MeetingRescheduled;
import de.souveraen.contracts.workgroup.MeetingScheduled;
import de.souveraen.contracts.workgroup.MeetingStatus;
import de.souveraen.contracts.workgroup.MinutesApproved;
import de.souveraen.contracts.workgroup.MinutesWritten;
import de.souveraen.contracts.workgroup.QuorumLackRecorded;
import de.souveraen.contracts.workgroup.VoteRecorded;
import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Decider;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.store.Aggregate;
import de.souveraen.workgroup.meeting.MeetingCommand.AddAgendaItem;
import de.souveraen.workgroup.meeting.MeetingCommand.ApproveMinutes;
import de.souveraen.workgroup.meeting.MeetingCommand.AssignActionItem;
import de.souveraen.workgroup.meeting.MeetingCommand.CancelMeeting;
import de.souveraen.workgroup.meeting.MeetingCommand.ChangeActionItemStatus;
import de.souveraen.workgroup.meeting.MeetingCommand.MarkHeld;
import de.souveraen.workgroup.meeting.MeetingCommand.RecordAttendance;
import de.souveraen.workgroup.meeting.MeetingCommand.RecordDecision;
import de.souveraen.workgroup.meeting.MeetingCommand.RecordQuorumLack;
import de.souveraen.workgroup.meeting.MeetingCommand.RecordVote;
import de.souveraen.workgroup.meeting.MeetingCommand.RemoveAgendaItem;
import de.souveraen.workgroup.meeting.MeetingCommand.ReorderAgenda;
import de.souveraen.workgroup.meeting.MeetingCommand.RescheduleMeeting;
import de.souveraen.workgroup.meeting.MeetingCommand.ScheduleMeeting;
import de.souveraen.workgroup.meeting.MeetingCommand.SendInvitations;
import de.souveraen.workgroup.meeting.MeetingCommand.WriteMinutes;
import de.souveraen.workgroup.meeting.action.ActionItem;
import de.souveraen.workgroup.meeting.action.ActionItemRules;
import de.souveraen.workgroup.meeting.agenda.Agenda;
import de.souveraen.workgroup.meeting.agenda.AgendaItem;
import de.souveraen.workgroup.meeting.agenda.AgendaRules;
import de.souveraen.workgroup.meeting.attendance.AttendanceRules;
import de.souveraen.workgroup.meeting.decision.DecisionRules;
import de.souveraen.workgroup.meeting.vote.QuorumRules;
import de.souveraen.workgroup.meeting.vote.VoteRules;
import de.souveraen.workgroup.roster.Roster;
import de.souveraen.workgroup.roster.RosterRules;
import java.util.List;
import java.util.Map;

/**
 * A meeting of the working group, one stream per meeting: lifecycle, agenda, attendance, votes, decisions and action
 * items belong together because a vote needs the attendance of the same moment, a decision the votes on its item,
 * and the approved minutes freeze all of it at once. Facts about other aggregates arrive on the command (the
 * {@link Roster} of the meeting date); whether a referenced proposal exists and the proposal's own status are the
 * caller's concern (it sends the matching proposal command after a decision).
 */
public final class MeetingDecider implements Decider<MeetingCommand, MeetingState, MeetingEvent> {
    /** The meeting aggregate: streams {@code meeting-<uuid>}. */
    public static final Aggregate<MeetingCommand, MeetingState, MeetingEvent> AGGREGATE = new Aggregate<>("meeting",
            new MeetingDecider(), MeetingEvent.class);

    @Override
    public MeetingState initialState() {
        return MeetingState.NONE;
    }

    @Override
    public List<MeetingEvent> decide(MeetingCommand command, MeetingState state) {
        Check.id("meetingId", "Die Kennung der Sitzung", command.meetingId());
        if (command instanceof ScheduleMeeting c) {
            return MeetingLifecycle.schedule(c, state);
        }
        if (!state.exists()) {
            throw Rejection.notFound("meeting-not-found", "Diese Sitzung ist nicht erfasst.", "No such meeting.");
        }
        if (command instanceof RescheduleMeeting c) {
            return MeetingLifecycle.reschedule(c, state);
        } else if (command instanceof SendInvitations c) {
            return MeetingLifecycle.invite(c, state);
        } else if (command instanceof MarkHeld c) {
            return MeetingLifecycle.hold(c, state);
        } else if (command instanceof CancelMeeting c) {
            return MeetingLifecycle.cancel(c, state);
        } else if (command instanceof WriteMinutes c) {
            return MeetingLifecycle.writeMinutes(c, state);
        } else if (command instanceof ApproveMinutes c) {
            return MeetingLifecycle.approve(c, state);
        } else if (command instanceof AddAgendaItem c) {
            MeetingGuards.require(state, MeetingGuards.OPEN);
            return List.of(AgendaRules.add(c.meetingId(), state.agenda(), state.publicMeeting(), c.agendaItemId(),
                    c.title(), c.publicItem(), c.proposalId(), c.position()));
        } else if (command instanceof RemoveAgendaItem c) {
            MeetingGuards.require(state, MeetingGuards.OPEN);
            return List.of(AgendaRules.remove(c.meetingId(), state.agenda(), c.agendaItemId()));
        } else if (command instanceof ReorderAgenda c) {
            MeetingGuards.require(state, MeetingGuards.OPEN);
            return AgendaRules.reorder(c.meetingId(), state.agenda(), c.agendaItemIds());
        } else if (command instanceof RecordAttendance c) {
            return attendance(c, state);
        } else if (command instanceof RecordQuorumLack c) {
            MeetingGuards.require(state, MeetingGuards.HELD);
            Roster roster = RosterRules.check(c.roster(), state.meetingDate());
            return List.of(QuorumRules.lack(c.meetingId(), state.meetingDate(), state.quorumLacking(), roster,
                    state.present()));
        } else if (command instanceof RecordVote c) {
            MeetingGuards.require(state, MeetingGuards.HELD);
            AgendaItem item = AgendaRules.existing(state.agenda(), c.agendaItemId());
            Roster roster = RosterRules.check(c.roster(), state.meetingDate());
            // § 49 (2) GO NRW: an item carried over after a lack of quorum is decided regardless of who is present
            QuorumRules.requireQuorate(state.quorumLacking() && !item.carriedOver());
            Check.present("method", "Die Art der Auszählung", c.ballot());
            return List.of(VoteRules.record(c.meetingId(), state.meetingDate(), item, c.voteId(), c.subject(),
                    c.ballot(), c.excludedForBias(), roster, state.present()));
        } else if (command instanceof RecordDecision c) {
            MeetingGuards.require(state, MeetingGuards.HELD);
            AgendaItem item = AgendaRules.existing(state.agenda(), c.agendaItemId());
            return List.of(DecisionRules.record(c.meetingId(), state.meetingDate(), item, c.outcome(), c.resolution(),
                    c.voteId(), c.recommendation()));
        } else if (command instanceof AssignActionItem c) {
            MeetingGuards.require(state, MeetingGuards.HELD);
            return List.of(ActionItemRules.assign(c.meetingId(), state.meetingDate(), state.actionItems(),
                    id -> state.agenda().item(id).isPresent(), c.actionItemId(), c.agendaItemId(), c.title(),
                    c.owner(), c.ownerMemberId(), c.dueDate()));
        } else if (command instanceof ChangeActionItemStatus c) {
            MeetingGuards.require(state, MeetingGuards.AFTER);
            return ActionItemRules.changeStatus(c.meetingId(), state.actionItems(), c.actionItemId(), c.status(),
                    c.changedOn());
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    private static List<MeetingEvent> attendance(RecordAttendance c, MeetingState state) {
        MeetingGuards.require(state, MeetingGuards.OPEN);
        Roster roster = RosterRules.check(c.roster(), state.meetingDate());
        List<AttendanceEntry> entries = AttendanceRules.entries(c.entries(), roster,
                state.status() == MeetingStatus.HELD, state.attendance());
        return entries.isEmpty() ? List.of()
                : List.of(new AttendanceRecorded(c.meetingId(), state.meetingDate(), entries));
    }

    @Override
    public MeetingState evolve(MeetingState state, MeetingEvent event) {
        if (event instanceof MeetingScheduled e) {
            return new MeetingState(e.meetingId(), MeetingStatus.SCHEDULED, e.title(), e.start(), e.end(), e.place(),
                    e.publicMeeting(), Agenda.EMPTY, Map.of(), Map.of(), 0, false, null, null);
        } else if (event instanceof MeetingReconvened e) {
            MeetingState next = state.withReconvenedFrom(e.reconvenedFrom());
            for (java.util.UUID id : e.agendaItemIds()) {
                AgendaItem item = next.agenda().item(id).orElseThrow();
                next = next.with(next.agenda().replaced(item.asCarriedOver()));
            }
            return next;
        } else if (event instanceof MeetingRescheduled e) {
            return state.with(e.start(), e.end(), e.place(), state.reschedules() + 1);
        } else if (event instanceof MeetingInvitationsSent) {
            return state.with(MeetingStatus.INVITED);
        } else if (event instanceof MeetingHeld e) {
            return state.with(e.start(), e.end(), state.place(), state.reschedules()).with(MeetingStatus.HELD);
        } else if (event instanceof MeetingCancelled) {
            return state.with(MeetingStatus.CANCELLED);
        } else if (event instanceof MinutesWritten e) {
            return state.withMinutes(e.text());
        } else if (event instanceof MinutesApproved) {
            return state.with(MeetingStatus.MINUTES_APPROVED);
        } else if (event instanceof AgendaItemAdded e) {
            return state.with(state.agenda().inserted(e.position(),
                    AgendaItem.of(e.agendaItemId(), e.title(), e.publicItem(), e.proposalId())));
        } else if (event instanceof AgendaItemRemoved e) {
            return state.with(state.agenda().without(e.agendaItemId()));
        } else if (event instanceof AgendaReordered e) {
            return state.with(state.agenda().reordered(e.agendaItemIds()));
        } else if (event instanceof AttendanceRecorded e) {
            MeetingState next = state;
            for (AttendanceEntry entry : e.entries()) {
                next = next.with(entry);
            }
            return next;
        } else if (event instanceof QuorumLackRecorded) {
            return state.withQuorumLacking();
        } else if (event instanceof VoteRecorded e) {
            AgendaItem item = state.agenda().item(e.agendaItemId()).orElseThrow();
            return state.with(state.agenda().replaced(item.withVote(e)));
        } else if (event instanceof DecisionRecorded e) {
            AgendaItem item = state.agenda().item(e.agendaItemId()).orElseThrow();
            return state.with(state.agenda().replaced(item.withDecision(e)));
        } else if (event instanceof ActionItemAssigned e) {
            return state.with(new ActionItem(e.actionItemId(), e.agendaItemId(), e.title(), e.owner(),
                    e.ownerMemberId(), e.dueDate(), ActionItemStatus.OPEN));
        } else if (event instanceof ActionItemStatusChanged e) {
            return state.with(state.actionItems().get(e.actionItemId()).withStatus(e.status()));
        }
        throw new IllegalArgumentException("not an event of a meeting stream: " + event.getClass().getSimpleName());
    }
}
