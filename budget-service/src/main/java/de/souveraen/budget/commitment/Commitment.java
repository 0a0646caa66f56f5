package de.souveraen.budget.commitment;

import de.souveraen.budget.funds.Funds;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A commitment as the year's state keeps it: its line, total amount, the part expenses have settled, whether it
 * was released, when it was made, vendor, order reference and description, and the year it was carried over to
 * (null while it stays here). Its open part is what it still binds on the line.
 */
public record Commitment(String lineCode, BigDecimal amount, BigDecimal settled, boolean released,
        LocalDate committedOn, String vendor, String reference, String description, Integer carriedTo) {

    public Commitment(String lineCode, BigDecimal amount, BigDecimal settled, boolean released,
            LocalDate committedOn) {
        this(lineCode, amount, settled, released, committedOn, null, null, null, null);
    }

    /** Released or carried over: it binds nothing here any more. */
    public boolean closed() {
        return released || carriedTo != null;
    }

    /** amount − settled while active; 0.00 once released or carried over. */
    public BigDecimal open() {
        return closed() ? Funds.ZERO : amount.subtract(settled);
    }

    public Commitment withAmount(BigDecimal newAmount) {
        return new Commitment(lineCode, newAmount, settled, released, committedOn, vendor, reference, description,
                carriedTo);
    }

    public Commitment settleBy(BigDecimal part) {
        return new Commitment(lineCode, amount, settled.add(part), released, committedOn, vendor, reference,
                description, carriedTo);
    }

    public Commitment release() {
        return new Commitment(lineCode, amount, settled, true, committedOn, vendor, reference, description,
                carriedTo);
    }

    public Commitment carryOverTo(int fiscalYear) {
        return new Commitment(lineCode, amount, settled, released, committedOn, vendor, reference, description,
                fiscalYear);
    }
}
