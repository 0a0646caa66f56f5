package de.souveraen.budget.expense;

import static de.souveraen.budget.fiscalyear.BudgetDecider.AGGREGATE;

import de.souveraen.budget.fiscalyear.BudgetCommand.BookExpense;
import de.souveraen.budget.fiscalyear.BudgetCommand.ReverseExpense;
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
 * Expenses (Ist): booked once per Idempotency-Key (required), corrected only by a reversal (Storno), which is a
 * booking of its own. Both answer 201 with {@code Location} the booking's audit trail.
 */
@Path("/api/budgets/{year}/expenses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("administration")
public class ExpenseResource {
    public record BookRequest(String lineCode, BigDecimal amount, LocalDate bookedOn, String vendor,
            String description, String invoiceRef, UUID commitmentId, String overPlanApprovalReference) {
    }

    public record ReversalRequest(String reason, LocalDate reversedOn) {
    }

    private final Writes writes;

    ExpenseResource(Writes writes) {
        this.writes = writes;
    }

    @POST
    @Parameter(in = ParameterIn.HEADER, name = Http.IDEMPOTENCY_KEY, required = true)
    public Uni<Response> book(@PathParam("year") int year, BookRequest body) {
        BookRequest r = Http.body(body);
        UUID id = UUID.randomUUID();
        BookExpense command = new BookExpense(year, id, r.lineCode(), r.amount(),
                Http.orToday(r.bookedOn(), writes.metadata()), r.vendor(), r.description(), r.invoiceRef(),
                r.commitmentId(), r.overPlanApprovalReference());
        return writes.createOnce(AGGREGATE, year, command, r, id,
                created -> "/api/budgets/" + year + "/audit/" + created);
    }

    @POST
    @Path("/{id}/reversal")
    @Parameter(in = ParameterIn.HEADER, name = Http.IDEMPOTENCY_KEY)
    public Uni<Response> reverse(@PathParam("year") int year, @PathParam("id") UUID expenseId,
            ReversalRequest body) {
        ReversalRequest r = Http.body(body);
        UUID id = UUID.randomUUID();
        ReverseExpense command = new ReverseExpense(year, id, expenseId, r.reason(),
                Http.orToday(r.reversedOn(), writes.metadata()));
        return writes.create(AGGREGATE, year, command, r, id,
                created -> "/api/budgets/" + year + "/audit/" + created);
    }
}
