package de.souveraen.reporting.publication;

import de.souveraen.eventstore.tenant.CurrentTenant;
import de.souveraen.reporting.readmodel.Quarters;
import de.souveraen.reporting.report.Period;
import de.souveraen.reporting.report.ReportService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The administration's deadlines of the caller's municipality as iCalendar ({@code /api/deadlines.ics}): for the
 * staff (administration, working group), not for the council or guests. Subscribed to with a token.
 */
@Path("/api/deadlines.ics")
public class DeadlineResource {
    private final ReportService reports;
    private final CurrentTenant tenant;
    private final Clock clock;
    private final de.souveraen.reporting.municipality.Municipalities municipalities;

    DeadlineResource(ReportService reports, CurrentTenant tenant, Clock clock,
            de.souveraen.reporting.municipality.Municipalities municipalities) {
        this.reports = reports;
        this.tenant = tenant;
        this.clock = clock;
        this.municipalities = municipalities;
    }

    @GET
    @RolesAllowed({"administration", "workgroup"})
    @Produces("text/calendar")
    @Operation(summary = "Fristen der Verwaltung als iCalendar / The administration's deadlines as iCalendar")
    public Uni<Response> deadlines(@Context UriInfo uri) {
        String key = tenant.key();
        LocalDate today = Quarters.date(clock.instant());
        Period current = new Period(today.getYear(), Quarters.of(today));
        String host = uri.getBaseUri().getHost() == null ? "souveraen" : uri.getBaseUri().getHost();
        String name = "Fristen – " + municipalities.of(key).name();
        // the draft of the quarter before lists the cancel-by dates of the current and the next quarter
        return reports.draft(key, current.previous()).map(r -> Response.ok(DeadlineCalendar.ics(
                        r.upcomingDecisions().deadlines().stream().filter(d -> !d.date().isBefore(today)).toList(),
                        r.upcomingDecisions().milestones().stream().filter(m -> !m.due().isBefore(today)).toList(),
                        clock.instant(), host, name), "text/calendar; charset=utf-8")
                .header("Cache-Control", "private, no-store").build());
    }
}
