package de.souveraen.workgroup.training;

import de.souveraen.contracts.workgroup.TrainingDetails;
import de.souveraen.contracts.workgroup.TrainingStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** A training: details, status, participants once held, the feedback so far and the outcomes. */
public record TrainingState(UUID trainingId, TrainingDetails details, TrainingStatus status, int participants,
        Satisfaction satisfaction, List<String> outcomes) {
    public static final TrainingState NONE = new TrainingState(null, null, null, 0, Satisfaction.NONE, List.of());

    public TrainingState {
        outcomes = Collections.unmodifiableList(new ArrayList<>(outcomes));
    }

    public boolean exists() {
        return trainingId != null;
    }

    TrainingState with(TrainingDetails newDetails) {
        return new TrainingState(trainingId, newDetails, status, participants, satisfaction, outcomes);
    }

    TrainingState held(TrainingDetails actual, int count) {
        return new TrainingState(trainingId, actual, TrainingStatus.HELD, count, satisfaction, outcomes);
    }

    TrainingState with(TrainingStatus newStatus) {
        return new TrainingState(trainingId, details, newStatus, participants, satisfaction, outcomes);
    }

    TrainingState with(Satisfaction newSatisfaction) {
        return new TrainingState(trainingId, details, status, participants, newSatisfaction, outcomes);
    }

    TrainingState withOutcomes(List<String> newOutcomes) {
        return new TrainingState(trainingId, details, status, participants, satisfaction, newOutcomes);
    }
}
