package de.souveraen.inventory.register;

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
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.idempotency.IdempotencyKey;
import de.souveraen.eventstore.web.Http;
import de.souveraen.eventstore.web.RequestMetadata;
import de.souveraen.inventory.alternative.CatalogueEntry;
import de.souveraen.inventory.dependency.DependencyCommand.AssessDependency;
import de.souveraen.inventory.dependency.DependencyCommand.ChangeMigrationStatus;
import de.souveraen.inventory.dependency.DependencyCommand.EvaluateAlternative;
import de.souveraen.inventory.dependency.DependencyCommand.PlanMigrationStep;
import de.souveraen.inventory.dependency.DependencyCommand.ProposeAlternative;
import de.souveraen.inventory.dependency.DependencyCommand.RegisterDependency;
import de.souveraen.inventory.dependency.DependencyCommand.RelateDependency;
import de.souveraen.inventory.dependency.DependencyCommand.UpdateDependency;
import de.souveraen.inventory.dependency.DependencyDecider;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The register of digital dependencies: record, assess, alternatives, migration, relations. */
@Path("/api/dependencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DependencyResource {
    static final String[] READERS = {"administration", "workgroup", "council"};

    public record AssessmentRequest(Map<SovereigntyObjective, Integer> scores, String rationale, ExitCapability exit,
            LocalDate assessedOn) {
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

    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    private final InventoryStore store;
    private final RequestMetadata request;

    DependencyResource(InventoryStore store, RequestMetadata request) {
        this.store = store;
        this.request = request;
    }

    @POST
    @RolesAllowed("administration")
    public Uni<Response> register(DependencyDetails body, @HeaderParam(Http.IDEMPOTENCY_KEY) String key) {
        DependencyDetails details = Http.body(body);
        IdempotencyKey once = Http.idempotencyKey(key, "inventory:dependencies", details);
        UUID id = UUID.randomUUID();
        return create(id, new RegisterDependency(id, details), request.metadata(), once, id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("administration")
    public Uni<Response> update(@PathParam("id") UUID id, DependencyDetails body) {
        DependencyDetails details = Http.body(body);
        return existing(id).chain(ignored -> write(id, new UpdateDependency(id, details), request.metadata(), id));
    }

    @GET
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<Page<DependencyView>> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("category") Category category, @QueryParam("status") MigrationStatus status,
            @QueryParam("hosting") Hosting hosting, @QueryParam("q") String text) {
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        if (p < 0) {
            throw new Rejection(Rejection.Kind.BAD_REQUEST, "out-of-range", "page", "Die Seite beginnt bei 0.",
                    "page starts at 0.", java.util.Map.of());
        }
        if (s < 1 || s > 500) {
            throw new Rejection(Rejection.Kind.BAD_REQUEST, "out-of-range", "size",
                    "Die Seitengröße muss zwischen 1 und 500 liegen.", "size must be between 1 and 500.",
                    java.util.Map.of());
        }
        LocalDate today = Http.orToday(null, request.metadata());
        String needle = text == null ? null : text.toLowerCase(Locale.ROOT);
        return store.all(InventoryStore.DEPENDENCY).map(states -> {
            List<DependencyView> all = states.stream().filter(st -> st.exists())
                    .map(st -> DependencyView.of(st, today))
                    .filter(v -> category == null || v.category() == category)
                    .filter(v -> status == null || v.status() == status)
                    .filter(v -> hosting == null || v.hosting() == hosting)
                    .filter(v -> needle == null || (v.name() + " " + v.vendor()).toLowerCase(Locale.ROOT)
                            .contains(needle))
                    .sorted(Comparator.comparing((DependencyView v) -> v.name().toLowerCase(Locale.ROOT))
                            .thenComparing(v -> v.id().toString()))
                    .toList();
            int from = (int) Math.min((long) p * s, all.size());
            return new Page<>(all.subList(from, Math.min(from + s, all.size())), p, s, all.size());
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<DependencyView> get(@PathParam("id") UUID id) {
        LocalDate today = Http.orToday(null, request.metadata());
        return existing(id).map(state -> DependencyView.of(state, today));
    }

    @POST
    @Path("/{id}/assessments")
    @RolesAllowed("administration")
    public Uni<Response> assess(@PathParam("id") UUID id, AssessmentRequest body,
            @HeaderParam(Http.IDEMPOTENCY_KEY) String key) {
        AssessmentRequest r = Http.body(body);
        IdempotencyKey once = Http.idempotencyKey(key, "inventory:dependencies:" + id + ":assessments", r);
        EventMetadata metadata = request.metadata();
        UUID assessmentId = UUID.randomUUID();
        return existing(id).chain(ignored -> create(id, new AssessDependency(id, assessmentId,
                Http.orToday(r.assessedOn(), metadata), r.scores(), r.rationale(), r.exit()), metadata, once,
                assessmentId));
    }

    /** Every assessment ever made, oldest first: the trend the report shows. */
    @GET
    @Path("/{id}/assessments")
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<List<DependencyAssessed>> assessments(@PathParam("id") UUID id) {
        return existing(id).chain(ignored -> store.events(DependencyDecider.streamId(id))).map(events -> events
                .stream().map(e -> e.decode(store.registry())).filter(DependencyAssessed.class::isInstance)
                .map(DependencyAssessed.class::cast).toList());
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed("administration")
    public Uni<Response> status(@PathParam("id") UUID id, StatusRequest body) {
        StatusRequest r = Http.body(body);
        EventMetadata metadata = request.metadata();
        return existing(id).chain(ignored -> write(id, new ChangeMigrationStatus(id, r.status(), r.note(),
                Http.orToday(r.changedOn(), metadata)), metadata, id));
    }

    @POST
    @Path("/{id}/alternatives")
    @RolesAllowed("administration")
    public Uni<Response> propose(@PathParam("id") UUID id, AlternativeRequest body,
            @HeaderParam(Http.IDEMPOTENCY_KEY) String key) {
        AlternativeRequest r = Http.body(body);
        IdempotencyKey once = Http.idempotencyKey(key, "inventory:dependencies:" + id + ":alternatives", r);
        UUID alternativeId = UUID.randomUUID();
        return existing(id).chain(ignored -> create(id, new ProposeAlternative(id, alternativeId, r.name(),
                r.catalogueId(), r.note()), request.metadata(), once, alternativeId));
    }

    @POST
    @Path("/{id}/alternatives/{alternativeId}/evaluation")
    @RolesAllowed("administration")
    public Uni<Response> evaluate(@PathParam("id") UUID id, @PathParam("alternativeId") UUID alternativeId,
            EvaluationRequest body) {
        EvaluationRequest r = Http.body(body);
        EventMetadata metadata = request.metadata();
        return existing(id).chain(ignored -> write(id, new EvaluateAlternative(id, alternativeId, r.state(),
                r.reason(), Http.orToday(r.evaluatedOn(), metadata)), metadata, alternativeId));
    }

    @POST
    @Path("/{id}/plan")
    @RolesAllowed("administration")
    public Uni<Response> plan(@PathParam("id") UUID id, PlanRequest body) {
        PlanRequest r = Http.body(body);
        return existing(id).chain(ignored -> write(id, new PlanMigrationStep(id, r.step(), r.targetQuarter()),
                request.metadata(), id));
    }

    @POST
    @Path("/{id}/relations")
    @RolesAllowed("administration")
    public Uni<Response> relate(@PathParam("id") UUID id, RelationRequest body) {
        RelationRequest r = Http.body(body);
        if (r.targetId() == null) {
            throw Rejection.invalid("required", "targetId", "Das Ziel der Beziehung fehlt.", "targetId is missing.");
        }
        return existing(id).chain(ignored -> existingTarget(r.targetId()))
                .chain(ignored -> write(id, new RelateDependency(id, r.relation(), r.targetId()), request.metadata(),
                        id));
    }

    /** The shipped catalogue of open-source alternatives, optionally for one category. */
    @GET
    @Path("/alternatives/catalogue")
    @RolesAllowed({"administration", "workgroup", "council"})
    public List<CatalogueEntry> catalogue(@QueryParam("category") Category category) {
        return category == null ? InventoryStore.CATALOGUE.entries() : InventoryStore.CATALOGUE.forCategory(category);
    }

    private Uni<de.souveraen.inventory.dependency.DependencyState> existing(UUID id) {
        return store.state(InventoryStore.DEPENDENCY, DependencyDecider.streamId(id)).map(v -> {
            if (!v.state().exists()) {
                throw Rejection.notFound("dependency-not-found", "Die Abhängigkeit " + id + " ist nicht erfasst.",
                        "Dependency " + id + " is not registered.");
            }
            return v.state();
        });
    }

    private Uni<de.souveraen.inventory.dependency.DependencyState> existingTarget(UUID id) {
        return store.state(InventoryStore.DEPENDENCY, DependencyDecider.streamId(id)).map(v -> {
            if (!v.state().exists()) {
                throw new Rejection(Rejection.Kind.UNPROCESSABLE, "unknown-dependency", "targetId",
                        "Die Ziel-Abhängigkeit " + id + " ist nicht erfasst.",
                        "Target dependency " + id + " is not registered.", Map.of());
            }
            return v.state();
        });
    }

    /** A write that creates something: 201 with its id, exactly once under the client's idempotency key. */
    private Uni<Response> create(UUID dependencyId, de.souveraen.inventory.dependency.DependencyCommand command,
            EventMetadata metadata, IdempotencyKey once, UUID createdId) {
        return store.handle(InventoryStore.DEPENDENCY, DependencyDecider.streamId(dependencyId), command, metadata,
                once, handled -> Http.created(createdId))
                .map(outcome -> Http.created(outcome, answered -> "/api/dependencies/"
                        + (createdId.equals(dependencyId) ? answered : dependencyId)));
    }

    private Uni<Response> write(UUID dependencyId, de.souveraen.inventory.dependency.DependencyCommand command,
            EventMetadata metadata, UUID createdId) {
        return store.handle(InventoryStore.DEPENDENCY, DependencyDecider.streamId(dependencyId), command, metadata)
                .map(handled -> Http.toResponse(Http.created(createdId), "/api/dependencies/" + dependencyId));
    }
}
