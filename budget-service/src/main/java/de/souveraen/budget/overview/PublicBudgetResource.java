package de.souveraen.budget.overview;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.souveraen.budget.fiscalyear.BudgetRules;
import de.souveraen.budget.ledger.LedgerExports;
import de.souveraen.eventstore.store.AggregateStore;
import de.souveraen.eventstore.store.Streams;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The budget plan is public (the council adopts it in a public session): a municipality's overview per year and its
 * Fiscal Data Package are open data, for anyone, under the municipality's key. The journal with the individual
 * bookings and vendors is not: it stays for signed-in roles ({@code /api/budgets/{year}/bookings}).
 */
@Path("/api/public/{tenant}/budgets/{year}")
@PermitAll
public class PublicBudgetResource {
    private final AggregateStore store;

    PublicBudgetResource(AggregateStore store) {
        this.store = store;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<BudgetOverview> overview(@PathParam("tenant") String tenant, @PathParam("year") int year) {
        return adopted(tenant, year);
    }

    @GET
    @Path("/fiscal-data-package/datapackage.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<ObjectNode> dataPackage(@PathParam("tenant") String tenant, @PathParam("year") int year) {
        return adopted(tenant, year).map(overview -> LedgerExports.dataPackage(overview, tenant));
    }

    @GET
    @Path("/fiscal-data-package/budget.csv")
    @Produces("text/csv")
    public Uni<Response> fiscalDataCsv(@PathParam("tenant") String tenant, @PathParam("year") int year) {
        return adopted(tenant, year).map(overview -> Response.ok(LedgerExports.fiscalDataCsv(overview))
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"haushalt-" + year + ".csv\"").build());
    }

    /** The adopted year of the municipality; an unknown municipality or year is the same 404. */
    private Uni<BudgetOverview> adopted(String tenant, int year) {
        if (!Streams.validTenant(tenant)) {
            return Uni.createFrom().failure(BudgetRules.notAdopted(year));
        }
        return AdoptedYear.overview(store.of(tenant), year);
    }
}
