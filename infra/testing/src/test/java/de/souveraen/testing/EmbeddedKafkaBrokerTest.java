package de.souveraen.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void a_produced_record_can_be_consumed() throws Exception {
        long begin = System.nanoTime();
        try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(null, 0)) {
            System.out.printf("Kafka (temporary) started in %d ms%n", (System.nanoTime() - begin) / 1_000_000);
            assertThat(kafka.bootstrapServers()).isEqualTo("127.0.0.1:" + kafka.port());
            kafka.createTopics(3, "souveraen.test.events");
            kafka.createTopics(3, "souveraen.test.events"); // idempotent

            try (Producer<String, String> producer = producer(kafka)) {
                producer.send(new ProducerRecord<>("souveraen.test.events", "stream-1", "DependencyRegistered"))
                        .get(30, TimeUnit.SECONDS);
            }
            try (KafkaTopicReader reader = new KafkaTopicReader(kafka.bootstrapServers(), "souveraen.test.events")) {
                List<ConsumerRecord<String, byte[]>> records = reader.readUntil(r -> r.size() >= 1, WAIT);
                assertThat(records).singleElement().satisfies(r -> {
                    assertThat(r.key()).isEqualTo("stream-1");
                    assertThat(new String(r.value())).isEqualTo("DependencyRegistered");
                });
            }
            try (var admin = kafka.admin()) {
                assertThat(admin.describeTopics(List.of("souveraen.test.events")).allTopicNames().get()
                        .get("souveraen.test.events").partitions()).hasSize(3);
            }
        }
    }

    @Test
    void a_producer_keeps_buffering_while_the_broker_is_stopped_and_delivers_after_the_restart(@TempDir Path dir)
            throws Exception {
        String topic = "souveraen.test.restart";
        try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(dir.resolve("kafka"), 0)) {
            String clusterId = kafka.clusterId();
            int port = kafka.port();
            kafka.createTopics(1, topic);
            try (Producer<String, String> producer = producer(kafka)) {
                producer.send(new ProducerRecord<>(topic, "k", "before")).get(30, TimeUnit.SECONDS);

                long begin = System.nanoTime();
                kafka.stop();
                System.out.printf("Kafka stopped in %d ms%n", (System.nanoTime() - begin) / 1_000_000);
                assertThat(kafka.isRunning()).isFalse();

                Future<RecordMetadata> during = producer.send(new ProducerRecord<>(topic, "k", "during"));
                assertThat(during.isDone()).as("buffered while the broker is away").isFalse();

                begin = System.nanoTime();
                kafka.start();
                System.out.printf("Kafka restarted (data kept) in %d ms%n", (System.nanoTime() - begin) / 1_000_000);
                assertThat(during.get(WAIT.toSeconds(), TimeUnit.SECONDS).offset()).isEqualTo(1);
            }
            assertThat(kafka.port()).isEqualTo(port);
            assertThat(kafka.clusterId()).isEqualTo(clusterId);
            assertThat(values(kafka, topic, 2)).containsExactly("before", "during");
        }

        // the launcher's case: a new broker on the same directory finds the same cluster and records
        try (EmbeddedKafkaBroker again = EmbeddedKafkaBroker.start(dir.resolve("kafka"), 0)) {
            assertThat(values(again, topic, 2)).containsExactly("before", "during");
        }
    }

    @Test
    void topics_are_created_on_first_use_with_three_partitions() throws Exception {
        EmbeddedKafkaBroker kafka = SharedInfrastructure.kafka();
        String topic = "souveraen.test.auto." + System.nanoTime();
        try (Producer<String, String> producer = producer(kafka)) {
            producer.send(new ProducerRecord<>(topic, "k", "v")).get(30, TimeUnit.SECONDS);
        }
        try (var admin = kafka.admin()) {
            var description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            assertThat(description.partitions()).hasSize(3);
            var config = admin.describeConfigs(List.of(new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, topic))).all().get().values().iterator().next();
            assertThat(config.get("retention.ms").value()).isEqualTo("-1");
        }
    }

    private static List<String> values(EmbeddedKafkaBroker kafka, String topic, int count) {
        try (KafkaTopicReader reader = new KafkaTopicReader(kafka.bootstrapServers(), topic)) {
            return reader.readUntil(r -> r.size() >= count, WAIT).stream().map(r -> new String(r.value())).toList();
        }
    }

    static Producer<String, String> producer(EmbeddedKafkaBroker kafka) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000);
        props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        // Kafka 4 clients "rebootstrap" by default when no broker answers: they forget the topic's metadata
        // and send() then blocks up to max.block.ms instead of buffering. With one broker, keep the metadata.
        props.put("metadata.recovery.strategy", "none");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }
}
