package de.souveraen.contracts.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.inventory.ContractTerms;
import de.souveraen.contracts.inventory.Renewal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CancelByTest {
    private static final LocalDate EARLY = LocalDate.of(2024, 1, 1);

    private static ContractTerms contract(String end, int notice, Renewal renewal, Integer period) {
        return new ContractTerms(LocalDate.of(2023, 1, 1), LocalDate.parse(end), notice, renewal, period);
    }

    @ParameterizedTest(name = "end {0}, {1} months → {2}")
    @CsvSource({
        "2026-12-31, 3, 2026-09-30",
        "2026-12-31, 6, 2026-06-30",
        "2026-06-30, 3, 2026-03-31",   // whole months back from 01.07.: 31.03., not 30.03.
        "2026-03-31, 1, 2026-02-28",
        "2028-03-31, 1, 2028-02-29",   // leap year
        "2027-02-28, 1, 2027-01-31",
        "2026-12-31, 0, 2026-12-31",   // no notice period: the end itself
        "2026-10-15, 3, 2026-07-15",
        // the 28th to 30th of a month that is not its end: notice given on the last day of a shorter month ends
        // on that day's number, which still lies before the end (the end minus n months, minus a day, was early)
        "2026-03-30, 1, 2026-02-28",   // notice on 28.02. ends 28.03.; on 01.03. it would end 01.04.
        "2026-03-29, 1, 2026-02-28",
        "2026-03-28, 1, 2026-02-28",
        "2028-03-30, 1, 2028-02-29",   // leap year
        "2028-03-28, 1, 2028-02-28",   // notice on 29.02.2028 would end 29.03.
        "2026-05-30, 1, 2026-04-30",
        "2026-04-30, 2, 2026-02-28",
        "2026-08-30, 6, 2026-02-28",
        // an end on a short month's last day: notice on the 29th to 31st of the longer month ends on it too
        "2028-02-29, 1, 2028-01-31",
        "2028-02-29, 12, 2027-02-28",
        "2027-02-28, 12, 2026-02-28",
        "2026-02-28, 1, 2026-01-31",
    })
    void the_deadline_is_the_latest_day_whose_notice_period_ends_on_or_before_the_end(String end, int notice,
            String expected) {
        assertThat(CancelBy.of(contract(end, notice, Renewal.EXPRESS, null), EARLY)).get()
                .isEqualTo(new CancellationDeadline(LocalDate.parse(expected), LocalDate.parse(end), 0));
    }

    @Test
    void a_tacit_contract_rolls_forward_until_the_deadline_is_on_or_after_the_reference() {
        ContractTerms yearly = contract("2025-12-31", 3, Renewal.TACIT, 12);
        // deadline 30.09.2025 missed → renewed to 31.12.2026, deadline 30.09.2026
        assertThat(CancelBy.of(yearly, LocalDate.of(2026, 2, 10))).get()
                .isEqualTo(new CancellationDeadline(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 31), 1));
        // on the deadline itself notice can still be given
        assertThat(CancelBy.of(yearly, LocalDate.of(2026, 9, 30))).get().extracting(CancellationDeadline::cancelBy)
                .isEqualTo(LocalDate.of(2026, 9, 30));
        // one day later the contract has renewed once more
        assertThat(CancelBy.of(yearly, LocalDate.of(2026, 10, 1))).get()
                .isEqualTo(new CancellationDeadline(LocalDate.of(2027, 9, 30), LocalDate.of(2027, 12, 31), 2));
    }

    @Test
    void the_deadline_matches_a_day_by_day_search_backwards_from_the_end() {
        // the definition itself: the latest day d with d + n months (§ 188 (2), (3) BGB) on or before the end
        for (LocalDate end = LocalDate.of(2026, 1, 1); end.isBefore(LocalDate.of(2030, 1, 1)); end = end.plusDays(1)) {
            for (int notice : new int[] {0, 1, 2, 3, 6, 12, 24}) {
                LocalDate d = end;
                while (d.plusMonths(notice).isAfter(end)) {
                    d = d.minusDays(1);
                }
                assertThat(CancelBy.deadline(end, notice)).as("end %s, %d months", end, notice).isEqualTo(d);
            }
        }
    }

    @Test
    void a_tacit_contract_uses_the_exact_deadline_in_every_renewed_term() {
        ContractTerms yearly = contract("2026-03-30", 1, Renewal.TACIT, 12);
        // deadline 28.02.2026 missed → renewed to 30.03.2027, deadline 28.02.2027
        assertThat(CancelBy.of(yearly, LocalDate.of(2026, 3, 1))).get()
                .isEqualTo(new CancellationDeadline(LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 30), 1));
        // and in the leap year 29.02.2028 for the term ending 30.03.2028
        assertThat(CancelBy.of(yearly, LocalDate.of(2027, 3, 1))).get()
                .isEqualTo(new CancellationDeadline(LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 30), 2));
    }

    @Test
    void a_tacit_contract_before_its_first_deadline_is_not_rolled() {
        assertThat(CancelBy.of(contract("2026-12-31", 3, Renewal.TACIT, 12), LocalDate.of(2026, 2, 10))).get()
                .isEqualTo(new CancellationDeadline(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 31), 0));
    }

    @Test
    void renewal_terms_are_counted_from_the_original_end_so_month_ends_do_not_drift() {
        // monthly renewal of a contract ending 31.01.: terms end 28.02., 31.03., 30.04. – never the 28th again
        ContractTerms monthly = contract("2026-01-31", 0, Renewal.TACIT, 1);
        assertThat(CancelBy.of(monthly, LocalDate.of(2026, 3, 15))).get()
                .isEqualTo(new CancellationDeadline(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 31), 2));
        assertThat(CancelBy.of(monthly, LocalDate.of(2026, 4, 1))).get().extracting(CancellationDeadline::termEnd)
                .isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void a_multi_year_renewal_period_jumps_whole_periods() {
        ContractTerms threeYears = contract("2024-12-31", 6, Renewal.TACIT, 36);
        assertThat(CancelBy.of(threeYears, LocalDate.of(2025, 1, 1))).get()
                .isEqualTo(new CancellationDeadline(LocalDate.of(2027, 6, 30), LocalDate.of(2027, 12, 31), 1));
    }

    @Test
    void an_express_contract_keeps_its_one_deadline_even_when_passed() {
        CancellationDeadline deadline = CancelBy.of(contract("2025-12-31", 3, Renewal.EXPRESS, null),
                LocalDate.of(2026, 2, 10)).orElseThrow();
        assertThat(deadline.cancelBy()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(deadline.passed(LocalDate.of(2026, 2, 10))).isTrue();
    }

    @Test
    void no_contract_no_deadline() {
        assertThat(CancelBy.of(null, EARLY)).isEmpty();
        assertThat(CancelBy.of(new ContractTerms(EARLY, null, 3, Renewal.TACIT, 12), EARLY)).isEmpty();
    }

    @Test
    void the_result_depends_only_on_the_reference_date_passed_in() {
        ContractTerms yearly = contract("2025-12-31", 3, Renewal.TACIT, 12);
        assertThat(CancelBy.of(yearly, LocalDate.of(2030, 1, 1))).get().extracting(CancellationDeadline::cancelBy)
                .isEqualTo(LocalDate.of(2030, 9, 30));
        assertThat(CancelBy.of(yearly, LocalDate.of(2030, 1, 1))).isEqualTo(CancelBy.of(yearly, LocalDate.of(2030, 1, 1)));
    }
}
