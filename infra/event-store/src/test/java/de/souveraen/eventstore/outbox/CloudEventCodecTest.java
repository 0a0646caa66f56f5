package de.souveraen.eventstore.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.souveraen.contracts.Actor;
import de.souveraen.contracts.EventEnvelope;
import de.souveraen.contracts.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class CloudEventCodecTest {

    /** „Jürgen Weiß“ in UTF-8, as the relay has always written the actor's name. */
    private static final byte[] ACTOR_NAME_UTF8 = {
        0x4A, (byte) 0xC3, (byte) 0xBC, 0x72, 0x67, 0x65, 0x6E, 0x20, 0x57, 0x65, 0x69, (byte) 0xC3, (byte) 0x9F};

    /** A record exactly as the relay wrote it before the CloudEvents SDK was used: headers in the old order. */
    private static Headers recordWrittenByTheFormerCodec() {
        Headers headers = new RecordHeaders();
        add(headers, "ce_specversion", "1.0");
        add(headers, "ce_id", "0b5e1f6a-3c1d-4f7e-9a54-2f0c6f1d8e21");
        add(headers, "ce_source", "/souveraen/budget");
        add(headers, "ce_type", "budget.CommitmentMade.v1");
        add(headers, "ce_time", "2026-12-05T09:15:30.123456Z");
        add(headers, "ce_subject", "fiscal-year-2027");
        add(headers, "content-type", "application/json");
        add(headers, "ce_streamtype", "FiscalYear");
        add(headers, "ce_streamversion", "42");
        add(headers, "ce_tenant", "muenster");
        add(headers, "ce_actor", "kc-7f3a");
        headers.add("ce_actorname", ACTOR_NAME_UTF8);
        add(headers, "ce_correlationid", "5d0c8a43-8a0b-4c33-b0e4-61a1c1f5b0a7");
        add(headers, "ce_causationid", "9e6b7c2d-1f40-4d7a-8c3e-0a2b4c6d8e10");
        add(headers, "ce_recordedat", "2026-12-05T09:15:30.223Z");
        return headers;
    }

    private static final byte[] FORMER_VALUE =
            "{\"commitmentId\":\"c-1\",\"amount\":\"1234.50\",\"text\":\"Lizenzen Büro\"}"
                    .getBytes(StandardCharsets.UTF_8);

    private static EventEnvelope expected() {
        return new EventEnvelope(UUID.fromString("0b5e1f6a-3c1d-4f7e-9a54-2f0c6f1d8e21"), "fiscal-year-2027",
                "FiscalYear", 42, "budget.CommitmentMade.v1",
                Json.mapper().createObjectNode().put("commitmentId", "c-1").put("amount", "1234.50")
                        .put("text", "Lizenzen Büro"),
                Instant.parse("2026-12-05T09:15:30.123456Z"), Instant.parse("2026-12-05T09:15:30.223Z"),
                new Actor("kc-7f3a", "Jürgen Weiß"), UUID.fromString("5d0c8a43-8a0b-4c33-b0e4-61a1c1f5b0a7"),
                UUID.fromString("9e6b7c2d-1f40-4d7a-8c3e-0a2b4c6d8e10"), "muenster");
    }

    @Test
    void a_record_written_by_the_former_codec_still_decodes() {
        assertThat(CloudEventCodec.fromParts(recordWrittenByTheFormerCodec(), FORMER_VALUE)).isEqualTo(expected());
    }

    @Test
    void an_envelope_round_trips_through_a_record() {
        ProducerRecord<String, byte[]> record = CloudEventCodec.toRecord("budget-events", "/souveraen/budget",
                expected());
        assertThat(record.topic()).isEqualTo("budget-events");
        assertThat(record.key()).isEqualTo("muenster/fiscal-year-2027");
        assertThat(CloudEventCodec.fromParts(record.headers(), record.value())).isEqualTo(expected());
    }

    @Test
    void the_codec_writes_the_same_headers_and_value_as_before() throws Exception {
        ProducerRecord<String, byte[]> record = CloudEventCodec.toRecord("budget-events", "/souveraen/budget",
                expected());
        assertThat(texts(record.headers())).isEqualTo(texts(recordWrittenByTheFormerCodec()));
        assertThat(Json.mapper().readTree(record.value())).isEqualTo(Json.mapper().readTree(FORMER_VALUE));
    }

    @Test
    void an_envelope_without_recording_time_has_no_recordedat_header() {
        EventEnvelope e = expected();
        EventEnvelope unrecorded = new EventEnvelope(e.eventId(), e.streamId(), e.streamType(), e.streamVersion(),
                e.type(), e.payload(), e.occurredAt(), null, e.actor(), e.correlationId(), e.causationId(),
                e.tenant());
        ProducerRecord<String, byte[]> record = CloudEventCodec.toRecord("t", "/souveraen/budget", unrecorded);
        assertThat(record.headers().lastHeader("ce_recordedat")).isNull();
        assertThat(CloudEventCodec.fromParts(record.headers(), record.value())).isEqualTo(unrecorded);
    }

    @Test
    void a_record_without_cloudevents_headers_is_malformed() {
        byte[] garbage = "not json".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CloudEventCodec.fromParts(new RecordHeaders(), garbage))
                .isInstanceOf(CloudEventCodec.MalformedRecordException.class).hasMessageContaining("missing header");
    }

    @Test
    void a_missing_extension_is_named() {
        Headers headers = recordWrittenByTheFormerCodec();
        headers.remove("ce_streamversion");
        assertThatThrownBy(() -> CloudEventCodec.fromParts(headers, FORMER_VALUE))
                .isInstanceOf(CloudEventCodec.MalformedRecordException.class)
                .hasMessage("missing header ce_streamversion");
    }

    @Test
    void a_payload_that_is_not_a_json_object_is_malformed() {
        assertThatThrownBy(() -> CloudEventCodec.fromParts(recordWrittenByTheFormerCodec(),
                "[1,2]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CloudEventCodec.MalformedRecordException.class)
                .hasMessage("payload is not a JSON object");
    }

    @Test
    void another_spec_version_is_malformed() {
        Headers headers = recordWrittenByTheFormerCodec();
        headers.remove("ce_specversion");
        add(headers, "ce_specversion", "0.3");
        assertThatThrownBy(() -> CloudEventCodec.fromParts(headers, FORMER_VALUE))
                .isInstanceOf(CloudEventCodec.MalformedRecordException.class);
    }

    private static Map<String, String> texts(Headers headers) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Header header : headers) {
            texts.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return new java.util.TreeMap<>(texts);
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
