package de.souveraen.eventstore.web;

import de.souveraen.contracts.Actor;
import de.souveraen.contracts.EventMetadata;
import de.souveraen.eventstore.tenant.CurrentTenant;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import java.security.Principal;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Builds the metadata of a command from the current request: the acting user from the token (subject and
 * display name), the time from the injected clock, the correlation id from {@code X-Correlation-Id} (a
 * UUID) or a new one, the municipality from the token ({@link CurrentTenant}). The domain never reads any of this itself.
 */
@RequestScoped
public class RequestMetadata {
    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    private final SecurityIdentity identity;
    private final HttpServerRequest request;
    private final Clock clock;

    private final CurrentTenant tenant;

    RequestMetadata(SecurityIdentity identity, HttpServerRequest request, Clock clock, CurrentTenant tenant) {
        this.identity = identity;
        this.request = request;
        this.clock = clock;
        this.tenant = tenant;
    }

    public EventMetadata metadata() {
        UUID correlation = correlationId();
        return new EventMetadata(clock.instant(), actor(), correlation, correlation, tenant.key());
    }

    public Actor actor() {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            String name = jwt.getClaim("name");
            if (name == null || name.isBlank()) {
                name = jwt.getClaim("preferred_username");
            }
            return new Actor(jwt.getSubject(), name);
        }
        if (principal != null && principal.getName() != null && !principal.getName().isBlank()) {
            return new Actor(principal.getName(), principal.getName());
        }
        return Actor.SYSTEM;
    }

    public UUID correlationId() {
        String header = request.getHeader(CORRELATION_HEADER);
        if (header != null) {
            try {
                return UUID.fromString(header.trim());
            } catch (IllegalArgumentException ignored) {
                // not a UUID: a fresh one is used instead
            }
        }
        return UUID.randomUUID();
    }
}
