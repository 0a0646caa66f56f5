package de.souveraen.eventstore.outbox;

import static de.souveraen.contracts.CloudEventHeaders.*;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.Actor;
import de.souveraen.contracts.EventEnvelope;
import de.souveraen.contracts.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Envelope ⇄ Kafka record in CloudEvents 1.0 binary content mode: attributes and extensions as {@code ce_}
 * headers, the JSON payload as value, the stream id as key.
 */
public final class CloudEventCodec {
    private CloudEventCodec() {
    }

    public static ProducerRecord<String, byte[]> toRecord(String topic, String source, EventEnvelope e) {
        Headers headers = new RecordHeaders();
        put(headers, SPEC_VERSION, SPEC_VERSION_VALUE);
        put(headers, ID, e.eventId().toString());
        put(headers, SOURCE, source);
        put(headers, TYPE, e.type());
        put(headers, TIME, e.occurredAt().toString());
        put(headers, SUBJECT, e.streamId());
        put(headers, CONTENT_TYPE, JSON);
        put(headers, STREAM_TYPE, e.streamType());
        put(headers, STREAM_VERSION, Long.toString(e.streamVersion()));
        put(headers, TENANT, e.tenant());
        put(headers, ACTOR, e.actor().subject());
        put(headers, ACTOR_NAME, e.actor().name());
        put(headers, CORRELATION_ID, e.correlationId().toString());
        put(headers, CAUSATION_ID, e.causationId().toString());
        if (e.recordedAt() != null) {
            put(headers, RECORDED_AT, e.recordedAt().toString());
        }
        byte[] value = Json.text(e.payload()).getBytes(StandardCharsets.UTF_8);
        return new ProducerRecord<>(topic, null, e.streamId(), value, headers);
    }

    /** Reads a record back; fails with {@link MalformedRecordException} when a required attribute is missing. */
    public static EventEnvelope fromRecord(ConsumerRecord<String, byte[]> record) {
        return fromParts(record.headers(), record.value());
    }

    public static EventEnvelope fromParts(Headers headers, byte[] value) {
        try {
            if (!SPEC_VERSION_VALUE.equals(get(headers, SPEC_VERSION, true))) {
                throw new MalformedRecordException("not a CloudEvents 1.0 record");
            }
            JsonNode payload = value == null ? null : Json.mapper().readTree(value);
            if (payload == null || !payload.isObject()) {
                throw new MalformedRecordException("payload is not a JSON object");
            }
            String recordedAt = get(headers, RECORDED_AT, false);
            return new EventEnvelope(
                    UUID.fromString(get(headers, ID, true)),
                    get(headers, SUBJECT, true),
                    get(headers, STREAM_TYPE, true),
                    Long.parseLong(get(headers, STREAM_VERSION, true)),
                    get(headers, TYPE, true),
                    payload,
                    Instant.parse(get(headers, TIME, true)),
                    recordedAt == null ? null : Instant.parse(recordedAt),
                    new Actor(get(headers, ACTOR, true), get(headers, ACTOR_NAME, false)),
                    UUID.fromString(get(headers, CORRELATION_ID, true)),
                    UUID.fromString(get(headers, CAUSATION_ID, true)),
                    get(headers, TENANT, true));
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

    private static String get(Headers headers, String name, boolean required) {
        String value = header(headers, name);
        if (value == null && required) {
            throw new MalformedRecordException("missing header " + name);
        }
        return value;
    }

    private static void put(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** A record that is not a well-formed Souverän CloudEvent: a poison record for consumers. */
    public static class MalformedRecordException extends RuntimeException {
        public MalformedRecordException(String message) {
            super(message);
        }
    }
}
