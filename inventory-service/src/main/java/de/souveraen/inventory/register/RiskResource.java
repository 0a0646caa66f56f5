package de.souveraen.inventory.register;

import de.souveraen.contracts.EventMetadata;
import de.souveraen.contracts.inventory.OpportunityDetails;
import de.souveraen.contracts.inventory.OpportunityStatus;
import de.souveraen.contracts.inventory.RiskDetails;
import de.souveraen.contracts.inventory.RiskStatus;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.idempotency.IdempotencyKey;
import de.souveraen.eventstore.web.Http;
import de.souveraen.eventstore.web.RequestMetadata;
import de.souveraen.inventory.opportunity.OpportunityCommand.ChangeOpportunityStatus;
import de.souveraen.inventory.opportunity.OpportunityCommand.RecordOpportunity;
import de.souveraen.inventory.opportunity.OpportunityDecider;
import de.souveraen.inventory.opportunity.OpportunityState;
import de.souveraen.inventory.risk.RiskCommand.ChangeRiskStatus;
import de.souveraen.inventory.risk.RiskCommand.RaiseRisk;
import de.souveraen.inventory.risk.RiskCommand.UpdateRisk;
import de.souveraen.inventory.risk.RiskDecider;
import de.souveraen.inventory.risk.RiskState;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The risk register and the opportunities (savings, independence) of the programme. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RiskResource {
    public record StatusRequest(String status, String note, LocalDate changedOn) {
    }

    public record RiskView(UUID id, RiskDetails details, RiskStatus status, Integer score) {
    }

    public record OpportunityView(UUID id, OpportunityDetails details, OpportunityStatus status) {
    }

    private final InventoryStore store;
    private final RequestMetadata request;

    RiskResource(InventoryStore store, RequestMetadata request) {
        this.store = store;
        this.request = request;
    }

    @POST
    @Path("/risks")
    @RolesAllowed("administration")
    public Uni<Response> raise(RiskDetails body, @HeaderParam(Http.IDEMPOTENCY_KEY) String key) {
        RiskDetails details = Http.body(body);
        IdempotencyKey once = Http.idempotencyKey(key, "inventory:risks", details);
        EventMetadata metadata = request.metadata();
        UUID id = UUID.randomUUID();
        return store.handle(InventoryStore.RISK, RiskDecider.streamId(id),
                new RaiseRisk(id, details, Http.orToday(null, metadata)), metadata, once, h -> Http.created(id))
                .map(outcome -> Http.created(outcome, answered -> "/api/risks/" + answered));
    }

    @PUT
    @Path("/risks/{id}")
    @RolesAllowed("administration")
    public Uni<Response> update(@PathParam("id") UUID id, RiskDetails body) {
        RiskDetails details = Http.body(body);
        EventMetadata metadata = request.metadata();
        return risk(id).chain(ignored -> store.handle(InventoryStore.RISK, RiskDecider.streamId(id),
                new UpdateRisk(id, details, Http.orToday(null, metadata)), metadata))
                .map(h -> Http.toResponse(Http.created(id), "/api/risks/" + id));
    }

    @POST
    @Path("/risks/{id}/status")
    @RolesAllowed("administration")
    public Uni<Response> riskStatus(@PathParam("id") UUID id, StatusRequest body) {
        StatusRequest r = Http.body(body);
        RiskStatus status = parse(RiskStatus.class, r.status());
        EventMetadata metadata = request.metadata();
        return risk(id).chain(ignored -> store.handle(InventoryStore.RISK, RiskDecider.streamId(id),
                new ChangeRiskStatus(id, status, r.note(), Http.orToday(r.changedOn(), metadata)), metadata))
                .map(h -> Http.toResponse(Http.created(id), "/api/risks/" + id));
    }

    /** Risks, highest likelihood × impact first. */
    @GET
    @Path("/risks")
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<List<RiskView>> risks() {
        return store.all(InventoryStore.RISK).map(states -> states.stream().filter(RiskState::exists)
                .map(s -> new RiskView(s.id(), s.details(), s.status(), score(s.details())))
                .sorted(Comparator.comparing((RiskView v) -> v.score() == null ? 0 : v.score()).reversed()
                        .thenComparing(v -> v.details().title()))
                .toList());
    }

    @GET
    @Path("/risks/{id}")
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<RiskView> riskById(@PathParam("id") UUID id) {
        return risk(id).map(s -> new RiskView(s.id(), s.details(), s.status(), score(s.details())));
    }

    @POST
    @Path("/opportunities")
    @RolesAllowed("administration")
    public Uni<Response> record(OpportunityDetails body, @HeaderParam(Http.IDEMPOTENCY_KEY) String key) {
        OpportunityDetails details = Http.body(body);
        IdempotencyKey once = Http.idempotencyKey(key, "inventory:opportunities", details);
        EventMetadata metadata = request.metadata();
        UUID id = UUID.randomUUID();
        return store.handle(InventoryStore.OPPORTUNITY, OpportunityDecider.streamId(id),
                new RecordOpportunity(id, details, Http.orToday(null, metadata)), metadata, once,
                h -> Http.created(id))
                .map(outcome -> Http.created(outcome, answered -> "/api/opportunities/" + answered));
    }

    @POST
    @Path("/opportunities/{id}/status")
    @RolesAllowed("administration")
    public Uni<Response> opportunityStatus(@PathParam("id") UUID id, StatusRequest body) {
        StatusRequest r = Http.body(body);
        OpportunityStatus status = parse(OpportunityStatus.class, r.status());
        EventMetadata metadata = request.metadata();
        return store.state(InventoryStore.OPPORTUNITY, OpportunityDecider.streamId(id)).chain(v -> {
            if (!v.state().exists()) {
                throw Rejection.notFound("opportunity-not-found", "Die Chance " + id + " ist nicht erfasst.",
                        "Opportunity " + id + " is not recorded.");
            }
            return store.handle(InventoryStore.OPPORTUNITY, OpportunityDecider.streamId(id),
                    new ChangeOpportunityStatus(id, status, r.note(), Http.orToday(r.changedOn(), metadata)),
                    metadata);
        }).map(h -> Http.toResponse(Http.created(id), "/api/opportunities/" + id));
    }

    @GET
    @Path("/opportunities")
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<List<OpportunityView>> opportunities() {
        return store.all(InventoryStore.OPPORTUNITY).map(states -> states.stream().filter(OpportunityState::exists)
                .map(s -> new OpportunityView(s.id(), s.details(), s.status()))
                .sorted(Comparator.comparing((OpportunityView v) -> v.details().title())).toList());
    }

    private Uni<RiskState> risk(UUID id) {
        return store.state(InventoryStore.RISK, RiskDecider.streamId(id)).map(v -> {
            if (!v.state().exists()) {
                throw Rejection.notFound("risk-not-found", "Das Risiko " + id + " ist nicht erfasst.",
                        "Risk " + id + " is not recorded.");
            }
            return v.state();
        });
    }

    private static Integer score(RiskDetails details) {
        return details.likelihood() == null || details.impact() == null ? null
                : details.likelihood() * details.impact();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            throw Rejection.invalid("required", "status", "Der Status fehlt.", "status is missing.");
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new Rejection(Rejection.Kind.BAD_REQUEST, "invalid-value", "status",
                    "Unbekannter Status " + value + ".", "Unknown status " + value + ".", java.util.Map.of());
        }
    }
}
