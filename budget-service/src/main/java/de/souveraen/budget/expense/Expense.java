package de.souveraen.budget.expense;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An expense as the year's state keeps it: line, amount, the commitment it settled and by how much (0.00 and
 * null without), its invoice reference (as booked), the booking date and whether it was reversed.
 */
public record Expense(String lineCode, BigDecimal amount, UUID commitmentId, BigDecimal settled, String invoiceRef,
        LocalDate bookedOn, boolean reversed) {

    public Expense reverse() {
        return new Expense(lineCode, amount, commitmentId, settled, invoiceRef, bookedOn, true);
    }
}
