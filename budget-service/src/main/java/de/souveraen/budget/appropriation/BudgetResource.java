package de.souveraen.budget.appropriation;

import static de.souveraen.budget.fiscalyear.BudgetDecider.AGGREGATE;

import de.souveraen.budget.fiscalyear.BudgetCommand;
import de.souveraen.budget.fiscalyear.BudgetCommand.AdjustAppropriation;
import de.souveraen.budget.fiscalyear.BudgetCommand.AdoptBudget;
import de.souveraen.budget.fiscalyear.BudgetCommand.CarryOverAppropriation;
import de.souveraen.budget.fiscalyear.BudgetCommand.ClassifyLine;
import de.souveraen.budget.fiscalyear.BudgetCommand.FreezeLine;
import de.souveraen.budget.fiscalyear.BudgetCommand.RecordFinancialPlan;
import de.souveraen.budget.fiscalyear.BudgetCommand.ReleaseLine;
import de.souveraen.contracts.EventMetadata;
import de.souveraen.contracts.budget.AdjustmentKind;
import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.store.AggregateStore;
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
 * The fiscal year's budget: adoption and carry-overs (201, they create something), and the changes to the adjusted
 * appropriation, freezes and the financial plan (200 with the year's new version and {@code ETag}; {@code If-Match}
 * optional).
 */
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

    /**
     * A freeze: {@code authority} {@code TREASURER} (§ 25 KomHVO NRW, the default) or {@code COUNCIL}
     * (§ 81 GO NRW).
     */
    public record FreezeRequest(de.souveraen.contracts.budget.FreezeAuthority authority, String reference,
            String reason, LocalDate decidedOn) {
    }

    public record FinancialPlanRequest(List<BudgetCommand.PlanInput> financialPlan, String reference,
            LocalDate recordedOn) {
    }

    public record CarryOverRequest(String lineCode, BigDecimal amount, String reference, String reason,
            LocalDate decidedOn, List<UUID> commitmentIds) {
    }

    /** The NKF classification of a line: Produkt ({@code 01.11.03}) and Sachkonto ({@code 542900}). */
    public record ClassificationRequest(String produkt, String sachkonto, String reference, LocalDate classifiedOn) {
    }

    private final Writes writes;
    private final CarryOverProcess carryOvers;
    private final AggregateStore store;

    BudgetResource(Writes writes, CarryOverProcess carryOvers, AggregateStore store) {
        this.writes = writes;
        this.carryOvers = carryOvers;
        this.store = store;
    }

    /** Creates the year's budget: 201, {@code Location} the year's overview. */
    @POST
    @RolesAllowed("administration")
    @Parameter(in = ParameterIn.HEADER, name = Http.IDEMPOTENCY_KEY)
    public Uni<Response> adopt(AdoptRequest body) {
        AdoptRequest r = Http.body(body);
        int year = Check.present("fiscalYear", "Das Haushaltsjahr", r.fiscalYear());
        AdoptBudget command = new AdoptBudget(year, r.title(), r.resolution(),
                Http.orToday(r.adoptedOn(), writes.metadata()), r.lines(), r.financialPlan());
        return writes.create(AGGREGATE, year, command, r, year, id -> "/api/budgets/" + id);
    }

    /** A change of the year's adjusted appropriation: 200 with the year's new version (no new resource). */
    @POST
    @Path("/{year}/adjustments")
    @RolesAllowed("administration")
    @Parameter(in = ParameterIn.HEADER, name = Http.IDEMPOTENCY_KEY)
    public Uni<Response> adjust(@PathParam("year") int year, AdjustmentRequest body) {
        AdjustmentRequest r = Http.body(body);
        AdjustAppropriation command = new AdjustAppropriation(year, r.lineCode(), r.kind(), r.amount(),
                r.approvalReference(), Http.orToday(r.approvedOn(), writes.metadata()), r.reason(), r.lineTitle());
        return writes.change(AGGREGATE, year, command, r);
    }

    @POST
    @Path("/{year}/lines/{code}/freeze")
    @RolesAllowed("administration")
    public Uni<Response> freeze(@PathParam("year") int year, @PathParam("code") String code, FreezeRequest body) {
        FreezeRequest r = Http.body(body);
        var authority = r.authority() == null ? de.souveraen.contracts.budget.FreezeAuthority.TREASURER : r.authority();
        return writes.change(AGGREGATE, year, new FreezeLine(year, code, authority, r.reference(), r.reason(),
                Http.orToday(r.decidedOn(), writes.metadata())), r);
    }

    @POST
    @Path("/{year}/lines/{code}/release")
    @RolesAllowed("administration")
    public Uni<Response> release(@PathParam("year") int year, @PathParam("code") String code,
            LineDecisionRequest body) {
        LineDecisionRequest r = Http.body(body);
        return writes.change(AGGREGATE, year, new ReleaseLine(year, code, r.reference(), r.reason(),
                Http.orToday(r.decidedOn(), writes.metadata())), r);
    }

    @POST
    @Path("/{year}/financial-plan")
    @RolesAllowed("administration")
    public Uni<Response> financialPlan(@PathParam("year") int year, FinancialPlanRequest body) {
        FinancialPlanRequest r = Http.body(body);
        return writes.change(AGGREGATE, year, new RecordFinancialPlan(year, r.financialPlan(), r.reference(),
                Http.orToday(r.recordedOn(), writes.metadata())), r);
    }

    /**
     * Step one of a carry-over (§ 22 KomHVO NRW) in this year; step two books it into the next year right away
     * when that year's budget is adopted, otherwise later through {@code POST /{year+1}/carry-overs/receipt}.
     * Creates the carry-over: 201 with its id, {@code Location} the year's overview.
     */
    @POST
    @Path("/{year}/carry-overs")
    @RolesAllowed("administration")
    @Parameter(in = ParameterIn.HEADER, name = Http.IDEMPOTENCY_KEY)
    public Uni<Response> carryOver(@PathParam("year") int year, CarryOverRequest body) {
        CarryOverRequest r = Http.body(body);
        EventMetadata metadata = writes.metadata();
        UUID id = UUID.randomUUID();
        boolean withCommitments = r.commitmentIds() != null && !r.commitmentIds().isEmpty();
        Uni<Boolean> nextYearAdopted = withCommitments
                ? store.state(AGGREGATE, year + 1).map(next -> next.state().adopted())
                : Uni.createFrom().item(false);
        return nextYearAdopted.chain(adopted -> {
            CarryOverAppropriation command = new CarryOverAppropriation(year, id, r.lineCode(), r.amount(),
                    r.reference(), r.reason(), Http.orToday(r.decidedOn(), metadata), r.commitmentIds(), adopted);
            return writes.create(AGGREGATE, year, command, r, id, created -> "/api/budgets/" + year)
                    .call(response -> response.getStatus() < 300 ? carryOvers.receiveInto(year + 1, metadata)
                            : Uni.createFrom().voidItem());
        });
    }

    /** Classifies or reclassifies a line (NKF Produkt and Sachkonto): 200 with the year's new version. */
    @POST
    @Path("/{year}/lines/{code}/classification")
    @RolesAllowed("administration")
    public Uni<Response> classify(@PathParam("year") int year, @PathParam("code") String code,
            ClassificationRequest body) {
        ClassificationRequest r = Http.body(body);
        return writes.change(AGGREGATE, year, new ClassifyLine(year, code, r.produkt(), r.sachkonto(), r.reference(),
                Http.orToday(r.classifiedOn(), writes.metadata())), r);
    }

    /** Books every carry-over of the previous year that this year has not received yet (safe to repeat). */
    @POST
    @Path("/{year}/carry-overs/receipt")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed("administration")
    public Uni<CarryOverProcess.Receipt> receiveCarryOvers(@PathParam("year") int year) {
        return carryOvers.receiveInto(year, writes.metadata());
    }
}
