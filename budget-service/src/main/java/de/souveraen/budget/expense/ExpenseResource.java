package de.souveraen.budget.expense;

import de.souveraen.budget.fiscalyear.BudgetCommand.BookExpense;
import de.souveraen.budget.fiscalyear.BudgetCommand.ReverseExpense;
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

/** Expenses (Ist): booked once per Idempotency-Key, corrected only by a reversal (Storno). */
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
    private final RequestMetadata request;

    ExpenseResource(Writes writes, RequestMetadata request) {
        this.writes = writes;
        this.request = request;
    }

    @POST
    public Uni<Response> book(@PathParam("year") int year, BookRequest body,
            @HeaderParam(Http.IDEMPOTENCY_KEY) String key) {
        String idempotencyKey = Http.idempotencyKey(key, true);
        BookRequest r = Http.body(body);
        EventMetadata metadata = request.metadata();
        UUID id = UUID.randomUUID();
        BookExpense command = new BookExpense(year, id, r.lineCode(), r.amount(),
                Http.orToday(r.bookedOn(), metadata), r.vendor(), r.description(), r.invoiceRef(), r.commitmentId(),
                r.overPlanApprovalReference());
        return writes.create(command, metadata, idempotencyKey, "expenses", r, id,
                "/api/budgets/" + year + "/expenses/" + id);
    }

    @POST
    @Path("/{id}/reversal")
    public Uni<Response> reverse(@PathParam("year") int year, @PathParam("id") UUID expenseId, ReversalRequest body,
            @HeaderParam(Http.IDEMPOTENCY_KEY) String key) {
        ReversalRequest r = Http.body(body);
        EventMetadata metadata = request.metadata();
        UUID id = UUID.randomUUID();
        ReverseExpense command = new ReverseExpense(year, id, expenseId, r.reason(),
                Http.orToday(r.reversedOn(), metadata));
        return writes.create(command, metadata, Http.idempotencyKey(key, false), "reversals:" + expenseId, r, id,
                "/api/budgets/" + year + "/expenses/" + expenseId + "/reversal/" + id);
    }
}
