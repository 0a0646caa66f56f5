package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.util.List;
import java.util.UUID;

/**
 * What came out of a held training (each entry one result); replaces the outcomes recorded before.
 */
@EventType("workgroup.TrainingOutcomesRecorded.v1")
public record TrainingOutcomesRecorded(UUID trainingId, List<String> outcomes) implements TrainingEvent {

    public TrainingOutcomesRecorded {
        outcomes = WorkgroupLists.copy(outcomes);
    }
}
