package de.souveraen.contracts.budget;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The open commitments carried over from {@code fromFiscalYear} with the carry-over {@code carryOverId} (see
 * {@link CommitmentsCarriedOver}) are open commitments of this year's line from {@code effectiveOn}, each with its
 * open part as its amount: the line's committed sum rises by them, the {@link CarryOverReceived} with the same id
 * just before raised its adjusted appropriation by at least as much. Expenses settle them as any commitment.
 */
@EventType("budget.CommitmentsReceived.v1")
public record CommitmentsReceived(int fiscalYear, UUID carryOverId, int fromFiscalYear, String lineCode,
        List<CarriedCommitment> commitments, LocalDate effectiveOn) implements FiscalYearEvent {
    public CommitmentsReceived {
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
    }
}
