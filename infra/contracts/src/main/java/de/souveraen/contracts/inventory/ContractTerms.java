package de.souveraen.contracts.inventory;

import java.time.LocalDate;

/**
 * The contract behind a dependency: first term from {@code start} to {@code end} (inclusive), notice period in
 * whole months, and the renewal rule. For {@link Renewal#TACIT} the contract renews by
 * {@code renewalPeriodMonths} each time it is not cancelled in time; for {@link Renewal#EXPRESS} the period is
 * null. Validated by the inventory domain, not here: a record of the published language must always decode.
 */
public record ContractTerms(LocalDate start, LocalDate end, Integer noticePeriodMonths, Renewal renewal,
        Integer renewalPeriodMonths) {
}
