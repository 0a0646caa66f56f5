package de.souveraen.eventstore.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.Actor;
import de.souveraen.contracts.EventEnvelope;
import de.souveraen.contracts.Json;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A micro-measurement, not a test: encodes and decodes 1,000,000 envelopes with {@link CloudEventCodec} (the
 * outbox relay's and the projection runner's path) and prints the best of 5 runs, as elapsed time and as the
 * measuring thread's CPU time (which a busy shared machine disturbs less). Run it with the test class path:
 * {@code java -Xms512m -Xmx512m -cp target/test-classes:target/classes:<dependencies>
 * de.souveraen.eventstore.outbox.CloudEventCodecMeasure}.
 */
public final class CloudEventCodecMeasure {
    private static final int EVENTS = 1_000_000;

    private CloudEventCodecMeasure() {
    }

    public static void main(String[] args) {
        JsonNode payload = Json.mapper().createObjectNode().put("commitmentId", UUID.randomUUID().toString())
                .put("line", "1.1.01.01").put("amount", "1234.50").put("text", "Lizenzen Büro-Software 2027");
        EventEnvelope[] envelopes = new EventEnvelope[1024];
        for (int i = 0; i < envelopes.length; i++) {
            envelopes[i] = new EventEnvelope(UUID.randomUUID(), "fiscal-year-2027", "FiscalYear", i + 1,
                    "budget.CommitmentMade.v1", payload, Instant.parse("2026-12-05T09:15:30.123456Z"),
                    Instant.parse("2026-12-05T09:15:30.223Z"), new Actor("kc-1234", "Erika Mustermann"),
                    UUID.randomUUID(), UUID.randomUUID(), "muenster");
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        long check = 0;
        for (int run = 1; run <= 5; run++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < EVENTS; i++) {
                ProducerRecord<String, byte[]> record = CloudEventCodec.toRecord("budget-events", "/souveraen/budget",
                        envelopes[i & 1023]);
                EventEnvelope back = CloudEventCodec.fromParts(record.headers(), record.value());
                check += back.streamVersion();
            }
            long cpu = threads.getCurrentThreadCpuTime() - startCpu;
            long nanos = System.nanoTime() - start;
            best = Math.min(best, nanos);
            bestCpu = Math.min(bestCpu, cpu);
            System.out.printf("run %d: %d ms elapsed, %d ms CPU%n", run, nanos / 1_000_000, cpu / 1_000_000);
        }
        System.out.printf("best of 5: %d ms elapsed, %d ms CPU for %,d events encoded and decoded"
                + " (%.2f µs/event CPU; check %d)%n", best / 1_000_000, bestCpu / 1_000_000, EVENTS,
                bestCpu / 1000.0 / EVENTS, check);
    }
}
