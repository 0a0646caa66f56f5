package de.souveraen.budget.web;

import de.souveraen.budget.fiscalyear.BudgetCommand;
import de.souveraen.budget.fiscalyear.BudgetStore;
import de.souveraen.contracts.EventMetadata;
import de.souveraen.eventstore.idempotency.IdempotencyKey;
import de.souveraen.eventstore.web.Http;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/**
 * Runs a budget command for a resource and answers 201 with the id of what was created: exactly once under an
 * {@code Idempotency-Key} when the client sent one (scope: year and kind of request), otherwise plainly.
 */
@ApplicationScoped
public class Writes {
    private final BudgetStore store;

    Writes(BudgetStore store) {
        this.store = store;
    }

    public Uni<Response> create(BudgetCommand command, EventMetadata metadata, String idempotencyKey, String scope,
            Object request, Object id, String location) {
        IdempotencyKey once = Http.idempotencyKey(idempotencyKey, "budget:" + command.fiscalYear() + ":" + scope,
                request);
        return store.handleOnce(command, metadata, once, handled -> Http.created(id))
                .map(outcome -> Http.created(outcome, answered -> location.substring(0, location.lastIndexOf('/') + 1)
                        + answered));
    }
}
