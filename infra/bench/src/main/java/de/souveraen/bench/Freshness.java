package de.souveraen.bench;

import static de.souveraen.bench.BenchRun.ADMIN;
import static de.souveraen.bench.BenchRun.COUNCIL;
import static de.souveraen.bench.BenchRun.FRESH_YEAR;
import static de.souveraen.bench.BenchRun.expense;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * 2. Freshness: how long an accepted write takes to show in the report JSON, at a fixed write rate (open loop).
 */
final class Freshness {
    private final Settings settings;
    private final de.souveraen.stack.Launcher launcher;
    private final Api api;
    private final List<String[]> summary;
    private final StringBuilder details;

    Freshness(BenchRun run) {
        this.settings = run.settings;
        this.launcher = run.launcher;
        this.api = run.api;
        this.summary = run.summary;
        this.details = run.details;
    }

    void run() throws Exception {
        freshness();
    }

    private record Ack(long nanos, long cents) {
    }

    private record Poll(long start, long end, long spentCents) {
    }

    private void freshness() throws Exception {
        String path = "/api/budgets/" + FRESH_YEAR + "/expenses";
        String report = "/api/reports/" + FRESH_YEAR + "-Q4";
        api.token(ADMIN);
        api.token(COUNCIL);
        int rate = settings.freshnessRate();
        System.out.println("freshness: " + rate + " writes/s for " + settings.freshnessSeconds() + " s …");
        long total = (long) rate * settings.freshnessSeconds();
        ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Poll> polls = new ConcurrentLinkedQueue<>();
        LongAdder refused = new LongAdder();
        ExecutorService writers = Executors.newFixedThreadPool(48);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        AtomicLong issued = new AtomicLong();
        java.util.concurrent.atomic.AtomicBoolean polling = new java.util.concurrent.atomic.AtomicBoolean(true);
        ExecutorService pollers = Executors.newFixedThreadPool(2);
        for (int p = 0; p < 2; p++) {
            pollers.submit(() -> {
                while (polling.get()) {
                    long start = System.nanoTime();
                    Api.Reply r = api.get("reporting", report, COUNCIL);
                    long end = System.nanoTime();
                    if (r.status() == 200) {
                        BigDecimal spent = r.json().at("/finances/total/spent").decimalValue();
                        polls.add(new Poll(start, end, spent.movePointRight(2).longValueExact()));
                    }
                }
                return null;
            });
        }
        Sampler reportingProfile = new Sampler(Processes.service("reporting").orElseThrow().pid(), 300);
        Sampler budgetProfile = new Sampler(Processes.service("budget").orElseThrow().pid(), 300);
        long periodMicros = 1_000_000L / rate;
        ticker.scheduleAtFixedRate(() -> {
            long n = issued.incrementAndGet();
            if (n > total) {
                return;
            }
            long cents = 100 + (n * 7919) % 5000;
            writers.submit(() -> {
                Api.Reply r = api.post("budget", path, ADMIN, expense(FRESH_YEAR, cents, "F-" + n),
                        Map.of("Idempotency-Key", "f-" + UUID.randomUUID()));
                if (r.status() == 201) {
                    acks.add(new Ack(System.nanoTime(), cents));
                } else {
                    refused.increment();
                }
            });
        }, 0, periodMicros, TimeUnit.MICROSECONDS);
        long began = System.nanoTime();
        while (issued.get() < total) {
            Thread.sleep(100); // the ticker issues the writes; this waits for it
        }
        ticker.shutdown();
        writers.shutdown();
        writers.awaitTermination(60, TimeUnit.SECONDS);
        double achieved = Stats.rate(acks.size(), System.nanoTime() - began);
        String outboxAtEnd = api.get("budget", "/api/admin/outbox", ADMIN).body();
        reportingProfile.close();
        budgetProfile.close();
        long expected = acks.stream().mapToLong(Ack::cents).sum();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && polls.stream().mapToLong(Poll::spentCents).max().orElse(0) < expected) {
            Thread.sleep(50); // until the report shows every accepted write, or the deadline
        }
        polling.set(false);
        pollers.shutdown();
        pollers.awaitTermination(30, TimeUnit.SECONDS);

        List<Ack> sortedAcks = acks.stream().sorted(java.util.Comparator.comparingLong(Ack::nanos)).toList();
        List<Poll> sortedPolls = polls.stream().sorted(java.util.Comparator.comparingLong(Poll::end)).toList();
        List<Double> lags = freshnessLags(sortedAcks, sortedPolls);
        Stats lag = Stats.of(lags);
        Stats pollTime = Stats.of(sortedPolls.stream().map(p -> (p.end() - p.start()) / 1e6).toList());
        long unseen = sortedAcks.size() - lags.size();
        details.append("### 2. Freshness\n\n").append(total).append(" expenses offered at ").append(rate)
                .append("/s (open loop, fixed schedule) to `POST ").append(path).append("`; achieved ")
                .append(Stats.f(achieved, 0)).append(" accepted/s, ").append(refused.sum())
                .append(" not accepted. Two pollers read `GET ").append(report)
                .append("` (token of `rat`) back to back (").append(sortedPolls.size()).append(" reads, p50 ")
                .append(Stats.f(pollTime.percentile(50), 1)).append(" ms each). A write counts as visible at the end"
                        + " of the first read that ended after its 201 and whose `finances.total.spent` reached the sum"
                        + " of all writes acknowledged up to that 201 (an upper bound: it includes up to one read's"
                        + " duration). **p50 ").append(Stats.f(lag.percentile(50), 0)).append(" ms, p99 ")
                .append(Stats.f(lag.percentile(99), 0)).append(" ms**, max ").append(Stats.f(lag.max(), 0))
                .append(" ms (target p99 ≤ 250 ms); ").append(unseen).append(" writes never seen within 60 s.\n\n")
                .append("budget's outbox right after the last write (`GET /api/admin/outbox`): `").append(outboxAtEnd)
                .append("`\n\n").append(freshnessStages())
                .append("Profile of budget-service while writing:\n\n").append(budgetProfile.summary(8))
                .append("\nProfile of reporting-service while writing:\n\n").append(reportingProfile.summary(8))
                .append('\n');
        summary.add(new String[] {"Freshness p50 / p99 at " + rate + " writes/s (201 → visible in report JSON)",
                Stats.f(lag.percentile(50), 0) + " / " + Stats.f(lag.percentile(99), 0) + " ms", "–",
                "p99 ≤ 250 ms", unseen > 0 ? "**missed**" : Stats.verdict(lag.percentile(99), 250, false)});
    }

    /**
     * Where the time between a write and its visibility goes, from the two databases' own clocks (one machine):
     * budget's {@code es_event.recorded_at} (the write transaction), the Kafka record's timestamp (the relay's send),
     * reporting's {@code es_processed_event.processed_at} (the start of the projection transaction that applied it).
     */
    private String freshnessStages() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + launcher.ports().postgres() + "/";
        Map<String, Long> recorded = new java.util.HashMap<>();
        try (Connection c = DriverManager.getConnection(url + "budget", "postgres", "postgres");
                var st = c.prepareStatement("select event_id::text, (extract(epoch from recorded_at) * 1000000)::bigint"
                        + " from es_event where stream_id = ?")) {
            st.setString(1, "budget-" + FRESH_YEAR);
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    recorded.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        List<Double> toSent = new ArrayList<>();
        List<Double> sentToApplied = new ArrayList<>();
        Map<String, Long> applied = new java.util.HashMap<>();
        try (Connection c = DriverManager.getConnection(url + "reporting", "postgres", "postgres");
                var st = c.prepareStatement("select event_id::text, (extract(epoch from processed_at) * 1000000)::bigint"
                        + " from es_processed_event where consumer = 'reporting' and event_id = any(?::uuid[])")) {
            st.setArray(1, c.createArrayOf("text", recorded.keySet().toArray()));
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    applied.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        List<Double> toApplied = applied.entrySet().stream()
                .map(e -> (e.getValue() - recorded.get(e.getKey())) / 1000.0).toList();
        Properties props = new Properties();
        props.put("bootstrap.servers", "127.0.0.1:" + launcher.ports().kafka());
        props.put("isolation.level", "read_committed");
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<String, byte[]>(props,
                new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            List<org.apache.kafka.common.TopicPartition> parts = consumer.partitionsFor("souveraen.budget.events")
                    .stream().map(i -> new org.apache.kafka.common.TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<org.apache.kafka.common.TopicPartition, Long> end = new java.util.HashMap<>(consumer.endOffsets(parts));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline && end.entrySet().stream()
                    .anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                for (var r : consumer.poll(Duration.ofMillis(500))) {
                    var id = r.headers().lastHeader("ce_id");
                    String eventId = id == null ? null : new String(id.value(), java.nio.charset.StandardCharsets.UTF_8);
                    Long at = eventId == null ? null : recorded.get(eventId);
                    if (at != null) {
                        toSent.add((r.timestamp() * 1000 - at) / 1000.0);
                        Long done = applied.get(eventId);
                        if (done != null) {
                            sentToApplied.add((done - r.timestamp() * 1000) / 1000.0);
                        }
                    }
                }
            }
        }
        Stats a = Stats.of(toSent);
        Stats b = Stats.of(sentToApplied);
        Stats c = Stats.of(toApplied);
        return "Where the time goes (" + recorded.size() + " events of the stream; clocks of the one machine): write"
                + " transaction (`recorded_at`) → relay's Kafka send (record timestamp) p50 " + Stats.f(a.percentile(50), 0)
                + " / p99 " + Stats.f(a.percentile(99), 0) + " ms; send → reporting's projection transaction"
                + " (`processed_at`) p50 " + Stats.f(b.percentile(50), 0) + " / p99 " + Stats.f(b.percentile(99), 0)
                + " ms; write → projection p50 " + Stats.f(c.percentile(50), 0) + " / p99 " + Stats.f(c.percentile(99), 0)
                + " ms. The rest of the lag above is the projection's commit and the report read.\n\n";
    }

    /** For each acknowledged write (in ack order) the ms until a read showed the cumulative sum up to it. */
    static List<Double> freshnessLags(List<Ack> acks, List<Poll> polls) {
        List<Double> lags = new ArrayList<>();
        long cumulative = 0;
        int from = 0;
        for (Ack ack : acks) {
            cumulative += ack.cents();
            while (from < polls.size() && polls.get(from).end() < ack.nanos()) {
                from++;
            }
            for (int i = from; i < polls.size(); i++) {
                if (polls.get(i).spentCents() >= cumulative) {
                    lags.add((polls.get(i).end() - ack.nanos()) / 1e6);
                    break;
                }
            }
        }
        return lags;
    }
}
