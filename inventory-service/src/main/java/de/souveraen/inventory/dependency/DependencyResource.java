package de.souveraen.inventory.dependency;

import de.souveraen.contracts.EventMetadata;
import de.souveraen.contracts.inventory.Category;
import de.souveraen.contracts.inventory.DependencyAssessed;
import de.souveraen.contracts.inventory.DependencyDetails;
import de.souveraen.contracts.inventory.EvaluationState;
import de.souveraen.contracts.inventory.ExitCapability;
import de.souveraen.contracts.inventory.Hosting;
import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.contracts.inventory.RelationType;
import de.souveraen.contracts.inventory.SovereigntyObjective;
import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.store.AggregateStore;
import de.souveraen.eventstore.store.Versioned;
import de.souveraen.eventstore.web.HistoryEntry;
import de.souveraen.eventstore.web.Http;
import de.souveraen.eventstore.web.Page;
import de.souveraen.eventstore.web.Writes;
import de.souveraen.inventory.alternative.CatalogueEntry;
import de.souveraen.inventory.assessment.AssessmentRules;
import de.souveraen.inventory.assessment.SovereigntyScore;
import de.souveraen.inventory.dependency.DependencyCommand.AssessDependency;
import de.souveraen.inventory.dependency.DependencyCommand.ChangeMigrationStatus;
import de.souveraen.inventory.dependency.DependencyCommand.CostAlternative;
import de.souveraen.inventory.dependency.DependencyCommand.EvaluateAlternative;
import de.souveraen.inventory.dependency.DependencyCommand.PlanMigrationStep;
import de.souveraen.inventory.dependency.DependencyCommand.ProposeAlternative;
import de.souveraen.inventory.dependency.DependencyCommand.RegisterDependency;
import de.souveraen.inventory.dependency.DependencyCommand.RelateDependency;
import de.souveraen.inventory.dependency.DependencyCommand.RemoveRelation;
import de.souveraen.inventory.dependency.DependencyCommand.UpdateDependency;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The register of digital dependencies: record, assess, alternatives, migration, relations. Registering a
 * dependency, an assessment or an alternative creates something (201 with {@code Location}); everything else changes
 * the dependency (200); {@code PUT} needs {@code If-Match}.
 */
@Path("/api/dependencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DependencyResource {
    private static final String PATH = "/api/dependencies/";

    public record AssessmentRequest(Map<SovereigntyObjective, Integer> scores, String rationale, ExitCapability exit,
            LocalDate assessedOn) {
    }

    public record PreviewRequest(Map<SovereigntyObjective, Integer> scores) {
    }

    /** Score 0..100, SEAL level 0..4 and SDS step 1..5 with its German and English label. */
    public record Preview(java.math.BigDecimal score, int sealLevel, int sds, String sdsLabel, String sdsLabelEn) {
    }

    public record StatusRequest(MigrationStatus status, String note, LocalDate changedOn) {
    }

    public record AlternativeRequest(String name, String catalogueId, String note) {
    }

    public record EvaluationRequest(EvaluationState state, String reason, LocalDate evaluatedOn) {
    }

    public record PlanRequest(MigrationStatus step, String targetQuarter) {
    }

    public record RelationRequest(RelationType relation, UUID targetId) {
    }

    /** Money in EUR; {@code trainingDays} person-days (optional, halves allowed); {@code costedOn} defaults to today. */
    public record CostingRequest(java.math.BigDecimal migrationCost, java.math.BigDecimal annualCost,
            java.math.BigDecimal trainingDays, java.math.BigDecimal trainingCost, String note, LocalDate costedOn) {
    }

    private final AggregateStore store;
    private final Writes writes;

    DependencyResource(AggregateStore store, Writes writes) {
        this.store = store;
        this.writes = writes;
    }

    @POST
    @RolesAllowed("administration")
    public Uni<Response> register(DependencyDetails body) {
        DependencyDetails details = Http.body(body);
        UUID id = UUID.randomUUID();
        return writes.create(DependencyDecider.AGGREGATE, id, new RegisterDependency(id, details), details, id,
                answered -> PATH + answered);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("administration")
    public Uni<Response> update(@PathParam("id") UUID id, DependencyDetails body) {
        DependencyDetails details = Http.body(body);
        return existing(id).chain(ignored -> writes.replace(DependencyDecider.AGGREGATE, id,
                new UpdateDependency(id, details), details));
    }

    /** A page of the register, by name; filtered by the database on the municipality's table. */
    @GET
    @RolesAllowed({"administration", "workgroup", "council"})
    @WithSession
    public Uni<Page<DependencyView>> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("category") Category category, @QueryParam("status") MigrationStatus status,
            @QueryParam("hosting") Hosting hosting, @QueryParam("q") String text) {
        Page.Request request = Page.request(page, size);
        LocalDate today = Http.orToday(null, writes.metadata());
        String needle = text == null ? null : text.toLowerCase(Locale.ROOT);
        return DependencyRow.page(store.tenant(), category, status, hosting, needle, request)
                .map(found -> new Page<>(found.items().stream().map(st -> DependencyView.of(st, today)).toList(),
                        found.page(), found.size(), found.total()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<RestResponse<DependencyView>> get(@PathParam("id") UUID id) {
        LocalDate today = Http.orToday(null, writes.metadata());
        return existing(id).map(versioned -> Writes.tagged(versioned, state -> DependencyView.of(state, today)));
    }

    /** Both directions: what the dependency runs on or needs, and what runs on or needs it ("used by"). */
    @GET
    @Path("/{id}/relations")
    @RolesAllowed({"administration", "workgroup", "council"})
    @WithSession
    public Uni<RelationGraph.Relations> relations(@PathParam("id") UUID id) {
        return DependencyRow.allByName(store.tenant())
                .map(all -> new RelationGraph(all).relations(id).orElseThrow(() -> notFound(id)));
    }

    /**
     * What a change of the dependency touches: every dependency that runs on or needs it, directly or through
     * others (depth 1, 2, …), with the users and annual cost of all of them.
     */
    @GET
    @Path("/{id}/impact")
    @RolesAllowed({"administration", "workgroup", "council"})
    @WithSession
    public Uni<RelationGraph.Impact> impact(@PathParam("id") UUID id) {
        return DependencyRow.allByName(store.tenant())
                .map(all -> new RelationGraph(all).impact(id).orElseThrow(() -> notFound(id)));
    }

    @POST
    @Path("/{id}/assessments")
    @RolesAllowed("administration")
    public Uni<Response> assess(@PathParam("id") UUID id, AssessmentRequest body) {
        AssessmentRequest r = Http.body(body);
        EventMetadata metadata = writes.metadata();
        UUID assessmentId = UUID.randomUUID();
        return existing(id).chain(ignored -> writes.create(DependencyDecider.AGGREGATE, id,
                new AssessDependency(id, assessmentId, Http.orToday(r.assessedOn(), metadata), r.scores(),
                        r.rationale(), r.exit()),
                r, assessmentId, answered -> PATH + id + "/assessments"));
    }

    /** What an assessment with these levels would give; nothing is stored (the questionnaire shows it live). */
    @POST
    @Path("/assessments/preview")
    @RolesAllowed("administration")
    public Preview preview(PreviewRequest body) {
        SovereigntyScore result = AssessmentRules.preview(Http.body(body).scores());
        return new Preview(result.score(), result.sealLevel(), result.sds().step(), result.sds().de(),
                result.sds().en());
    }

    /** Every assessment ever made, oldest first: the trend the report shows. */
    @GET
    @Path("/{id}/assessments")
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<List<DependencyAssessed>> assessments(@PathParam("id") UUID id) {
        return existing(id).chain(ignored -> store.events(DependencyDecider.AGGREGATE, id)).map(events -> events
                .stream().map(e -> e.decode(store.registry())).filter(DependencyAssessed.class::isInstance)
                .map(DependencyAssessed.class::cast).toList());
    }

    /** Who changed the dependency when, and how: every event of its stream, oldest first. */
    @GET
    @Path("/{id}/history")
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<List<HistoryEntry>> history(@PathParam("id") UUID id) {
        return HistoryEntry.read(existing(id), store, DependencyDecider.AGGREGATE, id);
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed("administration")
    public Uni<Response> status(@PathParam("id") UUID id, StatusRequest body) {
        StatusRequest r = Http.body(body);
        EventMetadata metadata = writes.metadata();
        return existing(id).chain(ignored -> writes.change(DependencyDecider.AGGREGATE, id,
                new ChangeMigrationStatus(id, r.status(), r.note(), Http.orToday(r.changedOn(), metadata)), r));
    }

    @POST
    @Path("/{id}/alternatives")
    @RolesAllowed("administration")
    public Uni<Response> propose(@PathParam("id") UUID id, AlternativeRequest body) {
        AlternativeRequest r = Http.body(body);
        UUID alternativeId = UUID.randomUUID();
        return existing(id).chain(ignored -> writes.create(DependencyDecider.AGGREGATE, id,
                new ProposeAlternative(id, alternativeId, r.name(), r.catalogueId(), r.note()), r, alternativeId,
                answered -> PATH + id));
    }

    @POST
    @Path("/{id}/alternatives/{alternativeId}/evaluation")
    @RolesAllowed("administration")
    public Uni<Response> evaluate(@PathParam("id") UUID id, @PathParam("alternativeId") UUID alternativeId,
            EvaluationRequest body) {
        EvaluationRequest r = Http.body(body);
        EventMetadata metadata = writes.metadata();
        return existing(id).chain(ignored -> writes.change(DependencyDecider.AGGREGATE, id,
                new EvaluateAlternative(id, alternativeId, r.state(), r.reason(),
                        Http.orToday(r.evaluatedOn(), metadata)),
                r));
    }

    /**
     * The economics of an alternative over the concept's years (the roadmap window): one-off migration, yearly cost,
     * training; the answer's dependency shows the savings and whether the alternative is economically viable.
     */
    @POST
    @Path("/{id}/alternatives/{alternativeId}/costing")
    @RolesAllowed("administration")
    public Uni<Response> cost(@PathParam("id") UUID id, @PathParam("alternativeId") UUID alternativeId,
            CostingRequest body) {
        CostingRequest r = Http.body(body);
        EventMetadata metadata = writes.metadata();
        return existing(id).chain(ignored -> writes.change(DependencyDecider.AGGREGATE, id,
                new CostAlternative(id, alternativeId, r.migrationCost(), r.annualCost(), r.trainingDays(),
                        r.trainingCost(), r.note(), Http.orToday(r.costedOn(), metadata), roadmap.window().years()),
                r));
    }

    /** The window of the roadmap (souveraen.roadmap.*): planned quarters must lie within it. */
    @jakarta.inject.Inject
    de.souveraen.inventory.migration.RoadmapConfig roadmap;

    @POST
    @Path("/{id}/plan")
    @RolesAllowed("administration")
    public Uni<Response> plan(@PathParam("id") UUID id, PlanRequest body) {
        PlanRequest r = Http.body(body);
        return existing(id).chain(ignored -> writes.change(DependencyDecider.AGGREGATE, id,
                new PlanMigrationStep(id, r.step(), r.targetQuarter(), roadmap.window()), r));
    }

    @POST
    @Path("/{id}/relations")
    @RolesAllowed("administration")
    public Uni<Response> relate(@PathParam("id") UUID id, RelationRequest body) {
        RelationRequest r = Http.body(body);
        if (r.targetId() == null) {
            throw Check.invalid("required", "targetId", "Das Ziel der Beziehung fehlt.", "targetId is missing.");
        }
        return existing(id).chain(ignored -> existingTarget(r.targetId()))
                .chain(ignored -> writes.change(DependencyDecider.AGGREGATE, id,
                        new RelateDependency(id, r.relation(), r.targetId()), r));
    }

    /** Removes a recorded relation ({@code RUNS_ON} or {@code NEEDS} to {@code targetId}); 200. */
    @DELETE
    @Path("/{id}/relations/{relation}/{targetId}")
    @RolesAllowed("administration")
    public Uni<Response> unrelate(@PathParam("id") UUID id, @PathParam("relation") RelationType relation,
            @PathParam("targetId") UUID targetId) {
        RelationRequest r = new RelationRequest(relation, targetId);
        return existing(id).chain(ignored -> writes.change(DependencyDecider.AGGREGATE, id,
                new RemoveRelation(id, relation, targetId), r));
    }

    /** The shipped catalogue of open-source alternatives, optionally for one category. */
    @GET
    @Path("/alternatives/catalogue")
    @RolesAllowed({"administration", "workgroup", "council"})
    public List<CatalogueEntry> catalogue(@QueryParam("category") Category category) {
        return category == null ? DependencyDecider.SHIPPED.catalogue().entries()
                : DependencyDecider.SHIPPED.catalogue().forCategory(category);
    }

    private Uni<Versioned<DependencyState>> existing(UUID id) {
        return store.existing(DependencyDecider.AGGREGATE, id, DependencyState::exists, () -> notFound(id));
    }

    private static Rejection notFound(UUID id) {
        return Rejection.notFound("dependency-not-found", "Die Abhängigkeit " + id + " ist nicht erfasst.",
                "Dependency " + id + " is not registered.");
    }

    private Uni<Versioned<DependencyState>> existingTarget(UUID id) {
        return store.existing(DependencyDecider.AGGREGATE, id, DependencyState::exists,
                () -> new Rejection(Rejection.Kind.UNPROCESSABLE, "unknown-dependency", "targetId",
                        "Die Ziel-Abhängigkeit " + id + " ist nicht erfasst.",
                        "Target dependency " + id + " is not registered.", Map.of()));
    }
}
