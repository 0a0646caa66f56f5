package de.souveraen.contracts.inventory;

import java.time.LocalDate;

/**
 * The last day notice can be given ({@code cancelBy}) to end the contract with {@code termEnd}, the end of the
 * term it belongs to; {@code renewals} counts the tacit renewals rolled over to reach it (0 for the first term).
 */
public record CancellationDeadline(LocalDate cancelBy, LocalDate termEnd, int renewals) {

    /** Whether the deadline lies before {@code reference} (only possible for express renewal). */
    public boolean passed(LocalDate reference) {
        return cancelBy.isBefore(reference);
    }
}
