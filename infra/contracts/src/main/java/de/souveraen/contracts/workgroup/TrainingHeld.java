package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.util.UUID;

/**
 * The training took place: {@code details} as it was actually held (date and hours), {@code participants} how many took part.
 */
@EventType("workgroup.TrainingHeld.v1")
public record TrainingHeld(UUID trainingId, TrainingDetails details, int participants) implements TrainingEvent {
}
