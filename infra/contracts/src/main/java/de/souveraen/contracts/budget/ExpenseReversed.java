package de.souveraen.contracts.budget;

import de.souveraen.contracts.EventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An expense was reversed (Storno) by the reversal booking {@code reversalId}; the expense itself is never
 * changed. Its {@code amount} leaves "spent"; if it had settled a commitment that is still active,
 * {@code restoredToCommitment} went back to the commitment's open amount (0.00 otherwise). The invoice reference
 * may be booked again afterwards.
 */
@EventType("budget.ExpenseReversed.v1")
public record ExpenseReversed(int fiscalYear, UUID reversalId, UUID expenseId, String lineCode, BigDecimal amount,
        String invoiceRef, String reason, LocalDate reversedOn, UUID commitmentId, BigDecimal restoredToCommitment)
        implements FiscalYearEvent {
}
