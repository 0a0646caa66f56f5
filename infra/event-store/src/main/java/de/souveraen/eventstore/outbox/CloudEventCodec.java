package de.souveraen.eventstore.outbox;

import static de.souveraen.contracts.CloudEventHeaders.*;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.Actor;
import de.souveraen.contracts.EventEnvelope;
import de.souveraen.contracts.Json;
import io.cloudevents.CloudEventData;
import io.cloudevents.SpecVersion;
import io.cloudevents.core.data.BytesCloudEventData;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Envelope ⇄ Kafka record in CloudEvents 1.0 binary content mode, through the CloudEvents SDK's Kafka binding
 * ({@code io.cloudevents:cloudevents-kafka}): attributes and extensions as {@code ce_} headers, the JSON payload as
 * value, {@code <tenant>/<stream id>} as key (one stream's events stay in order on one partition). The envelope's fields that CloudEvents has no attribute for travel as the
 * extensions named in {@link de.souveraen.contracts.CloudEventHeaders}.
 */
public final class CloudEventCodec {
    /** The SDK's Kafka writer encodes header values with the JVM's default charset; ours must be UTF-8. */
    private static final boolean DEFAULT_CHARSET_IS_UTF8 = StandardCharsets.UTF_8.equals(Charset.defaultCharset());

    private CloudEventCodec() {
    }

    public static ProducerRecord<String, byte[]> toRecord(String topic, String source, EventEnvelope e) {
        if (!DEFAULT_CHARSET_IS_UTF8) {
            throw new IllegalStateException("the default charset is " + Charset.defaultCharset()
                    + ", not UTF-8: CloudEvents headers would lose non-ASCII text (start the JVM with"
                    + " -Dfile.encoding=UTF-8 or a UTF-8 locale)");
        }
        // the binding's writer, fed attribute by attribute: no intermediate CloudEvent object per event
        CloudEventWriter<ProducerRecord<String, byte[]>> writer =
                KafkaMessageFactory.createWriter(topic, e.tenant() + "/" + e.streamId()).create(SpecVersion.V1);
        writer.withContextAttribute("id", e.eventId().toString())
                .withContextAttribute("source", source)
                .withContextAttribute("type", e.type())
                .withContextAttribute("time", e.occurredAt().toString())
                .withContextAttribute("subject", e.streamId())
                .withContextAttribute("datacontenttype", JSON)
                .withContextAttribute(extension(STREAM_TYPE), e.streamType())
                .withContextAttribute(extension(STREAM_VERSION), Long.toString(e.streamVersion()))
                .withContextAttribute(extension(TENANT), e.tenant())
                .withContextAttribute(extension(ACTOR), e.actor().subject())
                .withContextAttribute(extension(CORRELATION_ID), e.correlationId().toString())
                .withContextAttribute(extension(CAUSATION_ID), e.causationId().toString());
        if (e.actor().name() != null) {
            writer.withContextAttribute(extension(ACTOR_NAME), e.actor().name());
        }
        if (e.recordedAt() != null) {
            writer.withContextAttribute(extension(RECORDED_AT), e.recordedAt().toString());
        }
        return writer.end(BytesCloudEventData.wrap(Json.text(e.payload()).getBytes(StandardCharsets.UTF_8)));
    }

    /** Reads a record back; fails with {@link MalformedRecordException} when a required attribute is missing. */
    public static EventEnvelope fromRecord(ConsumerRecord<String, byte[]> record) {
        return fromParts(record.headers(), record.value());
    }

    public static EventEnvelope fromParts(Headers headers, byte[] value) {
        try {
            if (header(headers, SPEC_VERSION) == null) {
                throw new MalformedRecordException("missing header " + SPEC_VERSION);
            }
            // the binding's reader detects content mode and spec version and hands over the attributes
            Attributes event = KafkaMessageFactory.createReader(headers, value).read(Attributes::new);
            if (event.version != SpecVersion.V1) {
                throw new MalformedRecordException("not a CloudEvents 1.0 record");
            }
            JsonNode payload = event.data == null ? null : Json.mapper().readTree(event.data.toBytes());
            if (payload == null || !payload.isObject()) {
                throw new MalformedRecordException("payload is not a JSON object");
            }
            String recordedAt = event.get(RECORDED_AT, false);
            return new EventEnvelope(
                    UUID.fromString(event.get(ID, true)),
                    event.get(SUBJECT, true),
                    event.get(STREAM_TYPE, true),
                    Long.parseLong(event.get(STREAM_VERSION, true)),
                    event.get(TYPE, true),
                    payload,
                    Instant.parse(event.get(TIME, true)),
                    recordedAt == null ? null : Instant.parse(recordedAt),
                    new Actor(event.get(ACTOR, true), event.get(ACTOR_NAME, false)),
                    UUID.fromString(event.get(CORRELATION_ID, true)),
                    UUID.fromString(event.get(CAUSATION_ID, true)),
                    event.get(TENANT, true));
        } catch (IOException | RuntimeException e) {
            if (e instanceof MalformedRecordException m) {
                throw m;
            }
            throw new MalformedRecordException(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** The value of a header as text, or null. */
    public static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** {@code ce_streamversion} → {@code streamversion}: the attribute behind a header name. */
    private static String extension(String header) {
        return header.substring("ce_".length());
    }

    /** The attributes of one record as the binding reads them, as text, and its data. */
    private static final class Attributes implements CloudEventWriter<Attributes> {
        final SpecVersion version;
        final Map<String, String> values = new HashMap<>(32);
        CloudEventData data;

        Attributes(SpecVersion version) {
            this.version = version;
        }

        @Override
        public Attributes withContextAttribute(String name, String value) {
            values.put(name, value);
            return this;
        }

        @Override
        public Attributes end(CloudEventData data) {
            this.data = data;
            return this;
        }

        @Override
        public Attributes end() {
            return this;
        }

        String get(String header, boolean required) {
            String value = values.get(extension(header));
            if (value == null && required) {
                throw new MalformedRecordException("missing header " + header);
            }
            return value;
        }
    }

    /** A record that is not a well-formed Souverän CloudEvent: a poison record for consumers. */
    public static class MalformedRecordException extends RuntimeException {
        public MalformedRecordException(String message) {
            super(message);
        }
    }
}
