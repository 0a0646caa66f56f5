package de.souveraen.contracts.inventory;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The cancel-by date: the last day to give notice so that the contract ends with a term's end. Part of the
 * published language: the inventory shows it and the reporting service lists the deadlines of the coming quarters
 * from the same contract terms.
 *
 * <p><b>Deadline of one term.</b> The cancel-by date is the <em>latest</em> day {@code d} such that a notice
 * period of n months given on {@code d} ends on or before the term's end. The period is counted as §§ 187 (1), 188
 * (2) and (3) BGB count it: notice given on {@code d} is an event day, so the period starts the next day and ends
 * with the day of the n-th following month that has {@code d}'s number, or with that month's last day when the
 * month is shorter ({@link #noticeEnds}). The deadline is that definition computed exactly, not an end minus a
 * period: for an end on 30.03.2026 and one month it is 28.02.2026 (notice on 28.02. ends 28.03.; notice on 01.03.
 * would end 01.04.), for an end on 28.02.2027 it is 31.01.2027 (notice on 29., 30. or 31.01. ends 28.02.). A
 * notice period of 0 months gives the end itself.
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
        LocalDate deadline = deadline(contract.end(), notice);
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
            LocalDate termEnd = nextDayAfterEnd.minusDays(1);
            LocalDate next = deadline(termEnd, notice);
            if (!next.isBefore(reference)) {
                return Optional.of(new CancellationDeadline(next, termEnd, renewals));
            }
        }
        throw new IllegalArgumentException("reference date " + reference + " lies more than " + MAX_RENEWALS
                + " renewals after the contract end " + contract.end());
    }

    /**
     * The day a notice period of {@code noticeMonths} months given on {@code given} ends (§ 188 (2), (3) BGB): the
     * day with the same number {@code noticeMonths} months later, or that month's last day when it has no such
     * day ({@link LocalDate#plusMonths} clamps exactly so).
     */
    static LocalDate noticeEnds(LocalDate given, int noticeMonths) {
        return given.plusMonths(noticeMonths);
    }

    /** The latest day {@code d} with {@code noticeEnds(d, noticeMonths)} on or before {@code termEnd}. */
    static LocalDate deadline(LocalDate termEnd, int noticeMonths) {
        // the same day number n months earlier (or that month's last day) always fits: from there n months lead
        // back to termEnd's day number, or to an earlier day when termEnd's month is the longer one
        LocalDate fits = termEnd.minusMonths(noticeMonths);
        // notice ends are monotone in the day notice is given, so step forward while the next day still fits; a
        // shorter earlier month leaves at most three days (29th to 31st) that all end on termEnd's month end
        while (!noticeEnds(fits.plusDays(1), noticeMonths).isAfter(termEnd)) {
            fits = fits.plusDays(1);
        }
        return fits;
    }
}
