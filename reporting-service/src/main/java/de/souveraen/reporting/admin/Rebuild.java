package de.souveraen.reporting.admin;

import de.souveraen.contracts.Topics;
import de.souveraen.eventstore.projection.ProjectionRunner;
import de.souveraen.reporting.consume.ProjectionConsumer;
import de.souveraen.reporting.readmodel.ReadModelStore;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rebuilds the read models: pauses the live channels, deletes every document and processed-event mark, replays the
 * three topics from offset zero up to their current end through the same projection, then resumes the channels
 * (which find the replayed events already processed). Published reports are snapshots and stay as they are.
 */
@ApplicationScoped
public class Rebuild {
    public record Outcome(long records, long applied, long duplicates, long deadLettered, long millis) {
    }

    private static final List<String> CHANNELS = List.of("inventory", "budget", "workgroup");
    private final ReadModelStore store;
    private final ProjectionConsumer consumer;
    private final KafkaClientService clients;
    private final String bootstrap;
    private final AtomicBoolean running = new AtomicBoolean();

    Rebuild(ReadModelStore store, ProjectionConsumer consumer, KafkaClientService clients,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap) {
        this.store = store;
        this.consumer = consumer;
        this.clients = clients;
        this.bootstrap = bootstrap;
    }

    public Uni<Outcome> run() {
        if (!running.compareAndSet(false, true)) {
            throw de.souveraen.eventstore.domain.Rejection.conflict("rebuild-running", null,
                    "Ein Neuaufbau läuft bereits.", "A rebuild is already running.");
        }
        long start = System.nanoTime();
        // pause the live consumers and drain the batch they may have in flight BEFORE the reset: a batch that read
        // a document before the reset and wrote it back after would put the old document back
        return pauseAll(true)
                .chain(consumer::hold)
                .chain(() -> store.reset(ProjectionConsumer.CONSUMER))
                .chain(() -> Uni.createFrom().item(this::replay)
                        .runSubscriptionOn(io.smallrye.mutiny.infrastructure.Infrastructure.getDefaultWorkerPool()))
                .map(counts -> new Outcome(counts[0], counts[1], counts[2], counts[3],
                        (System.nanoTime() - start) / 1_000_000))
                .onTermination().call(() -> pauseAll(false).invoke(() -> {
                    consumer.resume();
                    running.set(false);
                }));
    }

    private Uni<Void> pauseAll(boolean pause) {
        List<Uni<Void>> all = new ArrayList<>();
        for (String channel : CHANNELS) {
            var client = clients.getConsumer(channel);
            if (client != null) {
                all.add((pause ? client.pause() : client.resume()).replaceWithVoid());
            }
        }
        return all.isEmpty() ? Uni.createFrom().voidItem() : Uni.join().all(all).andFailFast().replaceWithVoid();
    }

    private static void add(long[] counts, ProjectionRunner.BatchOutcome outcome) {
        counts[1] += outcome.applied();
        counts[2] += outcome.duplicates();
        counts[3] += outcome.deadLettered();
    }

    /** Reads every partition of the three topics from the start to the end it had when the replay began. */
    private long[] replay() {
        Properties props = de.souveraen.eventstore.quarkus.KafkaClients.properties(
                org.eclipse.microprofile.config.ConfigProvider.getConfig());
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        long[] counts = new long[4];
        try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(Topics.INVENTORY, Topics.BUDGET, Topics.WORKGROUP)) {
                List<PartitionInfo> infos = kafka.partitionsFor(topic, Duration.ofSeconds(10));
                if (infos != null) {
                    infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
                }
            }
            kafka.assign(partitions);
            kafka.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(kafka.endOffsets(partitions));
            end.entrySet().removeIf(e -> kafka.position(e.getKey()) >= e.getValue());
            // the next poll (and its decoding) overlaps the projection of the previous batch; batches are still
            // applied one after the other, in order
            java.util.concurrent.CompletableFuture<ProjectionRunner.BatchOutcome> inFlight = null;
            while (!end.isEmpty()) {
                List<ConsumerRecord<String, byte[]>> polled = new ArrayList<>();
                kafka.poll(Duration.ofMillis(500)).forEach(polled::add);
                if (inFlight != null) {
                    add(counts, inFlight.join());
                    inFlight = null;
                }
                if (!polled.isEmpty()) {
                    counts[0] += polled.size();
                    inFlight = consumer.handle(polled).subscribeAsCompletionStage();
                }
                end.entrySet().removeIf(e -> kafka.position(e.getKey()) >= e.getValue());
            }
            if (inFlight != null) {
                add(counts, inFlight.join());
            }
        }
        return counts;
    }
}
