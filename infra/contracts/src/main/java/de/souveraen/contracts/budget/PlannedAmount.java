package de.souveraen.contracts.budget;

import java.math.BigDecimal;

/** The amount the mittelfristige Finanzplanung (§ 84 GO NRW) foresees for the programme in a following year. */
public record PlannedAmount(int fiscalYear, BigDecimal amount) {
}
