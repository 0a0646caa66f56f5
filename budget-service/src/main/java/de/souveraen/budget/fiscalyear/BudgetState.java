package de.souveraen.budget.fiscalyear;

import de.souveraen.budget.commitment.Commitment;
import de.souveraen.budget.expense.Expense;
import de.souveraen.contracts.budget.PlannedAmount;
import io.vavr.collection.HashMap;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The folded budget of one fiscal year, immutable and compact: per line the money sums, and for the year the
 * commitments, expenses, invoice references (normalised key → expense that used it last), carry-overs and
 * coverages (Deckungsfähigkeit) in persistent hash maps (Vavr's {@link HashMap}, a hash array mapped trie),
 * so evolving one event never copies the year. {@link #NONE} stands for "not adopted".
 */
public record BudgetState(int fiscalYear, String title, String resolution, LocalDate adoptedOn,
        Map<String, LineState> lines, List<PlannedAmount> financialPlan, HashMap<UUID, Commitment> commitments,
        HashMap<UUID, Expense> expenses, HashMap<String, UUID> invoices,
        HashMap<UUID, CarryOver> carryOvers, HashMap<UUID, Coverage> coverages) {

    public static final BudgetState NONE = new BudgetState(0, null, null, null, Map.of(), List.of(),
            HashMap.empty(), HashMap.empty(), HashMap.empty(), HashMap.empty(),
            HashMap.empty());

    public boolean adopted() {
        return fiscalYear != 0;
    }

    public Optional<LineState> line(String code) {
        return Optional.ofNullable(code == null ? null : lines.get(code));
    }

    public Optional<Commitment> commitment(UUID id) {
        return Optional.ofNullable(commitments.get(id).getOrNull());
    }

    public Optional<Expense> expense(UUID id) {
        return Optional.ofNullable(expenses.get(id).getOrNull());
    }

    /** The not-reversed expense that booked this normalised invoice key, if any. */
    public Optional<UUID> activeInvoice(String invoiceKey) {
        UUID expenseId = invoices.get(invoiceKey).getOrNull();
        if (expenseId == null || expenses.get(expenseId).get().reversed()) {
            return Optional.empty();
        }
        return Optional.of(expenseId);
    }

    public BudgetState withLine(LineState line) {
        Map<String, LineState> copy = new LinkedHashMap<>(lines);
        copy.put(line.code(), line);
        return new BudgetState(fiscalYear, title, resolution, adoptedOn, Collections.unmodifiableMap(copy),
                financialPlan, commitments, expenses, invoices, carryOvers, coverages);
    }

    public BudgetState withFinancialPlan(List<PlannedAmount> plan) {
        return new BudgetState(fiscalYear, title, resolution, adoptedOn, lines, List.copyOf(plan), commitments,
                expenses, invoices, carryOvers, coverages);
    }

    public BudgetState withCommitment(UUID id, Commitment commitment) {
        return new BudgetState(fiscalYear, title, resolution, adoptedOn, lines, financialPlan,
                commitments.put(id, commitment), expenses, invoices, carryOvers, coverages);
    }

    public BudgetState withExpense(UUID id, Expense expense) {
        return new BudgetState(fiscalYear, title, resolution, adoptedOn, lines, financialPlan, commitments,
                expenses.put(id, expense), invoices, carryOvers, coverages);
    }

    public BudgetState withInvoice(String invoiceKey, UUID expenseId) {
        return new BudgetState(fiscalYear, title, resolution, adoptedOn, lines, financialPlan, commitments, expenses,
                invoices.put(invoiceKey, expenseId), carryOvers, coverages);
    }

    public BudgetState withCarryOver(UUID id, CarryOver carryOver) {
        return new BudgetState(fiscalYear, title, resolution, adoptedOn, lines, financialPlan, commitments, expenses,
                invoices, carryOvers.put(id, carryOver), coverages);
    }

    public BudgetState withCoverage(UUID id, Coverage coverage) {
        return new BudgetState(fiscalYear, title, resolution, adoptedOn, lines, financialPlan, commitments, expenses,
                invoices, carryOvers, coverages.put(id, coverage));
    }

    /** Applies {@code change} to an existing line. */
    public BudgetState updateLine(String code, UnaryOperator<LineState> change) {
        LineState line = lines.get(code);
        if (line == null) {
            throw new IllegalStateException("no line " + code + " in budget " + fiscalYear);
        }
        return withLine(change.apply(line));
    }
}
