package de.souveraen.contracts.budget;

import de.souveraen.contracts.EventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Funds of a line were bound (Mittelbindung) by an order or signed contract {@code reference} with
 * {@code vendor}. {@code overPlan} is null unless part of the amount exceeded what was available and an over-plan
 * approval covered it. {@code description} may be null.
 */
@EventType("budget.FundsCommitted.v1")
public record FundsCommitted(int fiscalYear, UUID commitmentId, String lineCode, BigDecimal amount, String vendor,
        String reference, String description, LocalDate committedOn, OverPlan overPlan) implements FiscalYearEvent {
}
