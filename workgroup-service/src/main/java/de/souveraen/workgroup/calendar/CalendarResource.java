package de.souveraen.workgroup.calendar;

import de.souveraen.eventstore.store.AggregateStore;
import de.souveraen.workgroup.meeting.MeetingDecider;
import de.souveraen.workgroup.meeting.MeetingState;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Comparator;

/**
 * {@code GET /api/meetings.ics}: the public meetings as a calendar anyone may subscribe to (calendar apps cannot
 * send bearer tokens); non-public meetings never appear in it, cancelled ones stay (as {@code STATUS:CANCELLED}) so
 * subscribed calendars remove them. Each meeting's description lists its public agenda items; non-public items
 * never appear.
 */
@Path("/api/meetings.ics")
public class CalendarResource {
    private final AggregateStore store;
    private final Clock clock;

    CalendarResource(AggregateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @GET
    @PermitAll
    @Produces("text/calendar")
    public Uni<Response> calendar() {
        return store.all(MeetingDecider.AGGREGATE).map(all -> Response.ok(MeetingCalendar.ics(all.stream()
                        .filter(MeetingState::exists).filter(MeetingState::publicMeeting)
                        .sorted(Comparator.comparing(MeetingState::start)).toList(), clock.instant(), "souveraen"))
                .type("text/calendar; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"ag-sitzungen.ics\"").build());
    }
}
