package de.souveraen.reporting.report;

import de.souveraen.contracts.Actor;
import de.souveraen.contracts.DomainEvent;
import de.souveraen.contracts.EventEnvelope;
import de.souveraen.contracts.EventTypeRegistry;
import de.souveraen.contracts.PublishedLanguage;
import de.souveraen.contracts.Topics;
import de.souveraen.eventstore.outbox.CloudEventCodec;
import de.souveraen.testing.SouveraenTestResource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes events to the real test broker exactly as the services' outbox relay does (binary CloudEvents, key =
 * {@code <tenant>/<stream id>}, stream versions counted per stream of a municipality), with the business time given
 * by the test.
 */
final class EventFeed implements AutoCloseable {
    private static final EventTypeRegistry REGISTRY = PublishedLanguage.registry();
    private final KafkaProducer<String, byte[]> producer;
    private final Map<String, Long> versions = new HashMap<>();

    EventFeed() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SouveraenTestResource.kafkaBootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends one event of Blankenheim's stream {@code streamType-streamKey} on {@code date}; returns the record sent. */
    ProducerRecord<String, byte[]> send(String streamType, String streamKey, LocalDate date, DomainEvent event) {
        return send("blankenheim", streamType, streamKey, date, event);
    }

    /** Sends one event of the stream {@code streamType-streamKey} of municipality {@code tenant} on {@code date}. */
    ProducerRecord<String, byte[]> send(String tenant, String streamType, String streamKey, LocalDate date,
            DomainEvent event) {
        String type = REGISTRY.nameOf(event);
        String context = type.substring(0, type.indexOf('.'));
        String topic = switch (context) {
            case "budget" -> Topics.BUDGET;
            case "inventory" -> Topics.INVENTORY;
            default -> Topics.WORKGROUP;
        };
        String streamId = streamType + "-" + streamKey;
        long version = versions.merge(tenant + "/" + streamId, 1L, Long::sum);
        Instant at = date.atTime(10, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant();
        UUID id = UUID.randomUUID();
        EventEnvelope envelope = new EventEnvelope(id, streamId, streamType, version, type, REGISTRY.encode(event),
                at, at, new Actor("test", "Test"), id, id, tenant);
        ProducerRecord<String, byte[]> record = CloudEventCodec.toRecord(topic, "souveraen/" + context, envelope);
        return resend(record);
    }

    ProducerRecord<String, byte[]> resend(ProducerRecord<String, byte[]> record) {
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to the test broker", e);
        }
        return record;
    }

    @Override
    public void close() {
        producer.close();
    }
}
