package de.souveraen.budget.expense;

import de.souveraen.budget.commitment.Commitment;
import de.souveraen.budget.commitment.Commitments;
import de.souveraen.budget.fiscalyear.BudgetCommand.BookExpense;
import de.souveraen.budget.fiscalyear.BudgetCommand.ReverseExpense;
import de.souveraen.budget.fiscalyear.BudgetRules;
import de.souveraen.budget.fiscalyear.BudgetState;
import de.souveraen.budget.fiscalyear.LineState;
import de.souveraen.budget.funds.Funds;
import de.souveraen.contracts.budget.ExpenseBooked;
import de.souveraen.contracts.budget.ExpenseReversed;
import de.souveraen.contracts.budget.FiscalYearEvent;
import de.souveraen.contracts.budget.OverPlan;
import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Rejection.Kind;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Ist: expenses are booked, never edited or deleted; a reversal with a reason corrects them. An expense settling
 * a commitment takes the commitment's open part first; only the excess needs available funds (or an over-plan
 * approval), and only the excess is refused on a frozen line. Each invoice reference is booked once per fiscal
 * year; a reversed expense frees its reference so the corrected invoice can be booked again.
 */
public final class Expenses {
    private Expenses() {
    }

    public static List<FiscalYearEvent> book(BookExpense c, BudgetState state) {
        int year = state.fiscalYear();
        UUID id = Check.id("expenseId", "Die Kennung der Buchung", c.expenseId());
        BudgetRules.lineCode("lineCode", c.lineCode());
        BigDecimal amount = Check.positive("amount", "Der Betrag", c.amount());
        BudgetRules.dateInYear("bookedOn", "Das Buchungsdatum", c.bookedOn(), year);
        String vendor = Check.text("vendor", "Der Zahlungsempfänger", c.vendor(), 200);
        String description = Check.optionalText("description", "Die Beschreibung", c.description(), 1000);
        String invoiceRef = Check.text("invoiceRef", "Die Rechnungsnummer", c.invoiceRef(), 100);
        String approval = Commitments.approval(c.overPlanApprovalReference());
        if (state.expenses().containsKey(id)) {
            throw Rejection.conflict("expense-exists", "expenseId", "Diese Buchung ist bereits erfasst.",
                    "This expense is already booked.");
        }
        LineState line = BudgetRules.lineToBook(state, c.lineCode());
        state.activeInvoice(InvoiceRefs.key(invoiceRef)).ifPresent(other -> {
            throw duplicateInvoice(invoiceRef, other);
        });
        BigDecimal settled = c.commitmentId() == null ? Funds.ZERO
                : amount.min(settledCommitment(state, c.commitmentId(), line).open());
        BigDecimal excess = amount.subtract(settled);
        OverPlan overPlan = null;
        if (excess.signum() > 0) {
            BudgetRules.requireNotFrozen(line);
            overPlan = Funds.cover(line, excess, approval);
        }
        return List.of(new ExpenseBooked(year, id, line.code(), amount, c.bookedOn(), vendor, description, invoiceRef,
                c.commitmentId(), settled, overPlan));
    }

    public static List<FiscalYearEvent> reverse(ReverseExpense c, BudgetState state) {
        int year = state.fiscalYear();
        UUID reversalId = Check.id("reversalId", "Die Kennung der Stornobuchung", c.reversalId());
        UUID expenseId = Check.id("expenseId", "Die Kennung der Buchung", c.expenseId());
        String reason = Check.text("reason", "Der Stornogrund", c.reason(), 1000);
        BudgetRules.dateInYear("reversedOn", "Das Stornodatum", c.reversedOn(), year);
        Expense expense = state.expense(expenseId).orElseThrow(() -> new Rejection(Kind.NOT_FOUND,
                "expense-not-found", "expenseId", "Diese Buchung gibt es nicht.", "No such expense.", Map.of()));
        if (expense.reversed()) {
            throw Rejection.conflict("already-reversed", "expenseId", "Diese Buchung ist bereits storniert.",
                    "This expense has already been reversed.");
        }
        Check.notBefore("reversedOn", "Das Stornodatum", c.reversedOn(), expense.bookedOn(), "der Buchung",
                "the booking");
        BigDecimal restored = Funds.ZERO;
        if (expense.commitmentId() != null && !state.commitments().get(expense.commitmentId()).get().closed()) {
            restored = expense.settled();
        }
        return List.of(new ExpenseReversed(year, reversalId, expenseId, expense.lineCode(), expense.amount(),
                expense.invoiceRef(), reason, c.reversedOn(), expense.commitmentId(), restored));
    }

    private static Commitment settledCommitment(BudgetState state, UUID commitmentId, LineState line) {
        Commitment commitment = state.commitment(commitmentId).orElseThrow(() -> Check.invalid("unknown-commitment",
                "commitmentId", "Diese Mittelbindung gibt es nicht.", "No such commitment."));
        Commitments.requireOpen(commitment);
        if (!commitment.lineCode().equals(line.code())) {
            throw new Rejection(Kind.UNPROCESSABLE, "commitment-line-mismatch", "commitmentId",
                    "Die Mittelbindung gehört zur Position " + commitment.lineCode() + ", nicht zu " + line.code() + ".",
                    "The commitment belongs to line " + commitment.lineCode() + ", not " + line.code() + ".",
                    Map.of("lineCode", commitment.lineCode()));
        }
        return commitment;
    }

    private static Rejection duplicateInvoice(String invoiceRef, UUID other) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("invoiceRef", invoiceRef);
        extensions.put("expenseId", other);
        return new Rejection(Kind.CONFLICT, "duplicate-invoice", "invoiceRef",
                "Die Rechnung " + invoiceRef + " ist in diesem Haushaltsjahr bereits gebucht.",
                "Invoice " + invoiceRef + " is already booked in this fiscal year.", extensions);
    }

    public static BudgetState booked(BudgetState state, ExpenseBooked e) {
        BudgetState next = state.updateLine(e.lineCode(), line -> Commitments.withOverPlan(
                line.commitBy(e.settledAmount().negate()).spendBy(e.amount()), e.overPlan()));
        if (e.commitmentId() != null) {
            next = next.withCommitment(e.commitmentId(),
                    state.commitments().get(e.commitmentId()).get().settleBy(e.settledAmount()));
        }
        return next.withExpense(e.expenseId(), new Expense(e.lineCode(), e.amount(), e.commitmentId(),
                e.settledAmount(), e.invoiceRef(), e.bookedOn(), false))
                .withInvoice(InvoiceRefs.key(e.invoiceRef()), e.expenseId());
    }

    public static BudgetState reversed(BudgetState state, ExpenseReversed e) {
        BigDecimal restored = e.restoredToCommitment();
        BudgetState next = state.updateLine(e.lineCode(),
                line -> line.spendBy(e.amount().negate()).commitBy(restored));
        if (e.commitmentId() != null && restored.signum() != 0) {
            next = next.withCommitment(e.commitmentId(),
                    state.commitments().get(e.commitmentId()).get().settleBy(restored.negate()));
        }
        return next.withExpense(e.expenseId(), state.expenses().get(e.expenseId()).get().reverse());
    }
}
