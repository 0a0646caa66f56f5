package de.souveraen.eventstore.quarkus;

import de.souveraen.eventstore.outbox.OutboxRelay;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import io.smallrye.health.api.HealthGroup;

/**
 * The outbox relay in the health group {@code outbox} ({@code /q/health/group/outbox}), for operators to alert on —
 * deliberately NOT in readiness: while Kafka is away the service keeps accepting writes (the outbox exists for
 * exactly that), and a readiness probe that failed would take every replica of every writer and the portal out of
 * the load balancer. Shows the lag and the last success and error; DOWN when events are waiting and nothing has
 * been published for longer than {@code souveraen.outbox.stall-alert-after}, and at once when the database was
 * restored below the relay's checkpoint (it needs a re-base). Readiness itself is the database.
 */
@HealthGroup(OutboxHealth.GROUP)
@ApplicationScoped
public class OutboxHealth implements HealthCheck {
    public static final String GROUP = "outbox";

    private final OutboxRelayService relay;
    private final Clock clock;

    OutboxHealth(OutboxRelayService relay, Clock clock) {
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
        response.withData("leader", status.leader()).withData("needsRebase", status.needsRebase());
        Instant since = status.lastSuccess();
        boolean stalled = status.lag() > 0 && (since == null
                || since.plus(relay.settings().stallAlertAfter()).isBefore(clock.instant()));
        return response.status(status.running() && !stalled && !status.needsRebase()).build();
    }
}
