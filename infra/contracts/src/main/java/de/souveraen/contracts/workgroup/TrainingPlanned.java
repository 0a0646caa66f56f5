package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.util.UUID;

/**
 * A training or workshop was planned (stream {@code training-<id>}); its status starts at {@link TrainingStatus#PLANNED}.
 */
@EventType("workgroup.TrainingPlanned.v1")
public record TrainingPlanned(UUID trainingId, TrainingDetails details) implements TrainingEvent {
}
