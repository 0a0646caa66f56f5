package de.souveraen.budget.fiscalyear;

import java.math.BigDecimal;

/**
 * A carry-over this year gave ({@code outgoing}, to the next year) or received (from the previous year); kept so
 * an id is used once and a repeated receipt is recognised.
 */
public record CarryOver(boolean outgoing, String lineCode, BigDecimal amount) {
}
