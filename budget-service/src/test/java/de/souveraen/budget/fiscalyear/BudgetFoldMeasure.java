package de.souveraen.budget.fiscalyear;

import de.souveraen.budget.commitment.Commitment;
import de.souveraen.budget.expense.Expense;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A micro-measurement, not a test: folds a year of 100,000 bookings into a {@link BudgetState} the way the
 * evolve functions do (a commitment for every fourth booking, then expenses that look up and settle it, record
 * their invoice key and check it for duplicates) and prints the best of 5 measured runs after 5 unmeasured
 * warm-up runs. Run it with the test class path: {@code java -Xms512m -Xmx512m
 * -cp target/test-classes:target/classes:<dependencies> de.souveraen.budget.fiscalyear.BudgetFoldMeasure}.
 */
public final class BudgetFoldMeasure {
    private static final int BOOKINGS = 100_000;

    private BudgetFoldMeasure() {
    }

    public static void main(String[] args) {
        UUID[] ids = new UUID[BOOKINGS];
        for (int i = 0; i < BOOKINGS; i++) {
            ids[i] = UUID.randomUUID();
        }
        LocalDate day = LocalDate.of(2027, 3, 1);
        BigDecimal amount = new BigDecimal("120.00");
        long best = Long.MAX_VALUE;
        long check = 0;
        for (int run = -4; run <= 5; run++) {
            long start = System.nanoTime();
            BudgetState state = BudgetState.NONE;
            UUID commitmentId = null;
            for (int i = 0; i < BOOKINGS; i++) {
                UUID id = ids[i];
                if (i % 4 == 0) {
                    if (state.commitment(id).isPresent()) {
                        throw new IllegalStateException("duplicate commitment");
                    }
                    state = state.withCommitment(id, new Commitment("1.1.01." + (i % 40), new BigDecimal("480.00"),
                            BigDecimal.ZERO, false, day));
                    commitmentId = id;
                    continue;
                }
                String invoiceKey = "RE-2027-" + i;
                if (state.expense(id).isPresent() || state.activeInvoice(invoiceKey).isPresent()) {
                    throw new IllegalStateException("duplicate expense");
                }
                Commitment commitment = state.commitment(commitmentId).orElseThrow();
                state = state.withCommitment(commitmentId, commitment.settleBy(amount));
                state = state.withExpense(id, new Expense(commitment.lineCode(), amount, commitmentId, amount,
                        invoiceKey, day, false));
                state = state.withInvoice(invoiceKey, id);
            }
            long nanos = System.nanoTime() - start;
            check += state.expenses().size() + state.commitments().size();
            if (run <= 0) {
                continue;
            }
            best = Math.min(best, nanos);
            System.out.printf("run %d: %d ms%n", run, nanos / 1_000_000);
        }
        System.out.printf("best of 5: %d ms for a year of %,d bookings (check %d)%n", best / 1_000_000, BOOKINGS,
                check);
    }
}
