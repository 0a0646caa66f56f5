package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A planned training was cancelled.
 */
@EventType("workgroup.TrainingCancelled.v1")
public record TrainingCancelled(UUID trainingId, String reason, LocalDate cancelledOn) implements TrainingEvent {
}
