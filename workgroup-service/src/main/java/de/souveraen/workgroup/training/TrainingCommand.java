package de.souveraen.workgroup.training;

import de.souveraen.contracts.workgroup.TrainingDetails;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What can be asked of one training or workshop (stream {@code training-<trainingId>}); {@code POST /api/trainings}. */
public sealed interface TrainingCommand {

    UUID trainingId();

    record PlanTraining(UUID trainingId, TrainingDetails details) implements TrainingCommand {
    }

    record ReviseTraining(UUID trainingId, TrainingDetails details) implements TrainingCommand {
    }

    /**
     * It took place with {@code participants}; {@code date} and {@code hours} default to the planned ones;
     * {@code recordedOn} is today (a training cannot be recorded as held before its date).
     */
    record RecordHeld(UUID trainingId, LocalDate date, Integer participants, BigDecimal hours, LocalDate recordedOn)
            implements TrainingCommand {
    }

    /** Satisfaction scores 1 (poor) … 5 (excellent) from feedback forms; each call adds a batch. */
    record RecordFeedback(UUID trainingId, List<Integer> scores) implements TrainingCommand {
    }

    /** What came out of it; replaces the outcomes recorded before. */
    record RecordOutcomes(UUID trainingId, List<String> outcomes) implements TrainingCommand {
    }

    record CancelTraining(UUID trainingId, String reason, LocalDate cancelledOn) implements TrainingCommand {
    }
}
