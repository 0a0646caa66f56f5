package de.souveraen.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.souveraen.contracts.Actor;
import de.souveraen.contracts.EventEnvelope;
import de.souveraen.contracts.Json;
import de.souveraen.contracts.Topics;
import de.souveraen.eventstore.outbox.CloudEventCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A synthetic history written straight to the three topics in exactly the outbox relay's format (the kernel's
 * {@link CloudEventCodec}, key = stream id, one Kafka transaction per batch like a relay cycle), with payloads made
 * from the published JSON samples of infra/contracts (so every projection accepts them).
 * <p>
 * Mix (of {@code total}): 90 % budget — one fiscal-year stream per year 2010–2023 and 2026, each a
 * {@code BudgetAdopted} followed by {@code ExpenseBooked}; 7 % inventory — dependencies with about 20 events each
 * (registered, then updates, assessments, status changes); 3 % workgroup — trainings with about 10 events each
 * (planned, held, feedback, revisions). Entity counts grow with the history, document sizes stay bounded.
 */
final class History {
    static final String TENANT = "blankenheim";
    private static final int[] YEARS = {2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021,
            2022, 2023, 2026};
    private static final String[] LINES = {"ANALYSE", "KONZEPT", "PROTOTYPEN", "SCHULUNG", "EMPFEHLUNG"};
    private static final String[] STATUSES = {"ASSESSED", "ALTERNATIVE_SELECTED", "PILOT", "MIGRATING", "MIGRATED"};
    private static final int BATCH = 500;

    private final Random random = new Random(2026);
    private final Actor actor = new Actor("bench", "Benchmark");
    private long produced;

    static ObjectNode sample(String type) {
        try (InputStream in = History.class.getResourceAsStream("/contracts/samples/" + type + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no sample " + type);
            }
            return (ObjectNode) Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code total} events; returns the number written. */
    long produce(String bootstrap, long total) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "souveraen-bench-history");
        try (Producer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
                new ByteArraySerializer())) {
            producer.initTransactions();
            Batches batches = new Batches(producer);
            long budget = total * 90 / 100;
            long inventory = total * 7 / 100;
            long workgroup = total - budget - inventory;
            budget(batches, budget);
            inventory(batches, inventory);
            workgroup(batches, workgroup);
            batches.flush();
        }
        return produced;
    }

    private final class Batches {
        private final Producer<String, byte[]> producer;
        private int inBatch;

        Batches(Producer<String, byte[]> producer) {
            this.producer = producer;
        }

        void send(String topic, String source, EventEnvelope envelope) {
            if (inBatch == 0) {
                producer.beginTransaction();
            }
            producer.send(CloudEventCodec.toRecord(topic, source, envelope));
            produced++;
            if (++inBatch == BATCH) {
                flush();
            }
        }

        void flush() {
            if (inBatch > 0) {
                producer.commitTransaction();
                inBatch = 0;
            }
        }
    }

    private EventEnvelope envelope(String streamType, String streamId, long version, String type, ObjectNode payload,
            LocalDate businessDay) {
        Instant at = businessDay.atTime(12, 0).toInstant(ZoneOffset.UTC);
        UUID correlation = UUID.randomUUID();
        return new EventEnvelope(UUID.randomUUID(), streamId, streamType, version, type, payload, at, at, actor,
                correlation, correlation, TENANT);
    }

    private void budget(Batches out, long count) {
        long perYear = Math.max(2, count / YEARS.length);
        long left = count;
        for (int y = 0; y < YEARS.length && left > 0; y++) {
            int year = YEARS[y];
            String stream = "budget-" + year;
            long n = y == YEARS.length - 1 ? left : Math.min(perYear, left);
            ObjectNode adopted = sample("budget.BudgetAdopted.v1");
            adopted.put("fiscalYear", year).put("adoptedOn", year + "-01-29");
            adopted.withArray("lines").forEach(line -> ((ObjectNode) line).put("amount",
                    new BigDecimal("100000000.00")));
            adopted.withArray("financialPlan").forEach(plan -> ((ObjectNode) plan).put("fiscalYear",
                    plan.get("fiscalYear").asInt() - 2026 + year));
            out.send(Topics.BUDGET, "/souveraen/budget", envelope("budget", stream, 1, "budget.BudgetAdopted.v1",
                    adopted, LocalDate.of(year, 1, 29)));
            left--;
            for (long v = 2; v <= n && left > 0; v++, left--) {
                LocalDate booked = LocalDate.ofYearDay(year, 1 + random.nextInt(360));
                ObjectNode e = sample("budget.ExpenseBooked.v1");
                e.put("fiscalYear", year).put("expenseId", UUID.randomUUID().toString())
                        .put("lineCode", LINES[random.nextInt(LINES.length)])
                        .put("amount", BigDecimal.valueOf(100 + random.nextInt(500_000), 2))
                        .put("bookedOn", booked.toString()).put("invoiceRef", "H-" + year + "-" + v)
                        .putNull("commitmentId").put("settledAmount", new BigDecimal("0.00")).putNull("overPlan");
                out.send(Topics.BUDGET, "/souveraen/budget", envelope("budget", stream, v, "budget.ExpenseBooked.v1",
                        e, booked));
            }
        }
    }

    private void inventory(Batches out, long count) {
        long dependencies = Math.max(1, count / 20);
        UUID[] ids = new UUID[(int) dependencies];
        long[] versions = new long[ids.length];
        for (int i = 0; i < ids.length && count > 0; i++, count--) {
            ids[i] = UUID.randomUUID();
            ObjectNode e = sample("inventory.DependencyRegistered.v2");
            e.put("dependencyId", ids[i].toString());
            ((ObjectNode) e.get("details")).put("name", "Fachverfahren " + (i + 1));
            versions[i] = 1;
            out.send(Topics.INVENTORY, "/souveraen/inventory", envelope("dependency", "dependency-" + ids[i], 1,
                    "inventory.DependencyRegistered.v2", e, LocalDate.of(2020, 1, 15)));
        }
        for (long k = 0; count > 0; k++, count--) {
            int i = random.nextInt(ids.length);
            LocalDate on = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(365 * 6));
            ObjectNode e;
            String type;
            switch ((int) (k % 3)) {
                case 0 -> {
                    type = "inventory.DependencyUpdated.v2";
                    e = sample(type);
                    ((ObjectNode) e.get("details")).put("name", "Fachverfahren " + (i + 1)).put("users",
                            10 + random.nextInt(200));
                }
                case 1 -> {
                    type = "inventory.DependencyAssessed.v1";
                    e = sample(type);
                    e.put("assessmentId", UUID.randomUUID().toString()).put("assessedOn", on.toString());
                }
                default -> {
                    type = "inventory.MigrationStatusChanged.v1";
                    e = sample(type);
                    e.put("from", STATUSES[random.nextInt(STATUSES.length)])
                            .put("to", STATUSES[random.nextInt(STATUSES.length)]).put("changedOn", on.toString());
                }
            }
            e.put("dependencyId", ids[i].toString());
            out.send(Topics.INVENTORY, "/souveraen/inventory", envelope("dependency", "dependency-" + ids[i],
                    ++versions[i], type, e, on));
        }
    }

    private void workgroup(Batches out, long count) {
        while (count > 0) {
            UUID id = UUID.randomUUID();
            String stream = "training-" + id;
            LocalDate date = LocalDate.of(2020 + random.nextInt(7), 1 + random.nextInt(12), 1 + random.nextInt(28));
            long v = 0;
            for (String type : new String[] {"workgroup.TrainingPlanned.v1", "workgroup.TrainingRevised.v1",
                    "workgroup.TrainingHeld.v1", "workgroup.TrainingFeedbackRecorded.v1",
                    "workgroup.TrainingFeedbackRecorded.v1", "workgroup.TrainingFeedbackRecorded.v1",
                    "workgroup.TrainingFeedbackRecorded.v1", "workgroup.TrainingFeedbackRecorded.v1",
                    "workgroup.TrainingFeedbackRecorded.v1", "workgroup.TrainingOutcomesRecorded.v1"}) {
                if (count-- <= 0) {
                    return;
                }
                ObjectNode e = sample(type);
                e.put("trainingId", id.toString());
                if (e.get("details") instanceof ObjectNode details) {
                    details.put("date", date.toString());
                }
                out.send(Topics.WORKGROUP, "/souveraen/workgroup", envelope("training", stream, ++v, type, e, date));
            }
        }
    }
}
