package de.souveraen.inventory.alternative;

import de.souveraen.contracts.inventory.EvaluationState;
import java.util.UUID;

/** An alternative proposed for one dependency, as the dependency's state holds it. */
public record Alternative(UUID id, String name, String catalogueId, EvaluationState state, String reason) {

    public Alternative withState(EvaluationState next, String why) {
        return new Alternative(id, name, catalogueId, next, why);
    }
}
