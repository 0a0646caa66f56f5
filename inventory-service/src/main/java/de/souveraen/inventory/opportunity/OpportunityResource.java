package de.souveraen.inventory.opportunity;

import de.souveraen.contracts.EventMetadata;
import de.souveraen.contracts.inventory.OpportunityDetails;
import de.souveraen.contracts.inventory.OpportunityStatus;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.store.AggregateStore;
import de.souveraen.eventstore.store.Versioned;
import de.souveraen.eventstore.web.Http;
import de.souveraen.eventstore.web.Writes;
import de.souveraen.inventory.opportunity.OpportunityCommand.ChangeOpportunityStatus;
import de.souveraen.inventory.opportunity.OpportunityCommand.RecordOpportunity;
import de.souveraen.inventory.opportunity.OpportunityCommand.UpdateOpportunity;
import de.souveraen.inventory.tracked.StatusRequest;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The opportunities (savings, independence) of the programme: recording one creates it (201 with {@code Location});
 * a status change and a replacement of the details ({@code PUT}, {@code If-Match} required) answer 200.
 */
@Path("/api/opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpportunityResource {
    public record OpportunityView(UUID id, OpportunityDetails details, OpportunityStatus status) {

        static OpportunityView of(OpportunityState state) {
            return new OpportunityView(state.id(), state.details(), state.status());
        }
    }

    private final AggregateStore store;
    private final Writes writes;

    OpportunityResource(AggregateStore store, Writes writes) {
        this.store = store;
        this.writes = writes;
    }

    @POST
    @RolesAllowed("administration")
    public Uni<Response> record(OpportunityDetails body) {
        OpportunityDetails details = Http.body(body);
        UUID id = UUID.randomUUID();
        return writes.create(OpportunityDecider.AGGREGATE, id,
                new RecordOpportunity(id, details, Http.orToday(null, writes.metadata())), details, id,
                answered -> "/api/opportunities/" + answered);
    }

    /** Replaces the opportunity's details ({@code If-Match} required); 200. */
    @PUT
    @Path("/{id}")
    @RolesAllowed("administration")
    public Uni<Response> update(@PathParam("id") UUID id, OpportunityDetails body) {
        OpportunityDetails details = Http.body(body);
        EventMetadata metadata = writes.metadata();
        return existing(id).chain(ignored -> writes.replace(OpportunityDecider.AGGREGATE, id,
                new UpdateOpportunity(id, details, Http.orToday(null, metadata)), details));
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed("administration")
    public Uni<Response> status(@PathParam("id") UUID id, StatusRequest body) {
        StatusRequest r = Http.body(body);
        OpportunityStatus status = r.status(OpportunityStatus.class);
        EventMetadata metadata = writes.metadata();
        return existing(id).chain(ignored -> writes.change(OpportunityDecider.AGGREGATE, id,
                new ChangeOpportunityStatus(id, status, r.note(), Http.orToday(r.changedOn(), metadata)), r));
    }

    /** Opportunities by title (the municipality's table, sorted by the database). */
    @GET
    @RolesAllowed({"administration", "workgroup", "council"})
    @WithSession
    public Uni<List<OpportunityView>> opportunities() {
        return OpportunityRow.all(store.tenant()).map(states -> states.stream().map(OpportunityView::of).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<RestResponse<OpportunityView>> opportunityById(@PathParam("id") UUID id) {
        return existing(id).map(versioned -> Writes.tagged(versioned, OpportunityView::of));
    }

    private Uni<Versioned<OpportunityState>> existing(UUID id) {
        return store.existing(OpportunityDecider.AGGREGATE, id, OpportunityState::exists,
                () -> Rejection.notFound("opportunity-not-found", "Die Chance " + id + " ist nicht erfasst.",
                        "Opportunity " + id + " is not recorded."));
    }
}
