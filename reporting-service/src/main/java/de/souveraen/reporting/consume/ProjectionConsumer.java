package de.souveraen.reporting.consume;

import de.souveraen.contracts.EventTypeRegistry;
import de.souveraen.eventstore.projection.ProjectionRunner;
import de.souveraen.reporting.readmodel.ReadModelStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads the three topics (SmallRye Reactive Messaging, {@code read_committed}, one record at a time per channel,
 * so per-stream order holds) and hands each record to the kernel's projection runner: event id and read-model
 * change in one transaction, poison to the dead-letter topic. A failure that may pass (database or broker away) is
 * retried with back-off and the offset is not committed before the record is applied: nothing accepted is lost.
 */
@ApplicationScoped
public class ProjectionConsumer {
    public static final String CONSUMER = "reporting";
    private static final Logger LOG = Logger.getLogger(ProjectionConsumer.class);

    private final ProjectionRunner runner;
    private final ReadModelStore store;
    private final Producer<String, byte[]> deadLetters;
    private final LiveUpdates live;

    ProjectionConsumer(Pool pool, EventTypeRegistry registry, ReadModelStore store, LiveUpdates live,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        this.deadLetters = new KafkaProducer<>(props);
        this.runner = new ProjectionRunner(pool, CONSUMER, registry, deadLetters);
        this.store = store;
        this.live = live;
    }

    @Incoming("inventory")
    public Uni<Void> inventory(ConsumerRecord<String, byte[]> record) {
        return handle(record);
    }

    @Incoming("budget")
    public Uni<Void> budget(ConsumerRecord<String, byte[]> record) {
        return handle(record);
    }

    @Incoming("workgroup")
    public Uni<Void> workgroup(ConsumerRecord<String, byte[]> record) {
        return handle(record);
    }

    /** Applies one record (also used by the rebuild, which replays the topics from offset zero). */
    public Uni<ProjectionRunner.Result> handle(String topic, int partition, long offset, String key,
            org.apache.kafka.common.header.Headers headers, byte[] value) {
        return runner.handle(new ProjectionRunner.Origin(topic, partition, offset, key), headers, value, store)
                .onFailure().invoke(failure -> LOG.warnf("projection of %s/%d@%d failed, retrying: %s", topic,
                        partition, offset, failure.toString()))
                .onFailure().retry().withBackOff(Duration.ofMillis(100), Duration.ofSeconds(5)).indefinitely()
                .invoke(result -> {
                    if (result == ProjectionRunner.Result.APPLIED) {
                        live.changed(topic);
                    }
                });
    }

    private Uni<Void> handle(ConsumerRecord<String, byte[]> record) {
        return handle(record.topic(), record.partition(), record.offset(), record.key(), record.headers(),
                record.value()).replaceWithVoid();
    }

    @PreDestroy
    void close() {
        deadLetters.close(Duration.ofSeconds(5));
    }
}
