package de.souveraen.budget.appropriation;

import de.souveraen.budget.fiscalyear.BudgetCommand;
import de.souveraen.budget.fiscalyear.BudgetCommand.AdjustAppropriation;
import de.souveraen.budget.fiscalyear.BudgetCommand.AdoptBudget;
import de.souveraen.budget.fiscalyear.BudgetCommand.CarryOverAppropriation;
import de.souveraen.budget.fiscalyear.BudgetCommand.FreezeLine;
import de.souveraen.budget.fiscalyear.BudgetCommand.RecordFinancialPlan;
import de.souveraen.budget.fiscalyear.BudgetCommand.ReleaseLine;
import de.souveraen.budget.fiscalyear.BudgetStore;
import de.souveraen.budget.overview.BudgetOverview;
import de.souveraen.eventstore.web.Http;
import de.souveraen.budget.web.Writes;
import de.souveraen.contracts.EventMetadata;
import de.souveraen.contracts.budget.AdjustmentKind;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.web.RequestMetadata;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/** The fiscal year's budget: adoption, the overview, and the changes to the adjusted appropriation. */
@Path("/api/budgets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BudgetResource {
    public record AdoptRequest(Integer fiscalYear, String title, String resolution, LocalDate adoptedOn,
            List<BudgetCommand.LineInput> lines, List<BudgetCommand.PlanInput> financialPlan) {
    }

    public record AdjustmentRequest(String lineCode, AdjustmentKind kind, BigDecimal amount, String approvalReference,
            LocalDate approvedOn, String reason, String lineTitle) {
    }

    public record LineDecisionRequest(String reference, String reason, LocalDate decidedOn) {
    }

    public record FinancialPlanRequest(List<BudgetCommand.PlanInput> financialPlan, String reference,
            LocalDate recordedOn) {
    }

    public record CarryOverRequest(String lineCode, BigDecimal amount, String reference, String reason,
            LocalDate decidedOn) {
    }

    private final BudgetStore store;
    private final Writes writes;
    private final RequestMetadata request;
    private final CarryOverProcess carryOvers;

    BudgetResource(BudgetStore store, Writes writes, RequestMetadata request, CarryOverProcess carryOvers) {
        this.store = store;
        this.writes = writes;
        this.request = request;
        this.carryOvers = carryOvers;
    }

    @POST
    @RolesAllowed("administration")
    public Uni<Response> adopt(AdoptRequest body, @HeaderParam(Http.IDEMPOTENCY_KEY) String key) {
        AdoptRequest r = Http.body(body);
        if (r.fiscalYear() == null) {
            throw Rejection.invalid("required", "fiscalYear", "Das Haushaltsjahr fehlt.", "fiscalYear is missing.");
        }
        EventMetadata metadata = request.metadata();
        AdoptBudget command = new AdoptBudget(r.fiscalYear(), r.title(), r.resolution(),
                Http.orToday(r.adoptedOn(), metadata), r.lines(), r.financialPlan());
        return writes.create(command, metadata, Http.idempotencyKey(key, false), "adoption", r, r.fiscalYear(),
                "/api/budgets/" + r.fiscalYear());
    }

    @GET
    @Path("/{year}")
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<BudgetOverview> overview(@PathParam("year") int year) {
        return store.state(year).map(versioned -> {
            if (!versioned.state().adopted()) {
                throw notAdopted(year);
            }
            return BudgetOverview.of(versioned.state());
        });
    }

    @POST
    @Path("/{year}/adjustments")
    @RolesAllowed("administration")
    public Uni<Response> adjust(@PathParam("year") int year, AdjustmentRequest body,
            @HeaderParam(Http.IDEMPOTENCY_KEY) String key) {
        AdjustmentRequest r = Http.body(body);
        EventMetadata metadata = request.metadata();
        UUID id = UUID.randomUUID();
        AdjustAppropriation command = new AdjustAppropriation(year, r.lineCode(), r.kind(), r.amount(),
                r.approvalReference(), Http.orToday(r.approvedOn(), metadata), r.reason(), r.lineTitle());
        return writes.create(command, metadata, Http.idempotencyKey(key, false), "adjustments", r, id,
                "/api/budgets/" + year);
    }

    @POST
    @Path("/{year}/lines/{code}/freeze")
    @RolesAllowed("administration")
    public Uni<Response> freeze(@PathParam("year") int year, @PathParam("code") String code, LineDecisionRequest body) {
        LineDecisionRequest r = Http.body(body);
        EventMetadata metadata = request.metadata();
        return writes.create(new FreezeLine(year, code, r.reference(), r.reason(),
                Http.orToday(r.decidedOn(), metadata)), metadata, null, null, r, code, "/api/budgets/" + year);
    }

    @POST
    @Path("/{year}/lines/{code}/release")
    @RolesAllowed("administration")
    public Uni<Response> release(@PathParam("year") int year, @PathParam("code") String code,
            LineDecisionRequest body) {
        LineDecisionRequest r = Http.body(body);
        EventMetadata metadata = request.metadata();
        return writes.create(new ReleaseLine(year, code, r.reference(), r.reason(),
                Http.orToday(r.decidedOn(), metadata)), metadata, null, null, r, code, "/api/budgets/" + year);
    }

    @POST
    @Path("/{year}/financial-plan")
    @RolesAllowed("administration")
    public Uni<Response> financialPlan(@PathParam("year") int year, FinancialPlanRequest body) {
        FinancialPlanRequest r = Http.body(body);
        EventMetadata metadata = request.metadata();
        return writes.create(new RecordFinancialPlan(year, r.financialPlan(), r.reference(),
                Http.orToday(r.recordedOn(), metadata)), metadata, null, null, r, year, "/api/budgets/" + year);
    }

    /**
     * Step one of a carry-over (§ 22 KomHVO NRW) in this year; step two books it into the next year right away
     * when that year's budget is adopted, otherwise later through {@code POST /{year+1}/carry-overs/receipt}.
     */
    @POST
    @Path("/{year}/carry-overs")
    @RolesAllowed("administration")
    public Uni<Response> carryOver(@PathParam("year") int year, CarryOverRequest body,
            @HeaderParam(Http.IDEMPOTENCY_KEY) String key) {
        CarryOverRequest r = Http.body(body);
        EventMetadata metadata = request.metadata();
        UUID id = UUID.randomUUID();
        CarryOverAppropriation command = new CarryOverAppropriation(year, id, r.lineCode(), r.amount(),
                r.reference(), r.reason(), Http.orToday(r.decidedOn(), metadata));
        return writes.create(command, metadata, Http.idempotencyKey(key, false), "carry-overs", r, id,
                "/api/budgets/" + year + "/carry-overs/" + id)
                .call(response -> carryOvers.receiveInto(year + 1, metadata));
    }

    /** Books every carry-over of the previous year that this year has not received yet (safe to repeat). */
    @POST
    @Path("/{year}/carry-overs/receipt")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed("administration")
    public Uni<CarryOverProcess.Receipt> receiveCarryOvers(@PathParam("year") int year) {
        return carryOvers.receiveInto(year, request.metadata());
    }

    public static Rejection notAdopted(int year) {
        return Rejection.notFound("budget-not-found", "Für " + year + " ist kein Haushalt beschlossen.",
                "There is no adopted budget for " + year + ".");
    }
}
