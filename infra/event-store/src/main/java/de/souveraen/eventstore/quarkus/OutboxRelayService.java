package de.souveraen.eventstore.quarkus;

import de.souveraen.eventstore.outbox.OutboxRelay;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Runs the service's {@link OutboxRelay} for the lifetime of the application and exposes its lag. */
@Singleton
public class OutboxRelayService {
    private static final Logger LOG = Logger.getLogger(OutboxRelayService.class);

    private final KernelConfig config;
    private final AgroalDataSource dataSource;
    private final MeterRegistry meters;
    private final Clock clock;
    private final String bootstrapServers;
    private volatile OutboxRelay relay;
    private volatile boolean topicReady;

    OutboxRelayService(KernelConfig config, AgroalDataSource dataSource, MeterRegistry meters, Clock clock,
            @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers) {
        this.config = config;
        this.dataSource = dataSource;
        this.meters = meters;
        this.clock = clock;
        this.bootstrapServers = bootstrapServers;
    }

    void onStart(@Observes StartupEvent event) {
        KernelConfig.Outbox outbox = config.outbox();
        if (!outbox.enabled() || outbox.topic().isEmpty()) {
            LOG.infof("outbox relay of %s is off", config.service());
            return;
        }
        relay = new OutboxRelay(dataSource, this::newProducer,
                new OutboxRelay.Settings(config.service(), outbox.topic().get(), "/souveraen/" + config.service(),
                        outbox.batchSize(), outbox.idlePoll(), outbox.maxBackoff(), outbox.sendTimeout(),
                        outbox.listen() ? outbox.safetyPoll() : null),
                clock);
        Gauge.builder("souveraen.outbox.lag", relay, OutboxRelay::lag)
                .description("Events stored but not yet acknowledged by Kafka")
                .tag("service", config.service())
                .register(meters);
        Gauge.builder("souveraen.outbox.published", relay, r -> r.status().published())
                .description("Events published since start")
                .tag("service", config.service())
                .register(meters);
        Gauge.builder("souveraen.outbox.needs.rebase", relay, r -> r.status().needsRebase() ? 1 : 0)
                .description("1 when the database's transaction ids lie below the relay checkpoint (restored database):"
                        + " nothing is published until select es_outbox_rebase(<service>)")
                .tag("service", config.service())
                .register(meters);
        Gauge.builder("souveraen.outbox.leader", relay, r -> r.status().leader() ? 1 : 0)
                .description("1 on the replica whose relay publishes")
                .tag("service", config.service())
                .register(meters);
        relay.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        OutboxRelay current = relay;
        if (current != null) {
            current.close();
        }
    }

    /** A commit of this process appended events (the relay wakes up unless the commit's notification will wake it). */
    public void wakeUp() {
        OutboxRelay current = relay;
        if (current != null) {
            current.committed();
        }
    }

    /** Null when this service has no relay. */
    public OutboxRelay.Status status() {
        OutboxRelay current = relay;
        return current == null ? null : current.status();
    }

    public KernelConfig.Outbox settings() {
        return config.outbox();
    }

    private Producer<String, byte[]> newProducer() {
        if (!topicReady) {
            ensureTopic();
        }
        Properties props = KafkaClients.properties(org.eclipse.microprofile.config.ConfigProvider.getConfig());
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "souveraen-outbox-" + config.service());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // one request in flight: an expired batch can never let a later one of the same stream overtake it
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.outbox().sendTimeout().toMillis());
        props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000);
        // one transaction per relay batch; the id also fences a zombie relay of the same service
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "souveraen-outbox-" + config.service());
        props.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int) config.outbox().sendTimeout().toMillis() * 2);
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * Creates the topic and its dead-letter topic ({@code <topic>.dlt}, where consumers put what they cannot apply)
     * with unlimited retention if they do not exist (the topics are the replay source). A broker with automatic
     * topic creation switched off (production) needs both before the first event.
     */
    private void ensureTopic() {
        String topic = config.outbox().topic().orElseThrow();
        Properties props = KafkaClients.properties(org.eclipse.microprofile.config.ConfigProvider.getConfig());
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        try (Admin admin = Admin.create(props)) {
            for (String name : List.of(topic, de.souveraen.contracts.Topics.deadLetter(topic))) {
                NewTopic newTopic = new NewTopic(name, config.outbox().partitions(),
                        config.outbox().replicationFactor()).configs(Map.of("retention.ms", "-1",
                                "retention.bytes", "-1"));
                try {
                    admin.createTopics(List.of(newTopic)).all().get(10, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + name + ": "
                                + e.getCause().getMessage(), e);
                    }
                }
            }
            topicReady = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer while creating topic " + topic, e);
        }
    }
}
