package de.souveraen.inventory.assessment;

import de.souveraen.contracts.inventory.SovereigntyObjective;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The EU Cloud Sovereignty Framework's result for one assessment: the weighted score 0..100 with two decimals,
 * the overall SEAL level (0..4, bounded by the weakest objective) and the derived SDS label (1..5).
 *
 * <p>Score = Σ weight(SOV-i) × level(SOV-i) / 4 with the weights 15/10/10/15/20/15/10/5, so a dependency scoring
 * SEAL-4 everywhere reaches 100.00 and every step of one level moves the score by a quarter of its weight.
 */
public record SovereigntyScore(BigDecimal score, int sealLevel, SdsLabel sds) {
    public static final int MIN_LEVEL = 0;
    public static final int MAX_LEVEL = 4;

    /** Computes the result of a complete set of levels (every objective present, each 0..4). */
    public static SovereigntyScore of(Map<SovereigntyObjective, Integer> levels) {
        int weighted = 0;
        int lowest = MAX_LEVEL;
        for (SovereigntyObjective objective : SovereigntyObjective.values()) {
            Integer level = levels.get(objective);
            if (level == null || level < MIN_LEVEL || level > MAX_LEVEL) {
                throw new IllegalArgumentException(objective.code() + " needs a level 0..4, got " + level);
            }
            weighted += objective.weight() * level;
            lowest = Math.min(lowest, level);
        }
        BigDecimal score = BigDecimal.valueOf(weighted).divide(BigDecimal.valueOf(MAX_LEVEL), 2, RoundingMode.HALF_UP);
        return new SovereigntyScore(score, lowest, SdsLabel.of(score, lowest));
    }
}
