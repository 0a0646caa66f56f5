package de.souveraen.contracts.inventory;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.UUID;

/** The evaluation state of an alternative changed; {@code reason} is required when it was rejected. */
@EventType("inventory.AlternativeEvaluated.v1")
public record AlternativeEvaluated(UUID dependencyId, UUID alternativeId, EvaluationState from, EvaluationState to, String reason,
        LocalDate evaluatedOn) implements DependencyEvent {
}
