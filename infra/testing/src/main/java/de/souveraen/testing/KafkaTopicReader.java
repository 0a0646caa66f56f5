package de.souveraen.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from the beginning in tests, without a consumer group: every partition assigned, records
 * collected in arrival order (per partition in offset order) until a condition holds or the time is up.
 */
public final class KafkaTopicReader implements AutoCloseable {
    private final KafkaConsumer<String, byte[]> consumer;
    private final String topic;
    private final List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    private boolean assigned;

    public KafkaTopicReader(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        this.topic = topic;
    }

    /**
     * Polls until {@code done} holds for everything read so far; fails with an {@link AssertionError} naming
     * how much was read when the timeout passes first.
     */
    public List<ConsumerRecord<String, byte[]>> readUntil(Predicate<List<ConsumerRecord<String, byte[]>>> done,
            Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.test(records)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("topic " + topic + ": condition not met within " + timeout + " after "
                        + records.size() + " records");
            }
            if (!assigned) {
                assign();
                continue;
            }
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                records.add(record);
            }
        }
        return List.copyOf(records);
    }

    /** All records read so far. */
    public List<ConsumerRecord<String, byte[]>> records() {
        return List.copyOf(records);
    }

    private void assign() {
        List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5));
        if (partitions == null || partitions.isEmpty()) {
            return;
        }
        List<TopicPartition> all = partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(all);
        consumer.seekToBeginning(all);
        assigned = true;
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
