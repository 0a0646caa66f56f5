package de.souveraen.budget.overview;

import de.souveraen.eventstore.store.AggregateStore;
import de.souveraen.eventstore.web.Writes;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * {@code GET /api/budgets/{year}}: the year's figures, with the year's {@code ETag} (its stream version) for a
 * client's next {@code If-Match}. Any signed-in role.
 */
@Path("/api/budgets/{year}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"administration", "workgroup", "council"})
public class OverviewResource {
    private final AggregateStore store;

    OverviewResource(AggregateStore store) {
        this.store = store;
    }

    @GET
    public Uni<RestResponse<BudgetOverview>> overview(@PathParam("year") int year) {
        return AdoptedYear.read(store, year).map(versioned -> Writes.tagged(versioned, BudgetOverview::of));
    }
}
