package de.souveraen.workgroup.measure;

import de.souveraen.contracts.workgroup.MeasureClosed;
import de.souveraen.contracts.workgroup.MeasureDefined;
import de.souveraen.contracts.workgroup.MeasureDetails;
import de.souveraen.contracts.workgroup.MeasureEvent;
import de.souveraen.contracts.workgroup.MeasureRevised;
import de.souveraen.contracts.workgroup.MeasureStatus;
import de.souveraen.contracts.workgroup.MilestoneDropped;
import de.souveraen.contracts.workgroup.MilestonePlanned;
import de.souveraen.contracts.workgroup.MilestoneReached;
import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Decider;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Violations.Codes;
import de.souveraen.eventstore.store.Aggregate;
import de.souveraen.workgroup.measure.MeasureCommand.CloseMeasure;
import de.souveraen.workgroup.measure.MeasureCommand.DefineMeasure;
import de.souveraen.workgroup.measure.MeasureCommand.DropMilestone;
import de.souveraen.workgroup.measure.MeasureCommand.PlanMilestone;
import de.souveraen.workgroup.measure.MeasureCommand.ReachMilestone;
import de.souveraen.workgroup.measure.MeasureCommand.ReviseMeasure;
import de.souveraen.workgroup.measure.MeasureState.Milestone;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A measure of the programme, one stream each: ACTIVE while its milestones are planned and reached (or dropped), then
 * COMPLETED (no milestone left open) or STOPPED (with a reason). A closed measure changes no more.
 */
public final class MeasureDecider implements Decider<MeasureCommand, MeasureState, MeasureEvent> {
    /** The measure aggregate: streams {@code measure-<uuid>}. */
    public static final Aggregate<MeasureCommand, MeasureState, MeasureEvent> AGGREGATE = new Aggregate<>("measure",
            new MeasureDecider(), MeasureEvent.class);

    @Override
    public MeasureState initialState() {
        return MeasureState.NONE;
    }

    @Override
    public List<MeasureEvent> decide(MeasureCommand command, MeasureState state) {
        Check.id("measureId", "Die Kennung der Maßnahme", command.measureId());
        if (command instanceof DefineMeasure c) {
            if (state.exists()) {
                throw Rejection.conflict("measure-exists", "measureId", "Diese Maßnahme ist bereits erfasst.",
                        "This measure is already recorded.");
            }
            LocalDate on = Check.present("definedOn", "Das Datum der Erfassung", c.definedOn());
            return List.of(new MeasureDefined(c.measureId(), MeasureRules.normalise(c.details()), on));
        }
        if (!state.exists()) {
            throw Rejection.notFound("measure-not-found", "Diese Maßnahme ist nicht erfasst.", "No such measure.");
        }
        if (state.status() != MeasureStatus.ACTIVE) {
            throw Rejection.conflict("measure-closed", null, "Die Maßnahme ist bereits beendet.",
                    "The measure has ended already.");
        }
        if (command instanceof ReviseMeasure c) {
            MeasureDetails details = MeasureRules.normalise(c.details());
            return details.equals(state.details()) ? List.of() : List.of(new MeasureRevised(c.measureId(), details));
        } else if (command instanceof PlanMilestone c) {
            return plan(c, state);
        } else if (command instanceof ReachMilestone c) {
            Milestone milestone = open(state, c.milestoneId());
            LocalDate today = Check.present("today", "Das heutige Datum", c.today());
            LocalDate on = Objects.requireNonNullElse(c.reachedOn(), today);
            if (on.isAfter(today)) {
                throw Rejection.invalid("date-in-future", "reachedOn",
                        "Ein Meilenstein kann nicht in der Zukunft erreicht worden sein.",
                        "A milestone cannot have been reached in the future.").with("today", today);
            }
            String note = Check.optionalText("note", "Die Notiz", c.note(), MeasureRules.MAX_NOTE);
            return List.of(new MilestoneReached(c.measureId(), milestone.milestoneId(), on, note));
        } else if (command instanceof DropMilestone c) {
            Milestone milestone = open(state, c.milestoneId());
            String reason = Check.text("reason", "Der Grund", c.reason(), MeasureRules.MAX_NOTE);
            return List.of(new MilestoneDropped(c.measureId(), milestone.milestoneId(), reason));
        } else if (command instanceof CloseMeasure c) {
            return close(c, state);
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    private static List<MeasureEvent> plan(PlanMilestone c, MeasureState state) {
        UUID id = Check.id("milestoneId", "Die Kennung des Meilensteins", c.milestoneId());
        if (state.milestone(id).isPresent()) {
            throw Rejection.conflict("milestone-exists", "milestoneId", "Dieser Meilenstein ist bereits geplant.",
                    "This milestone is planned already.");
        }
        if (state.milestones().size() >= MeasureRules.MAX_MILESTONES) {
            throw Check.invalid(Codes.TOO_MANY, "milestones",
                    "Höchstens " + MeasureRules.MAX_MILESTONES + " Meilensteine je Maßnahme.",
                    "At most " + MeasureRules.MAX_MILESTONES + " milestones per measure.");
        }
        String title = Check.text("title", "Der Titel des Meilensteins", c.title(), MeasureRules.MAX_TITLE);
        LocalDate due = Check.present("due", "Das Fälligkeitsdatum", c.due());
        return List.of(new MilestonePlanned(c.measureId(), id, title, due));
    }

    private static List<MeasureEvent> close(CloseMeasure c, MeasureState state) {
        MeasureStatus status = Check.present("status", "Der Abschluss", c.status());
        LocalDate on = Check.present("closedOn", "Das Datum", c.closedOn());
        if (status == MeasureStatus.COMPLETED) {
            long open = state.milestones().stream().filter(Milestone::open).count();
            if (open > 0) {
                throw Rejection.conflict("milestones-open", "status",
                        "Die Maßnahme hat noch " + open + " offene Meilensteine: erst erreichen oder verwerfen.",
                        "The measure has " + open + " open milestones: reach or drop them first.").with("open", open);
            }
            return List.of(new MeasureClosed(c.measureId(), status, on, null));
        }
        if (status == MeasureStatus.STOPPED) {
            String reason = Check.text("reason", "Der Grund der Einstellung", c.reason(), MeasureRules.MAX_NOTE);
            return List.of(new MeasureClosed(c.measureId(), status, on, reason));
        }
        throw Rejection.invalid("not-a-closing-status", "status",
                "Eine Maßnahme wird abgeschlossen oder eingestellt.", "A measure is completed or stopped.");
    }

    private static Milestone open(MeasureState state, UUID id) {
        Check.id("milestoneId", "Die Kennung des Meilensteins", id);
        Milestone milestone = state.milestone(id).orElseThrow(() -> Rejection.notFound("milestone-not-found",
                "Diesen Meilenstein gibt es in der Maßnahme nicht.", "No such milestone in this measure."));
        if (milestone.reached()) {
            throw Rejection.conflict("milestone-reached", "milestoneId", "Der Meilenstein ist bereits erreicht.",
                    "The milestone has been reached already.");
        }
        if (milestone.dropped()) {
            throw Rejection.conflict("milestone-dropped", "milestoneId", "Der Meilenstein wurde verworfen.",
                    "The milestone was dropped.");
        }
        return milestone;
    }

    @Override
    public MeasureState evolve(MeasureState state, MeasureEvent event) {
        if (event instanceof MeasureDefined e) {
            return new MeasureState(e.measureId(), e.details(), MeasureStatus.ACTIVE, e.definedOn(), null, null,
                    List.of());
        } else if (event instanceof MeasureRevised e) {
            return state.with(e.details());
        } else if (event instanceof MilestonePlanned e) {
            return state.with(new Milestone(e.milestoneId(), e.title(), e.due(), null, null, null));
        } else if (event instanceof MilestoneReached e) {
            Milestone m = state.milestone(e.milestoneId()).orElseThrow();
            return state.with(new Milestone(m.milestoneId(), m.title(), m.due(), e.reachedOn(), e.note(), null));
        } else if (event instanceof MilestoneDropped e) {
            Milestone m = state.milestone(e.milestoneId()).orElseThrow();
            return state.with(new Milestone(m.milestoneId(), m.title(), m.due(), null, null, e.reason()));
        } else if (event instanceof MeasureClosed e) {
            return state.closed(e.status(), e.closedOn(), e.reason());
        }
        throw new IllegalArgumentException("not an event of a measure stream: " + event.getClass().getSimpleName());
    }
}
