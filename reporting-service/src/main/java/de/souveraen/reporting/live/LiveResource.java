package de.souveraen.reporting.live;

import de.souveraen.reporting.consume.LiveUpdates;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * Server-sent events: one message whenever the read model of the caller's municipality (from the token) changed, so
 * open pages refresh their figures.
 */
@Path("/api/live")
public class LiveResource {
    private final LiveUpdates live;
    private final de.souveraen.eventstore.tenant.CurrentTenant tenant;

    LiveResource(LiveUpdates live, de.souveraen.eventstore.tenant.CurrentTenant tenant) {
        this.live = live;
        this.tenant = tenant;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @RolesAllowed({"administration", "workgroup", "council"})
    public Multi<String> changes() {
        return live.stream(tenant.key());
    }
}
