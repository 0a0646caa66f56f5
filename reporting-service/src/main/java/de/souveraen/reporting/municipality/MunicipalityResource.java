package de.souveraen.reporting.municipality;

import de.souveraen.contracts.EventMetadata;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.store.AggregateStore;
import de.souveraen.eventstore.store.Versioned;
import de.souveraen.eventstore.tenant.CurrentTenant;
import de.souveraen.eventstore.web.Http;
import de.souveraen.eventstore.web.RequestMetadata;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The registry of municipalities ("Kommunen"): the provider lists, registers and changes them; every signed-in
 * person reads their own municipality ({@code GET /api/municipality}, from the token). Each municipality's stream
 * lives within that municipality, so the commands carry its key as their tenant.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Kommunen / Municipalities")
public class MunicipalityResource {
    /** A municipality as the API shows it; {@code coatOfArms} is the address of its picture, null without one. */
    public record View(String key, String name, String councilName, BigDecimal defaultAnnualBudget,
            String roadmapFirst, String roadmapLast, boolean registered, String coatOfArms) {
        static View of(String key, Municipality m) {
            return new View(key, m.name(), m.councilName(), m.defaultAnnualBudget(), m.roadmapFirst(),
                    m.roadmapLast(), m.registered(), m.hasArms() ? "/" + key + "/wappen" : null);
        }
    }

    public record Registration(String key, String name, String councilName, BigDecimal defaultAnnualBudget,
            String roadmapFirst, String roadmapLast) {
    }

    public record Change(String name, String councilName, BigDecimal defaultAnnualBudget, String roadmapFirst,
            String roadmapLast) {
    }

    private final AggregateStore store;
    private final Municipalities municipalities;
    private final RequestMetadata request;
    private final CurrentTenant tenant;
    private final HttpServerRequest http;

    MunicipalityResource(AggregateStore store, Municipalities municipalities, RequestMetadata request,
            CurrentTenant tenant, HttpServerRequest http) {
        this.store = store;
        this.municipalities = municipalities;
        this.request = request;
        this.tenant = tenant;
        this.http = http;
    }

    @GET
    @Path("/municipality")
    @Authenticated
    @Operation(summary = "Die eigene Kommune (aus dem Token) / The caller's own municipality (from the token)")
    public View own() {
        String key = tenant.key();
        return View.of(key, municipalities.of(key));
    }

    @GET
    @Path("/municipalities")
    @RolesAllowed("provider")
    @Operation(summary = "Alle eingetragenen Kommunen / Every registered municipality")
    public Uni<List<View>> list() {
        return municipalities.all().map(all -> all.stream().map(v -> View.of(v.state().key(), v.state())).toList());
    }

    @GET
    @Path("/municipalities/{key}")
    @RolesAllowed("provider")
    @Operation(summary = "Eine eingetragene Kommune / One registered municipality")
    public Uni<Response> one(@PathParam("key") String key) {
        return registered(key).map(v -> Response.ok(View.of(key, v.state())).header(Http.ETAG,
                Http.etag(v.version())).build());
    }

    @POST
    @Path("/municipalities")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("provider")
    @Operation(summary = "Kommune eintragen / Register a municipality")
    public Uni<Response> register(Registration body) {
        Registration r = Http.body(body);
        String key = MunicipalityDecider.key(r.key());
        MunicipalityCommand command = new MunicipalityCommand.Register(key, r.name(), r.councilName(),
                r.defaultAnnualBudget(), r.roadmapFirst(), r.roadmapLast());
        return write(key, command, r, null, handled -> Http.created(key, handled.version()))
                .map(outcome -> Http.answer(outcome, "/api/municipalities/" + Http.answeredId(outcome.response())));
    }

    @PUT
    @Path("/municipalities/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("provider")
    @Operation(summary = "Kommune ändern (If-Match) / Change a municipality (If-Match)")
    public Uni<Response> change(@PathParam("key") String key, @HeaderParam(Http.IF_MATCH) String ifMatch,
            Change body) {
        Change c = Http.body(body);
        String k = known(key);
        Long expected = Http.expectedVersion(ifMatch, true);
        return write(k, new MunicipalityCommand.Change(k, c.name(), c.councilName(), c.defaultAnnualBudget(),
                c.roadmapFirst(), c.roadmapLast()), c, expected, handled -> Http.changed(k, handled.version()))
                .map(outcome -> Http.answer(outcome, null));
    }

    @PUT
    @Path("/municipalities/{key}/coat-of-arms")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed("provider")
    @Operation(summary = "Wappen hochladen (PNG oder SVG, höchstens 64 KB) / Upload the coat of arms (PNG or SVG, at most 64 KB)")
    public Uni<Response> coatOfArms(@PathParam("key") String key, @HeaderParam("Content-Type") String type,
            byte[] content) {
        String k = known(key);
        return write(k, new MunicipalityCommand.ChangeCoatOfArms(k, type, content),
                MunicipalityDecider.sha256(content == null ? new byte[0] : content), null,
                handled -> Http.changed(k, handled.version())).map(outcome -> Http.answer(outcome, null));
    }

    private Uni<de.souveraen.eventstore.store.CommandHandler.Outcome> write(String key, MunicipalityCommand command,
            Object body, Long expected,
            java.util.function.Function<de.souveraen.eventstore.store.Handled<Municipality,
                    de.souveraen.contracts.reporting.MunicipalityEvent>,
                    de.souveraen.eventstore.idempotency.StoredResponse> respond) {
        EventMetadata m = request.metadata();
        // the registry entry lives within the municipality it describes, whoever the provider is
        EventMetadata metadata = new EventMetadata(m.occurredAt(), m.actor(), m.correlationId(), m.causationId(), key);
        var once = Http.idempotencyKey(http.getHeader(Http.IDEMPOTENCY_KEY), http.method().name() + " " + http.path(),
                body);
        return store.of(key).handle(MunicipalityDecider.AGGREGATE, key, command, metadata, once, expected, respond)
                .call(municipalities::reload);
    }

    private Uni<Versioned<Municipality>> registered(String key) {
        String k = known(key);
        return store.of(k).state(MunicipalityDecider.AGGREGATE, k).map(v -> {
            if (!v.state().registered()) {
                throw notFound();
            }
            return v;
        });
    }

    /** A key that can name a municipality; anything else is simply not found. */
    private static String known(String key) {
        if (!de.souveraen.eventstore.store.Streams.validTenant(key)) {
            throw notFound();
        }
        return key;
    }

    private static Rejection notFound() {
        return Rejection.notFound("municipality-not-found", "Diese Kommune ist nicht eingetragen.",
                "This municipality is not registered.");
    }
}
