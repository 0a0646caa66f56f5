package de.souveraen.contracts.inventory;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The cancel-by date: the last day to give notice so that the contract ends with a term's end. Part of the
 * published language: the inventory shows it and the reporting service lists the deadlines of the coming quarters
 * from the same contract terms.
 *
 * <p><b>Deadline of one term.</b> A notice period of n months ending with {@code end} must fit completely
 * between the notice and the end: the deadline is the day before {@code (end + 1 day) − n months}. For an end
 * on 31.12. and 3 months that is 30.09.; for an end on 30.06. it is 31.03. (not 30.03.: § 188 BGB counts the
 * period in whole months back from the day after the end). A notice period of 0 months gives the end itself.
 *
 * <p><b>Tacit renewal.</b> When the deadline of the current term lies before the reference date, the contract
 * has renewed itself for another {@code renewalPeriodMonths}: the end moves forward term by term (each term
 * starts the day after the previous one ended) until the deadline is on or after the reference date.
 *
 * <p><b>Express renewal.</b> The contract ends with its end unless renewed explicitly; the deadline of that one
 * term is returned even when it has passed ({@link CancellationDeadline#passed}).
 *
 * <p>The reference date is a parameter, never the clock: the caller passes the business date it reports on.
 */
public final class CancelBy {
    /** Guard against a corrupt renewal period; 1200 monthly renewals are a century. */
    private static final int MAX_RENEWALS = 1200;

    private CancelBy() {
    }

    /** Empty when there is no contract or it lacks an end, a notice period or a renewal rule. */
    public static Optional<CancellationDeadline> of(ContractTerms contract, LocalDate reference) {
        if (contract == null || contract.end() == null || contract.noticePeriodMonths() == null
                || contract.renewal() == null) {
            return Optional.empty();
        }
        int notice = contract.noticePeriodMonths();
        LocalDate dayAfterEnd = contract.end().plusDays(1);
        LocalDate deadline = deadline(dayAfterEnd, notice);
        if (contract.renewal() == Renewal.EXPRESS || reference == null || !deadline.isBefore(reference)) {
            return Optional.of(new CancellationDeadline(deadline, contract.end(), 0));
        }
        Integer period = contract.renewalPeriodMonths();
        if (period == null || period < 1) {
            throw new IllegalArgumentException("tacit renewal needs a renewal period of at least one month");
        }
        for (int renewals = 1; renewals <= MAX_RENEWALS; renewals++) {
            // count every term from the original end, so month ends do not drift (31.01. + 1 month twice ≠ 31.03.)
            LocalDate nextDayAfterEnd = dayAfterEnd.plusMonths((long) renewals * period);
            LocalDate next = deadline(nextDayAfterEnd, notice);
            if (!next.isBefore(reference)) {
                return Optional.of(new CancellationDeadline(next, nextDayAfterEnd.minusDays(1), renewals));
            }
        }
        throw new IllegalArgumentException("reference date " + reference + " lies more than " + MAX_RENEWALS
                + " renewals after the contract end " + contract.end());
    }

    private static LocalDate deadline(LocalDate dayAfterEnd, int noticeMonths) {
        return dayAfterEnd.minusMonths(noticeMonths).minusDays(1);
    }
}
