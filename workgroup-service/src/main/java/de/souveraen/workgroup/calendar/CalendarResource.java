package de.souveraen.workgroup.calendar;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/meetings.ics}: the public meetings of the installation's default municipality as a calendar anyone
 * may subscribe to (calendar apps cannot send bearer tokens); every municipality's own is
 * {@link MunicipalCalendarResource}. What it holds: {@link MeetingCalendars}.
 */
@Path("/api/meetings.ics")
public class CalendarResource {
    private final MeetingCalendars calendars;

    CalendarResource(MeetingCalendars calendars) {
        this.calendars = calendars;
    }

    @GET
    @PermitAll
    @Produces("text/calendar")
    public Uni<Response> calendar() {
        return calendars.ofDefault();
    }
}
