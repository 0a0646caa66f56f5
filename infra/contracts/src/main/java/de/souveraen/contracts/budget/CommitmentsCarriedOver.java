package de.souveraen.contracts.budget;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Open commitments of a line move into {@code toFiscalYear} with the carry-over {@code carryOverId} (§ 22 KomHVO NRW,
 * orders already placed): this year's line is released of their open parts (its committed sum falls by them) and the
 * commitments are closed here as carried over. The {@link AppropriationCarriedOver} with the same id that follows in
 * the same command carries the money (at least the open parts); the next year records
 * {@link CommitmentsReceived}.
 */
@EventType("budget.CommitmentsCarriedOver.v1")
public record CommitmentsCarriedOver(int fiscalYear, UUID carryOverId, int toFiscalYear, String lineCode,
        List<CarriedCommitment> commitments, LocalDate decidedOn) implements FiscalYearEvent {
    public CommitmentsCarriedOver {
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
    }
}
