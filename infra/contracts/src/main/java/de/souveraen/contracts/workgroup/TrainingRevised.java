package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.util.UUID;

/**
 * The details of a planned training changed.
 */
@EventType("workgroup.TrainingRevised.v1")
public record TrainingRevised(UUID trainingId, TrainingDetails details) implements TrainingEvent {
}
