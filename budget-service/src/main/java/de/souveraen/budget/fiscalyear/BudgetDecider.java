package de.souveraen.budget.fiscalyear;

import de.souveraen.budget.appropriation.Adjustments;
import de.souveraen.budget.appropriation.Adoption;
import de.souveraen.budget.appropriation.CarryOvers;
import de.souveraen.budget.appropriation.Classifications;
import de.souveraen.budget.imports.Imports;
import de.souveraen.budget.appropriation.Coverages;
import de.souveraen.budget.appropriation.FinancialPlanning;
import de.souveraen.budget.appropriation.Freezes;
import de.souveraen.budget.commitment.Commitments;
import de.souveraen.budget.expense.Expenses;
import de.souveraen.budget.fiscalyear.BudgetCommand.AdjustAppropriation;
import de.souveraen.budget.fiscalyear.BudgetCommand.AdjustCommitment;
import de.souveraen.budget.fiscalyear.BudgetCommand.AdoptBudget;
import de.souveraen.budget.fiscalyear.BudgetCommand.BookExpense;
import de.souveraen.budget.fiscalyear.BudgetCommand.CarryOverAppropriation;
import de.souveraen.budget.fiscalyear.BudgetCommand.ClassifyLine;
import de.souveraen.budget.fiscalyear.BudgetCommand.CommitFunds;
import de.souveraen.budget.fiscalyear.BudgetCommand.ImportBookings;
import de.souveraen.budget.fiscalyear.BudgetCommand.DeclareCoverage;
import de.souveraen.budget.fiscalyear.BudgetCommand.FreezeLine;
import de.souveraen.budget.fiscalyear.BudgetCommand.ReceiveCarryOver;
import de.souveraen.budget.fiscalyear.BudgetCommand.RecordFinancialPlan;
import de.souveraen.budget.fiscalyear.BudgetCommand.ReleaseCommitment;
import de.souveraen.budget.fiscalyear.BudgetCommand.ReleaseLine;
import de.souveraen.budget.fiscalyear.BudgetCommand.ReverseExpense;
import de.souveraen.budget.fiscalyear.BudgetCommand.TransferFunds;
import de.souveraen.contracts.budget.AppropriationAdjusted;
import de.souveraen.contracts.budget.AppropriationCarriedOver;
import de.souveraen.contracts.budget.BudgetAdopted;
import de.souveraen.contracts.budget.BudgetLineAdded;
import de.souveraen.contracts.budget.BudgetLineFrozen;
import de.souveraen.contracts.budget.BudgetLineReleased;
import de.souveraen.contracts.budget.CarryOverReceived;
import de.souveraen.contracts.budget.CommitmentAdjusted;
import de.souveraen.contracts.budget.CommitmentReleased;
import de.souveraen.contracts.budget.CommitmentsCarriedOver;
import de.souveraen.contracts.budget.CommitmentsReceived;
import de.souveraen.contracts.budget.LineClassified;
import de.souveraen.contracts.budget.CoverageDeclared;
import de.souveraen.contracts.budget.ExpenseBooked;
import de.souveraen.contracts.budget.ExpenseReversed;
import de.souveraen.contracts.budget.FinancialPlanRecorded;
import de.souveraen.contracts.budget.FiscalYearEvent;
import de.souveraen.contracts.budget.FundsCommitted;
import de.souveraen.contracts.budget.FundsTransferred;
import de.souveraen.eventstore.domain.Decider;
import de.souveraen.eventstore.store.Aggregate;
import java.util.List;
import java.util.Objects;

/**
 * The budget of one fiscal year, one stream ({@code budget-2026}): what is available per line and in total, the
 * uniqueness of invoice references within the year and the race for the last euros are all decided inside this
 * one stream, so the store's optimistic concurrency keeps them consistent. The rules live in the feature
 * packages; this class only routes.
 */
public final class BudgetDecider implements Decider<BudgetCommand, BudgetState, FiscalYearEvent> {
    public static final String STREAM_TYPE = "budget";

    /** The budget of a fiscal year as the store addresses it: id = the year, stream {@code budget-<year>}. */
    public static final Aggregate<BudgetCommand, BudgetState, FiscalYearEvent> AGGREGATE = new Aggregate<>(STREAM_TYPE,
            new BudgetDecider(), FiscalYearEvent.class);

    @Override
    public BudgetState initialState() {
        return BudgetState.NONE;
    }

    @Override
    public List<FiscalYearEvent> decide(BudgetCommand command, BudgetState state) {
        Objects.requireNonNull(command, "command");
        if (command instanceof AdoptBudget c) {
            return Adoption.adopt(c, state);
        }
        BudgetRules.requireAdopted(state, command.fiscalYear());
        if (command instanceof AdjustAppropriation c) {
            return Adjustments.adjust(c, state);
        } else if (command instanceof CarryOverAppropriation c) {
            return CarryOvers.carryOver(c, state);
        } else if (command instanceof ReceiveCarryOver c) {
            return CarryOvers.receive(c, state);
        } else if (command instanceof ClassifyLine c) {
            return Classifications.classify(c, state);
        } else if (command instanceof ImportBookings c) {
            return Imports.book(c, state);
        } else if (command instanceof FreezeLine c) {
            return Freezes.freeze(c, state);
        } else if (command instanceof ReleaseLine c) {
            return Freezes.release(c, state);
        } else if (command instanceof RecordFinancialPlan c) {
            return FinancialPlanning.record(c, state);
        } else if (command instanceof DeclareCoverage c) {
            return Coverages.declare(c, state);
        } else if (command instanceof TransferFunds c) {
            return Coverages.transfer(c, state);
        } else if (command instanceof CommitFunds c) {
            return Commitments.commit(c, state);
        } else if (command instanceof AdjustCommitment c) {
            return Commitments.adjust(c, state);
        } else if (command instanceof ReleaseCommitment c) {
            return Commitments.release(c, state);
        } else if (command instanceof BookExpense c) {
            return Expenses.book(c, state);
        } else if (command instanceof ReverseExpense c) {
            return Expenses.reverse(c, state);
        }
        throw new IllegalArgumentException("unknown budget command " + command.getClass().getName());
    }

    @Override
    public BudgetState evolve(BudgetState state, FiscalYearEvent event) {
        if (event instanceof BudgetAdopted e) {
            return Adoption.adopted(e);
        } else if (event instanceof BudgetLineAdded e) {
            return Adjustments.lineAdded(state, e);
        } else if (event instanceof AppropriationAdjusted e) {
            return Adjustments.adjusted(state, e);
        } else if (event instanceof AppropriationCarriedOver e) {
            return CarryOvers.carriedOver(state, e);
        } else if (event instanceof CarryOverReceived e) {
            return CarryOvers.received(state, e);
        } else if (event instanceof LineClassified e) {
            return Classifications.classified(state, e);
        } else if (event instanceof CommitmentsCarriedOver e) {
            return CarryOvers.commitmentsCarriedOver(state, e);
        } else if (event instanceof CommitmentsReceived e) {
            return CarryOvers.commitmentsReceived(state, e);
        } else if (event instanceof BudgetLineFrozen e) {
            return Freezes.frozen(state, e);
        } else if (event instanceof BudgetLineReleased e) {
            return Freezes.released(state, e);
        } else if (event instanceof FinancialPlanRecorded e) {
            return FinancialPlanning.recorded(state, e);
        } else if (event instanceof CoverageDeclared e) {
            return Coverages.declared(state, e);
        } else if (event instanceof FundsTransferred e) {
            return Coverages.transferred(state, e);
        } else if (event instanceof FundsCommitted e) {
            return Commitments.committed(state, e);
        } else if (event instanceof CommitmentAdjusted e) {
            return Commitments.adjusted(state, e);
        } else if (event instanceof CommitmentReleased e) {
            return Commitments.released(state, e);
        } else if (event instanceof ExpenseBooked e) {
            return Expenses.booked(state, e);
        } else if (event instanceof ExpenseReversed e) {
            return Expenses.reversed(state, e);
        }
        throw new IllegalArgumentException("not a budget event: " + event.getClass().getName());
    }
}
