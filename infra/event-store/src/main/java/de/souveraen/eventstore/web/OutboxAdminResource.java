package de.souveraen.eventstore.web;

import de.souveraen.eventstore.outbox.OutboxRelay;
import de.souveraen.eventstore.quarkus.OutboxRelayService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators' view of this service's outbox relay (every service has it). */
@Path("/api/admin/outbox")
@Tag(name = "Betrieb / Operations")
public class OutboxAdminResource {
    private final OutboxRelayService relay;

    OutboxAdminResource(OutboxRelayService relay) {
        this.relay = relay;
    }

    /** The relay's state; {@code enabled=false} for a service that publishes nothing. */
    public record OutboxView(boolean enabled, boolean running, long lag, long published, String lastSuccess,
            String lastFailure, String lastError) {
    }

    @GET
    @RolesAllowed("administration")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Zustand des Outbox-Relays / State of the outbox relay")
    public OutboxView status() {
        OutboxRelay.Status status = relay.status();
        if (status == null) {
            return new OutboxView(false, false, 0, 0, null, null, null);
        }
        return new OutboxView(true, status.running(), status.lag(), status.published(),
                status.lastSuccess() == null ? null : status.lastSuccess().toString(),
                status.lastFailure() == null ? null : status.lastFailure().toString(), status.lastError());
    }
}
