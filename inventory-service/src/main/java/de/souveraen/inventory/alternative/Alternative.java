package de.souveraen.inventory.alternative;

import de.souveraen.contracts.inventory.AlternativeCosted;
import de.souveraen.contracts.inventory.EvaluationState;
import java.util.UUID;

/** An alternative proposed for one dependency, as the dependency's state holds it; {@code costing} the latest. */
public record Alternative(UUID id, String name, String catalogueId, EvaluationState state, String reason,
        AlternativeCosted costing) {

    public Alternative(UUID id, String name, String catalogueId, EvaluationState state, String reason) {
        this(id, name, catalogueId, state, reason, null);
    }

    public Alternative withState(EvaluationState next, String why) {
        return new Alternative(id, name, catalogueId, next, why, costing);
    }

    public Alternative withCosting(AlternativeCosted next) {
        return new Alternative(id, name, catalogueId, state, reason, next);
    }
}
