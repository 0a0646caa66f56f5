package de.souveraen.workgroup.calendar;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/** {@code GET /{tenant}/api/meetings.ics}: the public meetings of the municipality in the path (404 for none). */
@Path("/{tenant: [a-z0-9][a-z0-9-]{0,39}}/api/meetings.ics")
public class MunicipalCalendarResource {
    private final MeetingCalendars calendars;

    MunicipalCalendarResource(MeetingCalendars calendars) {
        this.calendars = calendars;
    }

    @GET
    @PermitAll
    @Produces("text/calendar")
    public Uni<Response> calendar(@PathParam("tenant") String tenant) {
        return calendars.of(tenant);
    }
}
