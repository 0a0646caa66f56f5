package de.souveraen.contracts.inventory;

import java.math.BigDecimal;

/**
 * Can the municipality leave this dependency, how long would it take (months) and what would it cost
 * (EUR, scale 2). Months and cost are estimates; they are required when {@code canExit} is true.
 */
public record ExitCapability(Boolean canExit, Integer estimatedMonths, BigDecimal estimatedCost) {
}
