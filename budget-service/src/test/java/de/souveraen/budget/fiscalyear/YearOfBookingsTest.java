package de.souveraen.budget.fiscalyear;

import static de.souveraen.budget.testing.Budget2026.YEAR;
import static de.souveraen.budget.testing.Budget2026.adopted;
import static de.souveraen.budget.testing.Budget2026.eur;
import static de.souveraen.budget.testing.Budget2026.id;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.budget.FreezeAuthority;
import de.souveraen.budget.fiscalyear.BudgetCommand.AdjustAppropriation;
import de.souveraen.budget.fiscalyear.BudgetCommand.AdjustCommitment;
import de.souveraen.budget.fiscalyear.BudgetCommand.BookExpense;
import de.souveraen.budget.fiscalyear.BudgetCommand.CommitFunds;
import de.souveraen.budget.fiscalyear.BudgetCommand.FreezeLine;
import de.souveraen.budget.fiscalyear.BudgetCommand.ReleaseCommitment;
import de.souveraen.budget.fiscalyear.BudgetCommand.ReleaseLine;
import de.souveraen.budget.fiscalyear.BudgetCommand.ReverseExpense;
import de.souveraen.budget.overview.BudgetOverview;
import de.souveraen.budget.overview.LineOverview;
import de.souveraen.budget.testing.Budget2026;
import de.souveraen.contracts.budget.AdjustmentKind;
import de.souveraen.contracts.budget.ExpenseBooked;
import de.souveraen.contracts.budget.ExpenseReversed;
import de.souveraen.contracts.budget.FiscalYearEvent;
import de.souveraen.contracts.budget.FundsCommitted;
import de.souveraen.eventstore.domain.Rejection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A whole year of mixed commands (seeded, so every run is the same): whatever is accepted, no line ever shows
 * more committed and spent than its adjusted appropriation unless an over-plan approval raised it, the money
 * totals agree with a recount from the events alone, and folding the history from scratch gives the same state as
 * evolving it step by step.
 */
class YearOfBookingsTest {
    private static final BudgetDecider DECIDER = new BudgetDecider();
    private static final List<String> LINES = Budget2026.LINES.stream().map(l -> l.code()).toList();

    @Test
    void a_year_of_mixed_commands_keeps_every_line_consistent() {
        Random random = new Random(2026);
        List<FiscalYearEvent> history = new ArrayList<>(List.of(adopted()));
        BudgetState state = DECIDER.fold(history);
        List<Long> commitments = new ArrayList<>();
        List<Long> expenses = new ArrayList<>();
        int accepted = 0;
        int refused = 0;
        for (long n = 1; n <= 3000; n++) {
            BudgetCommand command = next(random, n, commitments, expenses);
            List<FiscalYearEvent> events;
            try {
                events = DECIDER.decide(command, state);
            } catch (Rejection rejection) {
                refused++;
                continue;
            }
            accepted++;
            for (FiscalYearEvent event : events) {
                state = DECIDER.evolve(state, event);
                history.add(event);
                if (event instanceof FundsCommitted e) {
                    commitments.add(e.commitmentId().getLeastSignificantBits());
                } else if (event instanceof ExpenseBooked e) {
                    expenses.add(e.expenseId().getLeastSignificantBits());
                }
            }
            for (LineState line : state.lines().values()) {
                assertThat(line.available().signum()).as("available of %s after %s", line.code(), command)
                        .isGreaterThanOrEqualTo(0);
            }
        }
        assertThat(accepted).isGreaterThan(1000);
        assertThat(refused).isGreaterThan(100);
        assertThat(DECIDER.fold(history)).isEqualTo(state);
        assertRecount(history, BudgetOverview.of(state));
    }

    /** spent per line = booked − reversed, counted from the events alone. */
    private static void assertRecount(List<FiscalYearEvent> history, BudgetOverview overview) {
        Map<String, BigDecimal> spent = new HashMap<>();
        for (FiscalYearEvent event : history) {
            if (event instanceof ExpenseBooked e) {
                spent.merge(e.lineCode(), e.amount(), BigDecimal::add);
            } else if (event instanceof ExpenseReversed e) {
                spent.merge(e.lineCode(), e.amount().negate(), BigDecimal::add);
            }
        }
        BigDecimal total = eur("0.00");
        for (LineOverview line : overview.lines()) {
            assertThat(line.spent()).as("spent of %s", line.code())
                    .isEqualByComparingTo(spent.getOrDefault(line.code(), BigDecimal.ZERO));
            assertThat(line.available()).isEqualTo(line.adjusted().subtract(line.committed()).subtract(line.spent()));
            total = total.add(line.available());
        }
        assertThat(overview.available()).isEqualTo(total);
    }

    private static BudgetCommand next(Random random, long n, List<Long> commitments, List<Long> expenses) {
        String line = LINES.get(random.nextInt(LINES.size()));
        LocalDate date = LocalDate.of(YEAR, 1, 1).plusDays(random.nextInt(365));
        BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(10000), 2);
        String approval = random.nextInt(20) == 0 ? "Üpl " + n : null;
        int pick = random.nextInt(100);
        if (pick < 30) {
            return new CommitFunds(YEAR, id(n), line, amount, "Firma " + n, "B-" + n, null, date, approval);
        } else if (pick < 65) {
            Long commitment = random.nextBoolean() && !commitments.isEmpty()
                    ? commitments.get(random.nextInt(commitments.size())) : null;
            String invoice = "RE-" + random.nextInt(2500);
            return new BookExpense(YEAR, id(n), line, amount, date, "Firma " + n, null, invoice,
                    commitment == null ? null : id(commitment), approval);
        } else if (pick < 75 && !expenses.isEmpty()) {
            long expense = expenses.get(random.nextInt(expenses.size()));
            return new ReverseExpense(YEAR, id(n), id(expense), "Korrektur", LocalDate.of(YEAR, 12, 31));
        } else if (pick < 82 && !commitments.isEmpty()) {
            long commitment = commitments.get(random.nextInt(commitments.size()));
            return new ReleaseCommitment(YEAR, id(commitment), "erledigt", LocalDate.of(YEAR, 12, 31));
        } else if (pick < 90 && !commitments.isEmpty()) {
            long commitment = commitments.get(random.nextInt(commitments.size()));
            return new AdjustCommitment(YEAR, id(commitment), amount, "Nachtrag", LocalDate.of(YEAR, 12, 31),
                    approval);
        } else if (pick < 94) {
            return new AdjustAppropriation(YEAR, line, AdjustmentKind.SUPPLEMENTARY,
                    random.nextBoolean() ? amount : amount.negate(), "Nachtrag " + n, date, null, null);
        } else if (pick < 97) {
            return new FreezeLine(YEAR, line, FreezeAuthority.TREASURER, "Sperre " + n, null, date);
        }
        return new ReleaseLine(YEAR, line, "Freigabe " + n, null, date);
    }

    @Test
    void a_year_with_many_thousand_bookings_folds_into_the_right_totals() {
        List<FiscalYearEvent> history = new ArrayList<>();
        history.add(adopted());
        int bookings = 20_000;
        for (int i = 1; i <= bookings; i++) {
            history.add(new ExpenseBooked(YEAR, id(i), Budget2026.PROTOTYPEN, eur("0.10"), LocalDate.of(YEAR, 6, 1),
                    "Firma", null, "RE-" + i, null, eur("0.00"), null));
        }
        BudgetState state = DECIDER.fold(history);
        assertThat(state.expenses().size()).isEqualTo(bookings);
        assertThat(state.line(Budget2026.PROTOTYPEN).orElseThrow().spent()).isEqualTo(eur("2000.00"));
        assertThat(state.activeInvoice("RE-12345")).contains(id(12345));
    }
}
