package de.souveraen.reporting.consume;

import de.souveraen.contracts.EventTypeRegistry;
import de.souveraen.eventstore.projection.ProjectionRunner;
import de.souveraen.reporting.readmodel.ReadModelStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.Producer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads the three topics (SmallRye Reactive Messaging, {@code read_committed}, in batches: one poll's records at a
 * time per channel, in partition order, so per-stream order holds) and hands them to the kernel's projection runner:
 * event ids and read-model changes of a batch in one transaction, poison to the dead-letter topic. A failure that may pass (database or broker away) is
 * retried with back-off and the offset is not committed before the record is applied: nothing accepted is lost.
 */
@ApplicationScoped
public class ProjectionConsumer {
    public static final String CONSUMER = "reporting";
    /** Records per transaction: large enough to save the round trips, small enough to keep transactions short. */
    public static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(ProjectionConsumer.class);

    private final ProjectionRunner runner;
    private final ReadModelStore store;
    private final Producer<String, byte[]> deadLetters;
    private final LiveUpdates live;
    private final BatchGate gate = new BatchGate();

    ProjectionConsumer(Pool pool, EventTypeRegistry registry, ReadModelStore store, LiveUpdates live,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap) {
        this.deadLetters = de.souveraen.eventstore.quarkus.KafkaClients.deadLetterProducer(
                org.eclipse.microprofile.config.ConfigProvider.getConfig(), bootstrap);
        this.runner = new ProjectionRunner(pool, CONSUMER, registry, deadLetters);
        this.store = store;
        this.live = live;
    }

    @Incoming("inventory")
    public Uni<Void> inventory(ConsumerRecords<String, byte[]> records) {
        return handle(records);
    }

    @Incoming("budget")
    public Uni<Void> budget(ConsumerRecords<String, byte[]> records) {
        return handle(records);
    }

    @Incoming("workgroup")
    public Uni<Void> workgroup(ConsumerRecords<String, byte[]> records) {
        return handle(records);
    }

    /**
     * Applies records in delivery order, {@value #BATCH} at most per transaction (also used by the rebuild, which
     * replays the topics from offset zero). A batch that fails for a passing reason is retried as a whole.
     */
    public Uni<ProjectionRunner.BatchOutcome> handle(List<ConsumerRecord<String, byte[]>> records) {
        Uni<ProjectionRunner.BatchOutcome> all = Uni.createFrom().item(ProjectionRunner.BatchOutcome.NONE);
        for (int from = 0; from < records.size(); from += BATCH) {
            List<ConsumerRecord<String, byte[]>> chunk = records.subList(from, Math.min(records.size(), from + BATCH));
            all = all.chain(sum -> batch(chunk).map(sum::plus));
        }
        return all;
    }

    private Uni<ProjectionRunner.BatchOutcome> batch(List<ConsumerRecord<String, byte[]>> records) {
        List<ProjectionRunner.Delivery> deliveries = new ArrayList<>(records.size());
        Set<List<String>> changed = new java.util.LinkedHashSet<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            deliveries.add(new ProjectionRunner.Delivery(new ProjectionRunner.Origin(r.topic(), r.partition(),
                    r.offset(), r.key()), r.headers(), r.value()));
            changed.add(List.of(tenantOf(r.key()), r.topic()));
        }
        ConsumerRecord<String, byte[]> first = records.get(0);
        return runner.handleBatch(deliveries, store)
                .onFailure().invoke(failure -> LOG.warnf("projection of %d records from %s/%d@%d failed, retrying: %s",
                        records.size(), first.topic(), first.partition(), first.offset(), failure.toString()))
                .onFailure().retry().withBackOff(Duration.ofMillis(100), Duration.ofSeconds(5)).indefinitely()
                .invoke(outcome -> {
                    if (outcome.applied() > 0) {
                        changed.forEach(c -> live.changed(c.get(0), c.get(1)));
                    }
                });
    }

    /** The municipality of a record: its key is {@code <tenant>/<stream id>} (a key without one: the default). */
    static String tenantOf(String key) {
        int slash = key == null ? -1 : key.indexOf('/');
        return slash > 0 ? key.substring(0, slash) : de.souveraen.contracts.EventMetadata.DEFAULT_TENANT;
    }

    private Uni<Void> handle(ConsumerRecords<String, byte[]> records) {
        List<ConsumerRecord<String, byte[]>> list = new ArrayList<>(records.count());
        records.forEach(list::add);
        return list.isEmpty() ? Uni.createFrom().voidItem() : gate.through(() -> handle(list).replaceWithVoid());
    }

    /**
     * Stops the live consumers' batches for a rebuild: completes once the batches in flight have ended; those that
     * arrive meanwhile wait for {@link #resume()}.
     */
    public Uni<Void> hold() {
        return gate.close(Duration.ofMinutes(2));
    }

    /** Lets the live consumers' batches go on after a rebuild. */
    public void resume() {
        gate.open();
    }

    /** Gaps found in the stream versions applied since start (logged; the stream goes on). */
    public long gaps() {
        return runner.gaps();
    }

    /** Where the projections wait for an event type this service does not know yet; {@code null} when they do not. */
    public ProjectionRunner.Waiting waiting() {
        return runner.waiting();
    }

    @PreDestroy
    void close() {
        deadLetters.close(Duration.ofSeconds(5));
    }
}
