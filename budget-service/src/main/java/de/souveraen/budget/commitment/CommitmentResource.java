package de.souveraen.budget.commitment;

import static de.souveraen.budget.fiscalyear.BudgetDecider.AGGREGATE;

import de.souveraen.budget.fiscalyear.BudgetCommand.AdjustCommitment;
import de.souveraen.budget.fiscalyear.BudgetCommand.CommitFunds;
import de.souveraen.budget.fiscalyear.BudgetCommand.ReleaseCommitment;
import de.souveraen.eventstore.web.Http;
import de.souveraen.eventstore.web.Writes;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Commitments (Mittelbindung): bind (201, {@code Location} the commitment's audit trail), adjust and release (200
 * with the year's new version: the year is one stream).
 */
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

    CommitmentResource(Writes writes) {
        this.writes = writes;
    }

    @POST
    @Parameter(in = ParameterIn.HEADER, name = Http.IDEMPOTENCY_KEY)
    public Uni<Response> commit(@PathParam("year") int year, CommitRequest body) {
        CommitRequest r = Http.body(body);
        UUID id = UUID.randomUUID();
        CommitFunds command = new CommitFunds(year, id, r.lineCode(), r.amount(), r.vendor(), r.reference(),
                r.description(), Http.orToday(r.committedOn(), writes.metadata()), r.overPlanApprovalReference());
        return writes.create(AGGREGATE, year, command, r, id,
                created -> "/api/budgets/" + year + "/audit/" + created);
    }

    @POST
    @Path("/{id}/adjustment")
    @Parameter(in = ParameterIn.HEADER, name = Http.IDEMPOTENCY_KEY)
    public Uni<Response> adjust(@PathParam("year") int year, @PathParam("id") UUID id, AdjustRequest body) {
        AdjustRequest r = Http.body(body);
        AdjustCommitment command = new AdjustCommitment(year, id, r.amount(), r.reason(),
                Http.orToday(r.adjustedOn(), writes.metadata()), r.overPlanApprovalReference());
        return writes.change(AGGREGATE, year, command, r);
    }

    @POST
    @Path("/{id}/release")
    public Uni<Response> release(@PathParam("year") int year, @PathParam("id") UUID id, ReleaseRequest body) {
        ReleaseRequest r = Http.body(body);
        return writes.change(AGGREGATE, year,
                new ReleaseCommitment(year, id, r.reason(), Http.orToday(r.releasedOn(), writes.metadata())), r);
    }
}
