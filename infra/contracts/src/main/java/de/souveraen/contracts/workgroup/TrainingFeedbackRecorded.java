package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Satisfaction scores (1 = poor … 5 = excellent) from participants' feedback: {@code scores} those of this
 * batch, {@code responses} and {@code scoreSum} all recorded so far, {@code averageSatisfaction} their average with
 * two decimals (half up).
 */
@EventType("workgroup.TrainingFeedbackRecorded.v1")
public record TrainingFeedbackRecorded(UUID trainingId, List<Integer> scores, int responses, int scoreSum,
        BigDecimal averageSatisfaction) implements TrainingEvent {

    public TrainingFeedbackRecorded {
        scores = WorkgroupLists.copy(scores);
    }
}
