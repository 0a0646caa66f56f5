package de.souveraen.reporting.report;

import de.souveraen.contracts.EventMetadata;
import de.souveraen.eventstore.web.Http;
import de.souveraen.eventstore.web.RequestMetadata;
import de.souveraen.reporting.publication.PublicationCommand;
import de.souveraen.reporting.publication.PublicationDecider;
import de.souveraen.reporting.publication.Publications;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The quarterly report of the caller's municipality (from the token; anonymous: the installation's default one) as
 * JSON. Readers ({@link Readers}) see drafts and published reports; everybody else only published ones. Publishing
 * (freezing) a quarter is for the administration, of its own municipality.
 */
@Path("/api/reports/{period}")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {
    private final ReportService reports;
    private final Readers readers;
    private final RequestMetadata request;
    private final de.souveraen.reporting.municipality.Municipalities municipalities;

    private final Publications publications;
    private final HttpServerRequest http;

    ReportResource(ReportService reports, Readers readers, RequestMetadata request,
            de.souveraen.reporting.municipality.Municipalities municipalities, Publications publications,
            HttpServerRequest http) {
        this.publications = publications;
        this.http = http;
        this.reports = reports;
        this.readers = readers;
        this.request = request;
        this.municipalities = municipalities;
    }

    @GET
    @PermitAll
    public Uni<QuarterlyReport> report(@PathParam("period") String period) {
        Period p = Period.parse(period);
        return readers.caller().chain(who -> {
            String tenant = municipalities.publicTenant(who);
            return Readers.isReader(who) && tenant.equals(municipalities.ownTenant(who)) ? reports.report(tenant, p)
                    : reports.published(tenant, p).map(published -> published.orElseThrow(
                            () -> Readers.draftRefused(who)));
        });
    }

    /** The Vorlage's details given at publication: number, responsible office, Beratungsfolge. */
    public record PublicationRequest(String reference, String responsibleOffice,
            java.util.List<de.souveraen.reporting.publication.PublicationCommand.Step> consultations) {
    }

    /** A section's narrative as written. */
    public record NarrativeRequest(String text) {
    }

    /** The quarter's narratives per section key and whether it is published; ETag: the stream version. */
    public record Narratives(String period, java.util.Map<String, String> narratives, boolean published) {
    }

    @POST
    @Path("/publication")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("administration")
    @Operation(summary = "Bericht als Mitteilungsvorlage veröffentlichen (einmal; Idempotency-Key) / Publish the report"
            + " as a Mitteilungsvorlage (once; Idempotency-Key)")
    public Uni<Response> publish(@PathParam("period") String period, PublicationRequest body) {
        Period p = Period.parse(period);
        PublicationRequest b = Http.body(body);
        EventMetadata metadata = request.metadata();
        var once = Http.idempotencyKey(http.getHeader(Http.IDEMPOTENCY_KEY), "POST " + http.path(), b);
        return publications.publish(metadata.tenant(), p, new PublicationCommand.Details(b.reference(),
                        b.responsibleOffice(), b.consultations()), metadata, once)
                .chain(outcome -> reports.published(metadata.tenant(), p).map(published -> {
                    Response.ResponseBuilder answer = Response.ok(published.orElseThrow())
                            .header("Location", "/" + metadata.tenant() + "/reports/" + p + ".pdf");
                    if (outcome.replayed()) {
                        answer.header("Idempotent-Replayed", "true");
                    }
                    return answer.build();
                }));
    }

    @GET
    @Path("/narratives")
    @RolesAllowed({"administration", "workgroup"})
    @Operation(summary = "Texte der Verwaltung je Abschnitt / The administration's text per section")
    public Uni<Response> narratives(@PathParam("period") String period) {
        Period p = Period.parse(period);
        return publications.state(request.metadata().tenant(), p).map(v -> Response.ok(new Narratives(p.toString(),
                v.state().narratives(), v.state().wasPublished())).header(Http.ETAG, Http.etag(v.version())).build());
    }

    @PUT
    @Path("/narratives/{section}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("administration")
    @Operation(summary = "Text eines Abschnitts schreiben (If-Match; vor der Veröffentlichung) / Write a section's"
            + " text (If-Match; before publication)")
    public Uni<Response> writeNarrative(@PathParam("period") String period, @PathParam("section") String section,
            @HeaderParam(Http.IF_MATCH) String ifMatch, NarrativeRequest body) {
        Period p = Period.parse(period);
        PublicationDecider.section(section);
        NarrativeRequest b = Http.body(body);
        Long expected = Http.expectedVersion(ifMatch, true);
        EventMetadata metadata = request.metadata();
        var once = Http.idempotencyKey(http.getHeader(Http.IDEMPOTENCY_KEY), "PUT " + http.path(), b);
        return publications.writeNarrative(metadata.tenant(), p, section, b.text(), metadata, once, expected)
                .map(outcome -> Http.answer(outcome, null));
    }
}
