package de.souveraen.workgroup.publication;

import de.souveraen.contracts.EventTypeRegistry;
import de.souveraen.contracts.reporting.ReportPublished;
import de.souveraen.eventstore.projection.Projection;
import de.souveraen.eventstore.projection.ProjectionRunner;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.Producer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads the reporting service's topic ({@code souveraen.reporting.events}, CloudEvents, {@code read_committed}, in
 * batches) through the kernel's projection runner: each {@code reporting.ReportPublished.v1} becomes a row of
 * {@code wg_published_report} of the event's municipality (its CloudEvent extension {@code tenant}) in the
 * transaction that records the event id as processed, so a redelivery changes nothing; the topic's other events
 * (the registry of municipalities) are recorded and skipped; poison goes to the dead-letter topic. A failure that may
 * pass (database or broker away) is retried with back-off before the offset moves on.
 */
@ApplicationScoped
public class ReportPublicationConsumer {
    public static final String CONSUMER = "workgroup-oparl";
    private static final Logger LOG = Logger.getLogger(ReportPublicationConsumer.class);

    private final ProjectionRunner runner;
    private final Producer<String, byte[]> deadLetters;
    private final Projection projection;

    ReportPublicationConsumer(Pool pool, EventTypeRegistry registry, PublishedReports reports,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap) {
        this.deadLetters = de.souveraen.eventstore.quarkus.KafkaClients.deadLetterProducer(
                ConfigProvider.getConfig(), bootstrap);
        this.runner = new ProjectionRunner(pool, CONSUMER, registry, deadLetters);
        this.projection = (tx, envelope, event) -> event instanceof ReportPublished published
                ? reports.upsert(tx, envelope.tenant(), envelope.eventId(), published)
                : Uni.createFrom().voidItem();
    }

    @Incoming("reporting")
    public Uni<Void> reporting(ConsumerRecords<String, byte[]> records) {
        if (records.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<ProjectionRunner.Delivery> deliveries = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> r : records) {
            deliveries.add(new ProjectionRunner.Delivery(new ProjectionRunner.Origin(r.topic(), r.partition(),
                    r.offset(), r.key()), r.headers(), r.value()));
        }
        return runner.handleBatch(deliveries, projection)
                .onFailure().invoke(failure -> LOG.warnf("%d records of the reporting topic failed, retrying: %s",
                        deliveries.size(), failure.toString()))
                .onFailure().retry().withBackOff(Duration.ofMillis(100), Duration.ofSeconds(5)).indefinitely()
                .replaceWithVoid();
    }

    @PreDestroy
    void close() {
        deadLetters.close(Duration.ofSeconds(5));
    }
}
