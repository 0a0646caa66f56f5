package de.souveraen.budget.commitment;

import de.souveraen.budget.fiscalyear.BudgetCommand.AdjustCommitment;
import de.souveraen.budget.fiscalyear.BudgetCommand.CommitFunds;
import de.souveraen.budget.fiscalyear.BudgetCommand.ReleaseCommitment;
import de.souveraen.eventstore.web.Http;
import de.souveraen.budget.web.Writes;
import de.souveraen.contracts.EventMetadata;
import de.souveraen.eventstore.web.RequestMetadata;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Commitments (Mittelbindung): bind, adjust, release. */
@Path("/api/budgets/{year}/commitments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("administration")
public class CommitmentResource {
    public record CommitRequest(String lineCode, BigDecimal amount, String vendor, String reference,
            String description, LocalDate committedOn, String overPlanApprovalReference) {
    }

    public record AdjustRequest(BigDecimal amount, String reason, LocalDate adjustedOn,
            String overPlanApprovalReference) {
    }

    public record ReleaseRequest(String reason, LocalDate releasedOn) {
    }

    private final Writes writes;
    private final RequestMetadata request;

    CommitmentResource(Writes writes, RequestMetadata request) {
        this.writes = writes;
        this.request = request;
    }

    @POST
    public Uni<Response> commit(@PathParam("year") int year, CommitRequest body,
            @HeaderParam(Http.IDEMPOTENCY_KEY) String key) {
        CommitRequest r = Http.body(body);
        EventMetadata metadata = request.metadata();
        UUID id = UUID.randomUUID();
        CommitFunds command = new CommitFunds(year, id, r.lineCode(), r.amount(), r.vendor(), r.reference(),
                r.description(), Http.orToday(r.committedOn(), metadata), r.overPlanApprovalReference());
        return writes.create(command, metadata, Http.idempotencyKey(key, false), "commitments", r, id,
                "/api/budgets/" + year + "/commitments/" + id);
    }

    @POST
    @Path("/{id}/adjustment")
    public Uni<Response> adjust(@PathParam("year") int year, @PathParam("id") UUID id, AdjustRequest body,
            @HeaderParam(Http.IDEMPOTENCY_KEY) String key) {
        AdjustRequest r = Http.body(body);
        EventMetadata metadata = request.metadata();
        AdjustCommitment command = new AdjustCommitment(year, id, r.amount(), r.reason(),
                Http.orToday(r.adjustedOn(), metadata), r.overPlanApprovalReference());
        return writes.create(command, metadata, Http.idempotencyKey(key, false), "commitment-adjustments:" + id, r,
                id, "/api/budgets/" + year + "/commitments/" + id);
    }

    @POST
    @Path("/{id}/release")
    public Uni<Response> release(@PathParam("year") int year, @PathParam("id") UUID id, ReleaseRequest body) {
        ReleaseRequest r = Http.body(body);
        EventMetadata metadata = request.metadata();
        return writes.create(new ReleaseCommitment(year, id, r.reason(), Http.orToday(r.releasedOn(), metadata)),
                metadata, null, null, r, id, "/api/budgets/" + year + "/commitments/" + id);
    }
}
