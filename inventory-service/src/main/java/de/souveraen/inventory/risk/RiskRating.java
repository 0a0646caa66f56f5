package de.souveraen.inventory.risk;

import de.souveraen.contracts.inventory.RiskLevel;

/**
 * The classic 5 × 5 risk matrix: score = likelihood × impact (1..25); level LOW up to 4, MEDIUM up to 9, HIGH up
 * to 16, CRITICAL from 20 (products 17..19 cannot occur). Labels of the levels: {@code InventoryLabels}.
 */
public record RiskRating(int score, RiskLevel level) {

    public static RiskRating of(int likelihood, int impact) {
        if (likelihood < 1 || likelihood > 5 || impact < 1 || impact > 5) {
            throw new IllegalArgumentException("likelihood and impact must be 1..5");
        }
        int score = likelihood * impact;
        RiskLevel level = score <= 4 ? RiskLevel.LOW : score <= 9 ? RiskLevel.MEDIUM
                : score <= 16 ? RiskLevel.HIGH : RiskLevel.CRITICAL;
        return new RiskRating(score, level);
    }
}
