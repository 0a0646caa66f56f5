package de.souveraen.budget.appropriation;

import static de.souveraen.budget.fiscalyear.BudgetDecider.AGGREGATE;

import de.souveraen.budget.fiscalyear.BudgetCommand.DeclareCoverage;
import de.souveraen.budget.fiscalyear.BudgetCommand.TransferFunds;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Deckungsfähigkeit (§ 21 KomHVO NRW): declare a coverage, transfer funds between its lines. Both create something
 * with an id of its own (201); their {@code Location} is the year's overview, which shows the lines' figures.
 */
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

    CoverageResource(Writes writes) {
        this.writes = writes;
    }

    @POST
    @Path("/coverage")
    @Parameter(in = ParameterIn.HEADER, name = Http.IDEMPOTENCY_KEY)
    public Uni<Response> declare(@PathParam("year") int year, CoverageRequest body) {
        CoverageRequest r = Http.body(body);
        UUID id = UUID.randomUUID();
        DeclareCoverage command = new DeclareCoverage(year, id, r.lineCodes(), r.mutual(), r.reference(),
                Http.orToday(r.declaredOn(), writes.metadata()));
        return writes.create(AGGREGATE, year, command, r, id, created -> "/api/budgets/" + year);
    }

    @POST
    @Path("/transfers")
    @Parameter(in = ParameterIn.HEADER, name = Http.IDEMPOTENCY_KEY)
    public Uni<Response> transfer(@PathParam("year") int year, TransferRequest body) {
        TransferRequest r = Http.body(body);
        UUID id = UUID.randomUUID();
        TransferFunds command = new TransferFunds(year, id, r.fromLine(), r.toLine(), r.amount(), r.reference(),
                Http.orToday(r.transferredOn(), writes.metadata()), r.reason());
        return writes.create(AGGREGATE, year, command, r, id, created -> "/api/budgets/" + year);
    }
}
