package de.souveraen.reporting.consume;

import de.souveraen.eventstore.projection.ProjectionRunner;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * The projections in the health group {@code projections} ({@code /q/health/group/projections}) and the gauge
 * {@code souveraen_projection_waiting}: DOWN while a partition waits for an event type this service does not know
 * yet (a newer producer; the service needs an upgrade). Not part of readiness: the portal and the reports are
 * served from the read models meanwhile.
 */
@io.quarkus.runtime.Startup
@HealthGroup("projections")
@ApplicationScoped
public class ProjectionHealth implements HealthCheck {
    private final ProjectionConsumer consumer;

    ProjectionHealth(ProjectionConsumer consumer, MeterRegistry meters) {
        this.consumer = consumer;
        Gauge.builder("souveraen.projection.waiting", consumer, c -> c.waiting() == null ? 0 : 1)
                .description("1 while the projections wait for an event type this service does not know yet")
                .register(meters);
        Gauge.builder("souveraen.projection.gaps", consumer, ProjectionConsumer::gaps)
                .description("Gaps in stream versions found since start: an event of the stream was never applied")
                .register(meters);
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("projections");
        ProjectionRunner.Waiting waiting = consumer.waiting();
        response.withData("gaps", consumer.gaps());
        if (waiting == null) {
            return response.up().build();
        }
        return response.down().withData("waitingForType", waiting.type())
                .withData("at", waiting.origin().topic() + "/" + waiting.origin().partition() + "@"
                        + waiting.origin().offset())
                .withData("since", waiting.since().toString()).build();
    }
}
