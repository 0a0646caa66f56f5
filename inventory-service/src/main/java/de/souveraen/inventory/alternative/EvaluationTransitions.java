package de.souveraen.inventory.alternative;

import de.souveraen.contracts.inventory.EvaluationState;
import de.souveraen.contracts.inventory.InventoryLabels;
import de.souveraen.eventstore.domain.Rejection;
import java.util.Map;

/**
 * The evaluation of an alternative may move freely between CANDIDATE, EVALUATING, PILOT and RECOMMENDED
 * (evaluations are iterative: a recommendation can be withdrawn into a new evaluation), and from anywhere to
 * REJECTED with a reason. A rejected alternative can only be taken up again as a CANDIDATE. Staying in the same
 * state is not a move (409).
 */
public final class EvaluationTransitions {
    public static final int MAX_REASON = 2000;

    private EvaluationTransitions() {
    }

    public static boolean allowed(EvaluationState from, EvaluationState to) {
        if (from == to) {
            return false;
        }
        return from != EvaluationState.REJECTED || to == EvaluationState.CANDIDATE;
    }

    /** Checks a move; returns the stripped reason (null when none is needed and none given). */
    public static String check(EvaluationState from, EvaluationState to, String reason) {
        if (to == null) {
            throw Rejection.invalid("required", "state", "Der Bewertungsstand fehlt.", "state is required.");
        }
        if (!allowed(from, to)) {
            throw new Rejection(Rejection.Kind.CONFLICT, "invalid-transition", "state",
                    "Eine Alternative im Stand „" + InventoryLabels.de(from) + "“ kann nicht in den Stand „"
                            + InventoryLabels.de(to) + "“ wechseln.",
                    "An alternative in state " + from + " cannot move to " + to + ".",
                    Map.of("from", from.name(), "to", to.name()));
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (to == EvaluationState.REJECTED && why == null) {
            throw Rejection.invalid("required", "reason", "Für das Verwerfen einer Alternative ist eine Begründung nötig.",
                    "Rejecting an alternative requires a reason.");
        }
        if (why != null && why.length() > MAX_REASON) {
            throw Rejection.invalid("too-long", "reason", "Die Begründung darf höchstens " + MAX_REASON
                    + " Zeichen lang sein.", "reason must be at most " + MAX_REASON + " characters long.");
        }
        return why;
    }
}
