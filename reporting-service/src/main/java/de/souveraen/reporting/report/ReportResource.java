package de.souveraen.reporting.report;

import de.souveraen.eventstore.web.RequestMetadata;
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

    ReportResource(ReportService reports, Readers readers, RequestMetadata request,
            de.souveraen.reporting.municipality.Municipalities municipalities) {
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

    @POST
    @Path("/publication")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed("administration")
    public Uni<QuarterlyReport> publish(@PathParam("period") String period) {
        return reports.publish(request.metadata().tenant(), Period.parse(period), request.actor());
    }
}
