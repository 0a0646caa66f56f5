package de.souveraen.contracts.budget;

import de.souveraen.contracts.EventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An expense (Ist) was booked on a line for invoice {@code invoiceRef} of {@code vendor}. If it settles a
 * commitment, {@code commitmentId} names it and {@code settledAmount} is the part taken from the commitment's open
 * amount (0.00 otherwise); only the rest used available funds. {@code overPlan} is null unless an over-plan
 * approval covered a shortfall.
 */
@EventType("budget.ExpenseBooked.v1")
public record ExpenseBooked(int fiscalYear, UUID expenseId, String lineCode, BigDecimal amount, LocalDate bookedOn,
        String vendor, String description, String invoiceRef, UUID commitmentId, BigDecimal settledAmount,
        OverPlan overPlan) implements FiscalYearEvent {
}
