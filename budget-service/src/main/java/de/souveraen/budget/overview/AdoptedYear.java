package de.souveraen.budget.overview;

import static de.souveraen.budget.fiscalyear.BudgetDecider.AGGREGATE;

import de.souveraen.budget.fiscalyear.BudgetRules;
import de.souveraen.budget.fiscalyear.BudgetState;
import de.souveraen.eventstore.store.AggregateStore;
import de.souveraen.eventstore.store.Versioned;
import io.smallrye.mutiny.Uni;

/**
 * The one read of an adopted fiscal year that the overview, the signed-in exports and the public open data share:
 * the year's state from {@code store} (the signed-in user's municipality, or {@code store.of(municipality)} for the
 * public pages), a 404 {@code budget-not-found} when the year was never adopted.
 */
public final class AdoptedYear {
    private AdoptedYear() {
    }

    /** The adopted year with its stream version (the overview's {@code ETag}). */
    public static Uni<Versioned<BudgetState>> read(AggregateStore store, int year) {
        return store.existing(AGGREGATE, year, BudgetState::adopted, () -> BudgetRules.notAdopted(year));
    }

    /** The adopted year's figures. */
    public static Uni<BudgetOverview> overview(AggregateStore store, int year) {
        return read(store, year).map(versioned -> BudgetOverview.of(versioned.state()));
    }
}
