package de.souveraen.workgroup.oparl;

import de.souveraen.contracts.Actor;
import de.souveraen.contracts.EventEnvelope;
import de.souveraen.contracts.EventTypeRegistry;
import de.souveraen.contracts.PublishedLanguage;
import de.souveraen.contracts.reporting.ReportPublished;
import de.souveraen.eventstore.outbox.CloudEventCodec;
import de.souveraen.testing.SouveraenTestResource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes {@code reporting.ReportPublished.v1} to the real test broker as the reporting service's outbox relay does:
 * a binary CloudEvent on {@code souveraen.reporting.events}, key {@code <tenant>/publication-<period>}, the
 * municipality in the extension {@code tenant}.
 */
final class ReportEvents {
    static final String TOPIC = "souveraen.reporting.events";
    private static final EventTypeRegistry REGISTRY = PublishedLanguage.registry();

    private ReportEvents() {
    }

    static ReportPublished report(String tenant, String period, String reference) {
        return new ReportPublished(period, reference, "Quartalsbericht Digitale Souveränität – " + period,
                Instant.parse("2026-10-14T08:30:12.345Z"), "Fachbereich 1 – Zentrale Dienste",
                "5f2b9c0e7d4a1b3c6e8f0a2d4c6b8e0f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e1b",
                "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9", 184320,
                "/" + tenant + "/reports/" + period + ".pdf", List.of(
                        new ReportPublished.Consultation("Arbeitsgruppe Digitale Souveränität & Open Source",
                                LocalDate.of(2026, 10, 21), "Kenntnisnahme"),
                        new ReportPublished.Consultation("Rat der Gemeinde", LocalDate.of(2026, 11, 18),
                                "Kenntnisnahme")));
    }

    /** The record the reporting service's relay would send for this publication. */
    static ProducerRecord<String, byte[]> record(String tenant, ReportPublished event) {
        UUID id = UUID.randomUUID();
        String stream = "publication-" + event.period();
        EventEnvelope envelope = new EventEnvelope(id, stream, "publication", 1, REGISTRY.nameOf(event),
                REGISTRY.encode(event), event.publishedAt(), event.publishedAt(), new Actor("verwaltung", "Verwaltung"),
                id, id, tenant);
        return CloudEventCodec.toRecord(TOPIC, "souveraen/reporting", envelope);
    }

    static void send(ProducerRecord<String, byte[]> record) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SouveraenTestResource.kafkaBootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to the test broker", e);
        }
    }
}
