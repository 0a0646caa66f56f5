package de.souveraen.contracts.budget;

import java.math.BigDecimal;

/**
 * The part of a commitment or expense that exceeded what was available and was accepted because an approval of
 * over-plan spending (überplanmäßige Aufwendung, § 83 GO NRW) was referenced. The amount raises the line's adjusted
 * appropriation, like an over-plan adjustment, and reports list it separately.
 */
public record OverPlan(String approvalReference, BigDecimal amount) {
}
