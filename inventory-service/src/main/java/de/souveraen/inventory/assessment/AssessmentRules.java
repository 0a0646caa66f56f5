package de.souveraen.inventory.assessment;

import de.souveraen.contracts.inventory.DependencyAssessed;
import de.souveraen.contracts.inventory.ExitCapability;
import de.souveraen.contracts.inventory.SovereigntyObjective;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Violations;
import de.souveraen.eventstore.domain.Violations.Sign;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * Checks one assessment and computes its score. Scores: every objective SOV1..SOV8 present, each 0..4 (field
 * {@code scores.SOV3}); a rationale is required; the exit capability needs {@code canExit}, and when the
 * municipality can exit, the estimated months (0..120) and cost (EUR ≥ 0, two decimals).
 */
public final class AssessmentRules {
    public static final int MAX_RATIONALE = 4000;
    public static final int MAX_EXIT_MONTHS = 120;
    private static final String MONTHS_DE = "Die geschätzte Ausstiegsdauer in Monaten";
    private static final String COST_DE = "Die geschätzten Ausstiegskosten";

    private AssessmentRules() {
    }

    /** The event of a valid assessment; throws the first {@link Rejection} otherwise. */
    public static DependencyAssessed assess(UUID dependencyId, UUID assessmentId, LocalDate assessedOn,
            Map<SovereigntyObjective, Integer> scores, String rationale, ExitCapability exit) {
        Violations v = Violations.collecting();
        v.present("assessmentId", "Die Kennung der Bewertung", assessmentId);
        v.present("assessedOn", "Das Bewertungsdatum", assessedOn);
        Map<SovereigntyObjective, Integer> levels = levels(v, scores);
        String why = v.text("rationale", "Die Begründung", rationale, MAX_RATIONALE);
        ExitCapability checkedExit = exit(v, exit);
        v.throwFirst();
        SovereigntyScore result = SovereigntyScore.of(levels);
        return new DependencyAssessed(dependencyId, assessmentId, assessedOn, levels, why, checkedExit,
                result.score(), result.sealLevel(), result.sds().step());
    }

    /**
     * What an assessment with these levels would give (score, SEAL level, SDS label), without a rationale or an
     * exit and without storing anything: the questionnaire shows it while it is being answered. Throws the
     * {@link Rejection} of the first missing or out-of-range level.
     */
    public static SovereigntyScore preview(Map<SovereigntyObjective, Integer> scores) {
        Violations v = Violations.collecting();
        Map<SovereigntyObjective, Integer> levels = levels(v, scores);
        v.throwFirst();
        return SovereigntyScore.of(levels);
    }

    private static Map<SovereigntyObjective, Integer> levels(Violations v, Map<SovereigntyObjective, Integer> scores) {
        Map<SovereigntyObjective, Integer> levels = new EnumMap<>(SovereigntyObjective.class);
        for (SovereigntyObjective objective : SovereigntyObjective.values()) {
            Integer level = scores == null ? null : scores.get(objective);
            Integer checked = v.range("scores." + objective.name(), "Die Stufe für " + objective.code(), level,
                    SovereigntyScore.MIN_LEVEL, SovereigntyScore.MAX_LEVEL);
            if (checked != null) {
                levels.put(objective, checked);
            }
        }
        return levels;
    }

    private static ExitCapability exit(Violations v, ExitCapability exit) {
        if (exit == null) {
            v.add(Violations.missing("exit", "Die Ausstiegsfähigkeit"));
            return null;
        }
        Boolean canExit = v.present("exit.canExit", "Die Angabe, ob ein Ausstieg möglich ist,", exit.canExit());
        boolean needed = Boolean.TRUE.equals(canExit);
        Integer months = needed
                ? v.range("exit.estimatedMonths", MONTHS_DE, exit.estimatedMonths(), 0, MAX_EXIT_MONTHS)
                : v.optionalRange("exit.estimatedMonths", MONTHS_DE, exit.estimatedMonths(), 0, MAX_EXIT_MONTHS);
        BigDecimal cost = needed ? v.amount("exit.estimatedCost", COST_DE, exit.estimatedCost(), Sign.NOT_NEGATIVE)
                : v.optionalAmount("exit.estimatedCost", COST_DE, exit.estimatedCost(), Sign.NOT_NEGATIVE);
        return new ExitCapability(canExit, months, cost);
    }
}
