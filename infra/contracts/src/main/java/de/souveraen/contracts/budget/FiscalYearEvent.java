package de.souveraen.contracts.budget;

/**
 * The events of the budget context's one aggregate, the budget of a fiscal year (stream
 * {@code budget-<fiscalYear>}): what its decider may decide and its state is folded from.
 */
public sealed interface FiscalYearEvent extends BudgetEvent permits BudgetAdopted, BudgetLineAdded,
        AppropriationAdjusted, AppropriationCarriedOver, CarryOverReceived, BudgetLineFrozen, BudgetLineReleased,
        FinancialPlanRecorded, FundsCommitted, CommitmentAdjusted, CommitmentReleased, ExpenseBooked, ExpenseReversed,
        CoverageDeclared, FundsTransferred, LineClassified, CommitmentsCarriedOver, CommitmentsReceived {
}
