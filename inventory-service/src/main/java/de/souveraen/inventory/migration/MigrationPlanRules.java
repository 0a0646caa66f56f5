package de.souveraen.inventory.migration;

import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.eventstore.domain.Rejection;
import java.util.Map;

/**
 * A target quarter per migration step (the three-year concept): only steps of the main path after IDENTIFIED
 * can be planned, not one the dependency has already reached, and the plan must keep the path's order (no step
 * planned for an earlier quarter than a step before it).
 */
public final class MigrationPlanRules {

    private MigrationPlanRules() {
    }

    private static String de(MigrationStatus status) {
        return de.souveraen.contracts.inventory.InventoryLabels.de(status);
    }

    /**
     * Checks planning {@code step} for {@code targetQuarter} given the current status and plan; returns the
     * parsed quarter or throws the {@link Rejection}.
     */
    public static Quarter check(MigrationStatus current, Map<MigrationStatus, String> plan, MigrationStatus step,
            String targetQuarter, RoadmapWindow window) {
        if (step == null) {
            throw Rejection.invalid("required", "step", "Der Migrationsschritt fehlt.", "step is required.");
        }
        int position = MigrationTransitions.position(step);
        if (position < 1) {
            throw Rejection.invalid("not-plannable", "step",
                    "Für „" + de(step) + "“ kann kein Zielquartal geplant werden (nur „" + de(MigrationStatus.ASSESSED)
                            + "“ bis „" + de(MigrationStatus.RETIRED) + "“).",
                    "No target quarter can be planned for " + step + " (only ASSESSED to RETIRED).");
        }
        Quarter quarter = (window == null ? RoadmapWindow.THREE_YEAR_CONCEPT : window).target("targetQuarter",
                targetQuarter);
        int reached = MigrationTransitions.position(current);
        if (reached >= position) {
            throw Rejection.conflict("step-already-reached", "step",
                    "Der Schritt „" + de(step) + "“ ist bereits erreicht (Stand: „" + de(current) + "“).",
                    "Step " + step + " has already been reached (status " + current + ").");
        }
        for (Map.Entry<MigrationStatus, String> planned : plan.entrySet()) {
            if (planned.getKey() == step) {
                continue;
            }
            int otherPosition = MigrationTransitions.position(planned.getKey());
            Quarter other = Quarter.parse(planned.getValue()).orElseThrow();
            boolean outOfOrder = otherPosition < position ? other.compareTo(quarter) > 0 : other.compareTo(quarter) < 0;
            if (outOfOrder) {
                throw new Rejection(Rejection.Kind.UNPROCESSABLE, "plan-out-of-order", "targetQuarter",
                        "Das Zielquartal " + quarter + " für „" + de(step) + "“ widerspricht der Reihenfolge: „"
                                + de(planned.getKey()) + "“ ist für " + other + " geplant.",
                        "Target quarter " + quarter + " for " + step + " breaks the order: " + planned.getKey()
                                + " is planned for " + other + ".",
                        Map.of("conflictingStep", planned.getKey().name(), "conflictingQuarter", other.toString()));
            }
        }
        return quarter;
    }
}
