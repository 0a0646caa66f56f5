package de.souveraen.reporting.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.DomainEvent;
import de.souveraen.contracts.EventEnvelope;
import de.souveraen.contracts.workgroup.ActionItemAssigned;
import de.souveraen.contracts.workgroup.ActionItemStatus;
import de.souveraen.contracts.workgroup.ActionItemStatusChanged;
import de.souveraen.contracts.workgroup.DecisionRecorded;
import de.souveraen.contracts.workgroup.MeasureClosed;
import de.souveraen.contracts.workgroup.MeasureDefined;
import de.souveraen.contracts.workgroup.MeasureEvent;
import de.souveraen.contracts.workgroup.MeasureRevised;
import de.souveraen.contracts.workgroup.MeetingCancelled;
import de.souveraen.contracts.workgroup.MeetingHeld;
import de.souveraen.contracts.workgroup.MeetingRescheduled;
import de.souveraen.contracts.workgroup.MeetingScheduled;
import de.souveraen.contracts.workgroup.MilestoneDropped;
import de.souveraen.contracts.workgroup.MilestonePlanned;
import de.souveraen.contracts.workgroup.MilestoneReached;
import de.souveraen.contracts.workgroup.ProposalPlacedOnAgenda;
import de.souveraen.contracts.workgroup.ProposalTakenOffAgenda;
import de.souveraen.contracts.workgroup.ProposalDecided;
import de.souveraen.contracts.workgroup.ProposalSubmitted;
import de.souveraen.contracts.workgroup.ProposalWithdrawn;
import de.souveraen.contracts.workgroup.TrainingCancelled;
import de.souveraen.contracts.workgroup.TrainingDetails;
import de.souveraen.contracts.workgroup.TrainingFeedbackRecorded;
import de.souveraen.contracts.workgroup.TrainingHeld;
import de.souveraen.contracts.workgroup.TrainingOutcomesRecorded;
import de.souveraen.contracts.workgroup.TrainingPlanned;
import de.souveraen.contracts.workgroup.TrainingRevised;
import de.souveraen.reporting.readmodel.Docs.ActionItemDoc;
import de.souveraen.reporting.readmodel.Docs.DecisionDoc;
import de.souveraen.reporting.readmodel.Docs.MeasureDoc;
import de.souveraen.reporting.readmodel.Docs.MeetingDoc;
import de.souveraen.reporting.readmodel.Docs.ProposalDoc;
import de.souveraen.reporting.readmodel.Docs.TrainingDoc;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Workgroup events as proposals (with the meeting they are placed on), decisions (with council recommendations),
 * trainings, measures with their milestones, meetings' dates and the meetings' action items.
 */
public final class WorkgroupView implements ViewProjection {

    @Override
    public List<DocKey> keys(EventEnvelope envelope, DomainEvent event) {
        if (event instanceof ProposalSubmitted e) {
            return List.of(key(Docs.PROPOSAL, e.proposalId()));
        } else if (event instanceof ProposalDecided e) {
            return List.of(key(Docs.PROPOSAL, e.proposalId()));
        } else if (event instanceof ProposalWithdrawn e) {
            return List.of(key(Docs.PROPOSAL, e.proposalId()));
        } else if (event instanceof DecisionRecorded e) {
            List<DocKey> keys = new java.util.ArrayList<>(List.of(new DocKey(Docs.DECISION,
                    e.meetingId() + ":" + e.agendaItemId())));
            if (e.proposalId() != null) {
                keys.add(key(Docs.PROPOSAL, e.proposalId()));
            }
            return keys;
        } else if (event instanceof TrainingPlanned e) {
            return List.of(key(Docs.TRAINING, e.trainingId()));
        } else if (event instanceof TrainingRevised e) {
            return List.of(key(Docs.TRAINING, e.trainingId()));
        } else if (event instanceof TrainingHeld e) {
            return List.of(key(Docs.TRAINING, e.trainingId()));
        } else if (event instanceof TrainingFeedbackRecorded e) {
            return List.of(key(Docs.TRAINING, e.trainingId()));
        } else if (event instanceof TrainingOutcomesRecorded e) {
            return List.of(key(Docs.TRAINING, e.trainingId()));
        } else if (event instanceof TrainingCancelled e) {
            return List.of(key(Docs.TRAINING, e.trainingId()));
        } else if (event instanceof MeasureEvent e) {
            return List.of(key(Docs.MEASURE, measureId(e)));
        } else if (event instanceof MeetingScheduled e) {
            return List.of(key(Docs.MEETING, e.meetingId()));
        } else if (event instanceof MeetingRescheduled e) {
            return List.of(key(Docs.MEETING, e.meetingId()));
        } else if (event instanceof MeetingHeld e) {
            return List.of(key(Docs.MEETING, e.meetingId()));
        } else if (event instanceof MeetingCancelled e) {
            return List.of(key(Docs.MEETING, e.meetingId()));
        } else if (event instanceof ActionItemAssigned e) {
            return List.of(key(Docs.ACTION_ITEM, e.actionItemId()));
        } else if (event instanceof ActionItemStatusChanged e) {
            return List.of(key(Docs.ACTION_ITEM, e.actionItemId()));
        } else if (event instanceof ProposalPlacedOnAgenda e) {
            return List.of(key(Docs.PROPOSAL, e.proposalId()));
        } else if (event instanceof ProposalTakenOffAgenda e) {
            return List.of(key(Docs.PROPOSAL, e.proposalId()));
        }
        return List.of();
    }

    @Override
    public Map<DocKey, Object> apply(Map<DocKey, JsonNode> views, EventEnvelope envelope, DomainEvent event) {
        if (event instanceof ProposalSubmitted e) {
            return Map.of(key(Docs.PROPOSAL, e.proposalId()), new ProposalDoc(e.proposalId(), e.reference(),
                    e.title(), e.submittedOn(), null, null, null, null));
        } else if (event instanceof ProposalDecided e) {
            ProposalDoc p = Docs.read(views.get(key(Docs.PROPOSAL, e.proposalId())), ProposalDoc.class);
            return p == null ? Map.of() : Map.of(key(Docs.PROPOSAL, e.proposalId()), new ProposalDoc(p.id(),
                    p.reference(), p.title(), p.submittedOn(), e.outcome(), e.decidedOn(), p.withdrawnOn(), p.meetingId()));
        } else if (event instanceof ProposalWithdrawn e) {
            ProposalDoc p = Docs.read(views.get(key(Docs.PROPOSAL, e.proposalId())), ProposalDoc.class);
            return p == null ? Map.of() : Map.of(key(Docs.PROPOSAL, e.proposalId()), new ProposalDoc(p.id(),
                    p.reference(), p.title(), p.submittedOn(), p.outcome(), p.decidedOn(), e.withdrawnOn(), p.meetingId()));
        } else if (event instanceof DecisionRecorded e) {
            Map<DocKey, Object> out = new java.util.LinkedHashMap<>();
            out.put(new DocKey(Docs.DECISION, e.meetingId() + ":" + e.agendaItemId()), new DecisionDoc(e.meetingId(),
                    e.agendaItemId(), e.meetingDate(), e.agendaItemTitle(), e.publicItem(), e.proposalId(),
                    e.outcome(), e.resolution(), e.tally(), e.recommendation()));
            ProposalDoc p = e.proposalId() == null ? null
                    : Docs.read(views.get(key(Docs.PROPOSAL, e.proposalId())), ProposalDoc.class);
            boolean final_ = e.outcome() == de.souveraen.contracts.workgroup.DecisionOutcome.ADOPTED
                    || e.outcome() == de.souveraen.contracts.workgroup.DecisionOutcome.REJECTED;
            if (p != null && final_) {
                out.put(key(Docs.PROPOSAL, e.proposalId()), new ProposalDoc(p.id(), p.reference(), p.title(),
                        p.submittedOn(), e.outcome(), e.meetingDate(), p.withdrawnOn(), p.meetingId()));
            }
            return out;
        } else if (event instanceof TrainingPlanned e) {
            return Map.of(key(Docs.TRAINING, e.trainingId()), training(null, e.trainingId(), e.details()));
        } else if (event instanceof TrainingRevised e) {
            return Map.of(key(Docs.TRAINING, e.trainingId()), training(current(views, e.trainingId()), e.trainingId(),
                    e.details()));
        } else if (event instanceof TrainingHeld e) {
            TrainingDoc t = training(current(views, e.trainingId()), e.trainingId(), e.details());
            return Map.of(key(Docs.TRAINING, e.trainingId()), new TrainingDoc(t.id(), t.title(), t.date(),
                    t.format(), t.hours(), e.participants(), true, false, t.responses(), t.averageSatisfaction(),
                    t.outcomes()));
        } else if (event instanceof TrainingFeedbackRecorded e) {
            TrainingDoc t = current(views, e.trainingId());
            return t == null ? Map.of() : Map.of(key(Docs.TRAINING, e.trainingId()), new TrainingDoc(t.id(),
                    t.title(), t.date(), t.format(), t.hours(), t.participants(), t.held(), t.cancelled(),
                    e.responses(), e.averageSatisfaction(), t.outcomes()));
        } else if (event instanceof TrainingOutcomesRecorded e) {
            TrainingDoc t = current(views, e.trainingId());
            return t == null ? Map.of() : Map.of(key(Docs.TRAINING, e.trainingId()), new TrainingDoc(t.id(),
                    t.title(), t.date(), t.format(), t.hours(), t.participants(), t.held(), t.cancelled(),
                    t.responses(), t.averageSatisfaction(), List.copyOf(e.outcomes())));
        } else if (event instanceof TrainingCancelled e) {
            TrainingDoc t = current(views, e.trainingId());
            return t == null ? Map.of() : Map.of(key(Docs.TRAINING, e.trainingId()), new TrainingDoc(t.id(),
                    t.title(), t.date(), t.format(), t.hours(), t.participants(), false, true, t.responses(),
                    t.averageSatisfaction(), t.outcomes()));
        } else if (event instanceof MeasureEvent e) {
            DocKey key = key(Docs.MEASURE, measureId(e));
            MeasureDoc next = MeasureFold.apply(Docs.read(views.get(key), MeasureDoc.class), e,
                    Quarters.date(envelope.occurredAt()));
            return next == null ? Map.of() : Map.of(key, next);
        } else if (event instanceof MeetingScheduled e) {
            return Map.of(key(Docs.MEETING, e.meetingId()), new MeetingDoc(e.meetingId(), e.title(),
                    Quarters.date(e.start().toInstant()), false));
        } else if (event instanceof MeetingRescheduled e) {
            MeetingDoc m = Docs.read(views.get(key(Docs.MEETING, e.meetingId())), MeetingDoc.class);
            return m == null ? Map.of() : Map.of(key(Docs.MEETING, e.meetingId()), new MeetingDoc(m.id(), m.title(),
                    Quarters.date(e.start().toInstant()), m.cancelled()));
        } else if (event instanceof MeetingHeld e) {
            MeetingDoc m = Docs.read(views.get(key(Docs.MEETING, e.meetingId())), MeetingDoc.class);
            return m == null || e.start() == null ? Map.of() : Map.of(key(Docs.MEETING, e.meetingId()),
                    new MeetingDoc(m.id(), m.title(), Quarters.date(e.start().toInstant()), m.cancelled()));
        } else if (event instanceof MeetingCancelled e) {
            MeetingDoc m = Docs.read(views.get(key(Docs.MEETING, e.meetingId())), MeetingDoc.class);
            return m == null ? Map.of() : Map.of(key(Docs.MEETING, e.meetingId()), new MeetingDoc(m.id(), m.title(),
                    m.date(), true));
        } else if (event instanceof ActionItemAssigned e) {
            return Map.of(key(Docs.ACTION_ITEM, e.actionItemId()), new ActionItemDoc(e.actionItemId(), e.meetingId(),
                    e.title(), e.owner(), e.dueDate(), e.assignedOn(), ActionItemStatus.OPEN, null));
        } else if (event instanceof ActionItemStatusChanged e) {
            ActionItemDoc a = Docs.read(views.get(key(Docs.ACTION_ITEM, e.actionItemId())), ActionItemDoc.class);
            return a == null ? Map.of() : Map.of(key(Docs.ACTION_ITEM, e.actionItemId()), new ActionItemDoc(a.id(),
                    a.meetingId(), a.title(), a.owner(), a.due(), a.assignedOn(), e.status(),
                    e.status() == ActionItemStatus.DONE ? e.changedOn() : null));
        } else if (event instanceof ProposalPlacedOnAgenda e) {
            ProposalDoc p = Docs.read(views.get(key(Docs.PROPOSAL, e.proposalId())), ProposalDoc.class);
            return p == null ? Map.of() : Map.of(key(Docs.PROPOSAL, e.proposalId()), p.withMeeting(e.meetingId()));
        } else if (event instanceof ProposalTakenOffAgenda e) {
            ProposalDoc p = Docs.read(views.get(key(Docs.PROPOSAL, e.proposalId())), ProposalDoc.class);
            return p == null || !e.meetingId().equals(p.meetingId()) ? Map.of()
                    : Map.of(key(Docs.PROPOSAL, e.proposalId()), p.withMeeting(null));
        }
        return Map.of();
    }

    private static UUID measureId(MeasureEvent event) {
        if (event instanceof MeasureDefined e) {
            return e.measureId();
        } else if (event instanceof MeasureRevised e) {
            return e.measureId();
        } else if (event instanceof MilestonePlanned e) {
            return e.measureId();
        } else if (event instanceof MilestoneReached e) {
            return e.measureId();
        } else if (event instanceof MilestoneDropped e) {
            return e.measureId();
        }
        return ((MeasureClosed) event).measureId();
    }

    private static TrainingDoc current(Map<DocKey, JsonNode> views, UUID id) {
        return Docs.read(views.get(key(Docs.TRAINING, id)), TrainingDoc.class);
    }

    private static TrainingDoc training(TrainingDoc before, UUID id, TrainingDetails d) {
        return new TrainingDoc(id, d.title(), d.date(), d.format() == null ? null : d.format().name(), d.hours(),
                before == null ? 0 : before.participants(), before != null && before.held(),
                before != null && before.cancelled(), before == null ? 0 : before.responses(),
                before == null ? null : before.averageSatisfaction(), before == null ? List.of() : before.outcomes());
    }

    private static DocKey key(String kind, UUID id) {
        return new DocKey(kind, id.toString());
    }
}
