package de.souveraen.contracts.budget;

import de.souveraen.contracts.DomainEvent;

/**
 * The published language of the budget context: everything that happens to the budget of one fiscal year
 * (stream {@code budget-<fiscalYear>}, e.g. {@code budget-2026}). Every event names its {@code fiscalYear};
 * amounts are EUR with scale 2, dates are business dates.
 * <p>
 * Terms (NKF, as a German Kämmerei uses them): <b>appropriated</b> = Ansatz as adopted, <b>adjusted</b> =
 * fortgeschriebener Ansatz (after supplementary, over-plan and unplanned amounts, carry-overs and transfers
 * between lines of a coverage), <b>committed</b> = open part of the Mittelbindungen, <b>spent</b> = Ist,
 * <b>available</b> = adjusted − committed − spent.
 * <p>
 * The context has one aggregate, the fiscal year; its events are the {@link FiscalYearEvent}s.
 */
public sealed interface BudgetEvent extends DomainEvent permits FiscalYearEvent {

    int fiscalYear();
}
