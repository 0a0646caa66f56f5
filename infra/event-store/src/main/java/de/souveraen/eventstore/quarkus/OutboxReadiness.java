package de.souveraen.eventstore.quarkus;

import de.souveraen.eventstore.outbox.OutboxRelay;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The outbox relay in readiness: always shows its lag; DOWN when events are waiting and nothing has been
 * published for longer than {@code souveraen.outbox.readiness-max-stall} (Kafka away for long). Writes are
 * still accepted then — nothing is lost, it is only not yet published.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {
    private final OutboxRelayService relay;
    private final Clock clock;

    OutboxReadiness(OutboxRelayService relay, Clock clock) {
        this.relay = relay;
        this.clock = clock;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox-relay");
        OutboxRelay.Status status = relay.status();
        if (status == null) {
            return response.up().withData("enabled", false).build();
        }
        response.withData("lag", status.lag()).withData("published", status.published());
        if (status.lastSuccess() != null) {
            response.withData("lastSuccess", status.lastSuccess().toString());
        }
        if (status.lastError() != null) {
            response.withData("lastError", status.lastError());
        }
        Instant since = status.lastSuccess();
        boolean stalled = status.lag() > 0 && (since == null
                || since.plus(relay.settings().readinessMaxStall()).isBefore(clock.instant()));
        return response.status(status.running() && !stalled).build();
    }
}
