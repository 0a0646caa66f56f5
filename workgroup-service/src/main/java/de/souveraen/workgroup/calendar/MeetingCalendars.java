package de.souveraen.workgroup.calendar;

import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.quarkus.KernelConfig;
import de.souveraen.workgroup.meeting.MeetingRow;
import de.souveraen.workgroup.municipality.Municipalities;
import de.souveraen.workgroup.municipality.Municipality;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Clock;

/**
 * A municipality's public meetings as an iCalendar feed, read from the meetings' current-state table: non-public
 * meetings never appear in it, cancelled ones stay (as {@code STATUS:CANCELLED}) so subscribed calendars remove them,
 * each meeting's description lists its public agenda items. The same for every reader, signed in or not. The
 * default municipality's feed keeps its UIDs ({@code meeting-<id>@souveraen}) and name; another municipality's
 * UIDs end in {@code @<tenant>.souveraen} and its name carries the municipality's.
 */
@ApplicationScoped
public class MeetingCalendars {
    private final Clock clock;
    private final Municipalities municipalities;
    private final String defaultTenant;

    MeetingCalendars(Clock clock, Municipalities municipalities, KernelConfig config) {
        this.clock = clock;
        this.municipalities = municipalities;
        this.defaultTenant = config.tenancy().defaultTenant();
    }

    public Uni<Response> ofDefault() {
        return of(defaultTenant);
    }

    public Uni<Response> of(String tenant) {
        Municipality municipality = municipalities.find(tenant).orElse(null);
        if (municipality == null) {
            return Uni.createFrom().failure(Rejection.notFound("municipality-not-found",
                    "Die Gemeinde " + tenant + " gibt es hier nicht.", "There is no municipality " + tenant + "."));
        }
        boolean byDefault = tenant.equals(defaultTenant);
        return MeetingRow.byStart(tenant, true).map(meetings -> Response.ok(MeetingCalendar.ics(meetings,
                        clock.instant(), byDefault ? "souveraen" : tenant + ".souveraen",
                        byDefault ? MeetingCalendar.NAME : MeetingCalendar.NAME + " – " + municipality.name()))
                .type("text/calendar; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"ag-sitzungen.ics\"").build());
    }
}
