package de.souveraen.budget.appropriation;

import de.souveraen.budget.fiscalyear.BudgetCommand.DeclareCoverage;
import de.souveraen.budget.fiscalyear.BudgetCommand.TransferFunds;
import de.souveraen.budget.web.Writes;
import de.souveraen.contracts.EventMetadata;
import de.souveraen.eventstore.web.Http;
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
import java.util.List;
import java.util.UUID;

/** Deckungsfähigkeit (§ 21 KomHVO NRW): declare a coverage, transfer funds between its lines. */
@Path("/api/budgets/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("administration")
public class CoverageResource {
    public record CoverageRequest(List<String> lineCodes, Boolean mutual, String reference, LocalDate declaredOn) {
    }

    public record TransferRequest(String fromLine, String toLine, BigDecimal amount, String reference,
            LocalDate transferredOn, String reason) {
    }

    private final Writes writes;
    private final RequestMetadata request;

    CoverageResource(Writes writes, RequestMetadata request) {
        this.writes = writes;
        this.request = request;
    }

    @POST
    @Path("/coverage")
    public Uni<Response> declare(@PathParam("year") int year, CoverageRequest body,
            @HeaderParam(Http.IDEMPOTENCY_KEY) String key) {
        CoverageRequest r = Http.body(body);
        EventMetadata metadata = request.metadata();
        UUID id = UUID.randomUUID();
        DeclareCoverage command = new DeclareCoverage(year, id, r.lineCodes(), r.mutual(), r.reference(),
                Http.orToday(r.declaredOn(), metadata));
        return writes.create(command, metadata, Http.idempotencyKey(key, false), "coverage", r, id,
                "/api/budgets/" + year + "/coverage/" + id);
    }

    @POST
    @Path("/transfers")
    public Uni<Response> transfer(@PathParam("year") int year, TransferRequest body,
            @HeaderParam(Http.IDEMPOTENCY_KEY) String key) {
        TransferRequest r = Http.body(body);
        EventMetadata metadata = request.metadata();
        UUID id = UUID.randomUUID();
        TransferFunds command = new TransferFunds(year, id, r.fromLine(), r.toLine(), r.amount(), r.reference(),
                Http.orToday(r.transferredOn(), metadata), r.reason());
        return writes.create(command, metadata, Http.idempotencyKey(key, false), "transfers", r, id,
                "/api/budgets/" + year + "/transfers/" + id);
    }
}
