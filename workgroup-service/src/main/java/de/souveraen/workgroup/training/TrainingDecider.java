package de.souveraen.workgroup.training;

import de.souveraen.contracts.workgroup.TrainingCancelled;
import de.souveraen.contracts.workgroup.TrainingDetails;
import de.souveraen.contracts.workgroup.TrainingEvent;
import de.souveraen.contracts.workgroup.TrainingFeedbackRecorded;
import de.souveraen.contracts.workgroup.TrainingHeld;
import de.souveraen.contracts.workgroup.TrainingOutcomesRecorded;
import de.souveraen.contracts.workgroup.TrainingPlanned;
import de.souveraen.contracts.workgroup.TrainingRevised;
import de.souveraen.contracts.workgroup.TrainingStatus;
import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Decider;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.store.Aggregate;
import de.souveraen.workgroup.training.TrainingCommand.CancelTraining;
import de.souveraen.workgroup.training.TrainingCommand.PlanTraining;
import de.souveraen.workgroup.training.TrainingCommand.RecordFeedback;
import de.souveraen.workgroup.training.TrainingCommand.RecordHeld;
import de.souveraen.workgroup.training.TrainingCommand.RecordOutcomes;
import de.souveraen.workgroup.training.TrainingCommand.ReviseTraining;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A training or workshop, one stream each: PLANNED → HELD (with participants, then feedback and outcomes), or
 * PLANNED → CANCELLED. Feedback never has more responses than there were participants.
 */
public final class TrainingDecider implements Decider<TrainingCommand, TrainingState, TrainingEvent> {
    /** The training aggregate: streams {@code training-<uuid>}. */
    public static final Aggregate<TrainingCommand, TrainingState, TrainingEvent> AGGREGATE = new Aggregate<>("training",
            new TrainingDecider(), TrainingEvent.class);
    static final int MAX_REASON = 1000;

    @Override
    public TrainingState initialState() {
        return TrainingState.NONE;
    }

    @Override
    public List<TrainingEvent> decide(TrainingCommand command, TrainingState state) {
        Check.id("trainingId", "Die Kennung der Schulung", command.trainingId());
        if (command instanceof PlanTraining c) {
            if (state.exists()) {
                throw Rejection.conflict("training-exists", "trainingId", "Diese Schulung ist bereits erfasst.",
                        "This training is already recorded.");
            }
            return List.of(new TrainingPlanned(c.trainingId(), TrainingRules.normalise(c.details())));
        }
        if (!state.exists()) {
            throw Rejection.notFound("training-not-found", "Diese Schulung ist nicht erfasst.", "No such training.");
        }
        if (command instanceof ReviseTraining c) {
            require(state, TrainingStatus.PLANNED);
            TrainingDetails details = TrainingRules.normalise(c.details());
            return details.equals(state.details()) ? List.of() : List.of(new TrainingRevised(c.trainingId(), details));
        } else if (command instanceof RecordHeld c) {
            return held(c, state);
        } else if (command instanceof RecordFeedback c) {
            return feedback(c, state);
        } else if (command instanceof RecordOutcomes c) {
            require(state, TrainingStatus.HELD);
            List<String> outcomes = Check.texts("outcomes", "Ein Ergebnis", c.outcomes(), TrainingRules.MAX_OUTCOME,
                    TrainingRules.MAX_OUTCOMES);
            return outcomes.equals(state.outcomes()) ? List.of()
                    : List.of(new TrainingOutcomesRecorded(c.trainingId(), outcomes));
        } else if (command instanceof CancelTraining c) {
            require(state, TrainingStatus.PLANNED);
            String reason = Check.text("reason", "Der Grund der Absage", c.reason(), MAX_REASON);
            LocalDate on = Check.present("cancelledOn", "Das Datum der Absage", c.cancelledOn());
            return List.of(new TrainingCancelled(c.trainingId(), reason, on));
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    private List<TrainingEvent> held(RecordHeld c, TrainingState state) {
        require(state, TrainingStatus.PLANNED);
        TrainingDetails planned = state.details();
        LocalDate date = Objects.requireNonNullElse(c.date(), planned.date());
        LocalDate today = Check.present("recordedOn", "Das Datum der Erfassung", c.recordedOn());
        if (date.isAfter(today)) {
            throw Rejection.invalid("date-in-future", "date",
                    "Eine Schulung am " + date + " kann noch nicht stattgefunden haben.",
                    "A training on " + date + " cannot have taken place yet.").with("date", date);
        }
        int participants = Check.range("participants", "Die Zahl der Teilnehmenden", c.participants(), 1,
                TrainingRules.MAX_PARTICIPANTS);
        BigDecimal hours = c.hours() == null ? planned.hours() : TrainingRules.hours("hours", c.hours());
        TrainingDetails actual = new TrainingDetails(planned.title(), date, planned.format(), planned.audience(), hours,
                planned.topics(), planned.provider());
        return List.of(new TrainingHeld(c.trainingId(), actual, participants));
    }

    private List<TrainingEvent> feedback(RecordFeedback c, TrainingState state) {
        require(state, TrainingStatus.HELD);
        List<Integer> scores = c.scores();
        if (scores == null || scores.isEmpty()) {
            throw Check.missing("scores", "Die Bewertungen");
        }
        for (int i = 0; i < scores.size(); i++) {
            Check.range("scores[" + i + "]", "Die Bewertung", scores.get(i), Satisfaction.MIN_SCORE,
                    Satisfaction.MAX_SCORE);
        }
        Satisfaction next = state.satisfaction().plus(scores);
        if (next.responses() > state.participants()) {
            throw Rejection.invalid("more-feedback-than-participants", "scores",
                    next.responses() + " Rückmeldungen, aber nur " + state.participants() + " Teilnehmende.",
                    next.responses() + " responses, but only " + state.participants() + " participants.")
                    .with("participants", state.participants()).with("responses", state.satisfaction().responses());
        }
        return List.of(new TrainingFeedbackRecorded(c.trainingId(), scores, next.responses(), next.scoreSum(),
                next.average()));
    }

    private static void require(TrainingState state, TrainingStatus wanted) {
        if (state.status() == wanted) {
            return;
        }
        if (state.status() == TrainingStatus.CANCELLED) {
            throw Rejection.conflict("training-cancelled", null, "Die Schulung ist abgesagt.",
                    "The training is cancelled.");
        } else if (state.status() == TrainingStatus.HELD) {
            throw Rejection.conflict("training-held", null, "Die Schulung hat bereits stattgefunden.",
                    "The training has been held already.");
        }
        throw Rejection.conflict("training-not-held", null, "Die Schulung hat noch nicht stattgefunden.",
                "The training has not been held yet.");
    }

    @Override
    public TrainingState evolve(TrainingState state, TrainingEvent event) {
        if (event instanceof TrainingPlanned e) {
            return new TrainingState(e.trainingId(), e.details(), TrainingStatus.PLANNED, 0, Satisfaction.NONE,
                    List.of());
        } else if (event instanceof TrainingRevised e) {
            return state.with(e.details());
        } else if (event instanceof TrainingHeld e) {
            return state.held(e.details(), e.participants());
        } else if (event instanceof TrainingFeedbackRecorded e) {
            return state.with(new Satisfaction(e.responses(), e.scoreSum()));
        } else if (event instanceof TrainingOutcomesRecorded e) {
            return state.withOutcomes(e.outcomes());
        } else if (event instanceof TrainingCancelled) {
            return state.with(TrainingStatus.CANCELLED);
        }
        throw new IllegalArgumentException("not an event of a training stream: " + event.getClass().getSimpleName());
    }
}
