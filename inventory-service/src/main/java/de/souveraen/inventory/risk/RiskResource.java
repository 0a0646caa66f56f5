package de.souveraen.inventory.risk;

import de.souveraen.contracts.EventMetadata;
import de.souveraen.contracts.inventory.RiskDetails;
import de.souveraen.contracts.inventory.RiskStatus;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.store.AggregateStore;
import de.souveraen.eventstore.store.Versioned;
import de.souveraen.eventstore.web.HistoryEntry;
import de.souveraen.eventstore.web.Http;
import de.souveraen.eventstore.web.Writes;
import de.souveraen.inventory.risk.RiskCommand.ChangeRiskStatus;
import de.souveraen.inventory.risk.RiskCommand.RaiseRisk;
import de.souveraen.inventory.risk.RiskCommand.UpdateRisk;
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
 * The risk register of the programme: raising a risk creates one (201 with {@code Location}); replacing its details
 * ({@code PUT}, {@code If-Match} required) and its status changes answer 200.
 */
@Path("/api/risks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RiskResource {
    public record RiskView(UUID id, RiskDetails details, RiskStatus status, Integer score) {

        static RiskView of(RiskState state) {
            RiskDetails details = state.details();
            Integer score = details.likelihood() == null || details.impact() == null ? null
                    : details.likelihood() * details.impact();
            return new RiskView(state.id(), details, state.status(), score);
        }
    }

    private final AggregateStore store;
    private final Writes writes;

    RiskResource(AggregateStore store, Writes writes) {
        this.store = store;
        this.writes = writes;
    }

    @POST
    @RolesAllowed("administration")
    public Uni<Response> raise(RiskDetails body) {
        RiskDetails details = Http.body(body);
        UUID id = UUID.randomUUID();
        return writes.create(RiskDecider.AGGREGATE, id,
                new RaiseRisk(id, details, Http.orToday(null, writes.metadata())), details, id,
                answered -> "/api/risks/" + answered);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("administration")
    public Uni<Response> update(@PathParam("id") UUID id, RiskDetails body) {
        RiskDetails details = Http.body(body);
        EventMetadata metadata = writes.metadata();
        return existing(id).chain(ignored -> writes.replace(RiskDecider.AGGREGATE, id,
                new UpdateRisk(id, details, Http.orToday(null, metadata)), details));
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed("administration")
    public Uni<Response> status(@PathParam("id") UUID id, StatusRequest body) {
        StatusRequest r = Http.body(body);
        RiskStatus status = r.status(RiskStatus.class);
        EventMetadata metadata = writes.metadata();
        return existing(id).chain(ignored -> writes.change(RiskDecider.AGGREGATE, id,
                new ChangeRiskStatus(id, status, r.note(), Http.orToday(r.changedOn(), metadata)), r));
    }

    /** Risks, highest likelihood × impact first (the municipality's table, sorted by the database). */
    @GET
    @RolesAllowed({"administration", "workgroup", "council"})
    @WithSession
    public Uni<List<RiskView>> risks() {
        return RiskRow.all(store.tenant()).map(states -> states.stream().map(RiskView::of).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<RestResponse<RiskView>> riskById(@PathParam("id") UUID id) {
        return existing(id).map(versioned -> Writes.tagged(versioned, RiskView::of));
    }

    /** Who changed the risk when, and how: every event of its stream, oldest first. */
    @GET
    @Path("/{id}/history")
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<List<HistoryEntry>> history(@PathParam("id") UUID id) {
        return HistoryEntry.read(existing(id), store, RiskDecider.AGGREGATE, id);
    }

    private Uni<Versioned<RiskState>> existing(UUID id) {
        return store.existing(RiskDecider.AGGREGATE, id, RiskState::exists,
                () -> Rejection.notFound("risk-not-found", "Das Risiko " + id + " ist nicht erfasst.",
                        "Risk " + id + " is not recorded."));
    }
}
