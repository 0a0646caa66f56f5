package de.souveraen.budget.commitment;

import de.souveraen.budget.funds.Funds;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A commitment as the year's state keeps it: its line, total amount, the part expenses have settled, whether it
 * was released, and when it was made. Its open part is what it still binds on the line.
 */
public record Commitment(String lineCode, BigDecimal amount, BigDecimal settled, boolean released,
        LocalDate committedOn) {

    /** amount − settled while active; 0.00 once released. */
    public BigDecimal open() {
        return released ? Funds.ZERO : amount.subtract(settled);
    }

    public Commitment withAmount(BigDecimal newAmount) {
        return new Commitment(lineCode, newAmount, settled, released, committedOn);
    }

    public Commitment settleBy(BigDecimal part) {
        return new Commitment(lineCode, amount, settled.add(part), released, committedOn);
    }

    public Commitment release() {
        return new Commitment(lineCode, amount, settled, true, committedOn);
    }
}
