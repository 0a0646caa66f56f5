package de.souveraen.bench;

import de.souveraen.contracts.Topics;
import de.souveraen.stack.Launcher;
import de.souveraen.testing.FileTrees;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * {@code ./souveraen bench [--quick] [--events N] [--out FILE]}: starts the whole stack on free ports with a
 * temporary data folder (as the end-to-end test does), measures the design's non-functional targets, each against
 * a baseline measured in the same run on the same machine, and writes {@code docs/benchmarks.md}.
 */
public final class Benchmarks {
    private static final String ADMIN = "verwaltung";
    private static final String COUNCIL = "rat";
    private static final int WRITE_YEAR = 2024;
    private static final int FRESH_YEAR = 2025;

    record Settings(boolean quick, long events, int clients, int pgbenchSeconds, int writeWarmup, int writeSeconds,
            int freshnessSeconds, int freshnessRate, int jsonRequests, int pdfRequests, Path out) {
        static Settings parse(String[] args) {
            boolean quick = List.of(args).contains("--quick");
            long events = quick ? 100_000 : 1_000_000;
            Path out = Path.of("docs/benchmarks.md");
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--events")) {
                    events = Long.parseLong(args[++i]);
                } else if (args[i].equals("--out")) {
                    out = Path.of(args[++i]);
                } else if (!args[i].equals("--quick")) {
                    throw new IllegalArgumentException("usage: bench [--quick] [--events N] [--out FILE]");
                }
            }
            return quick ? new Settings(true, events, 8, 10, 3, 15, 15, 200, 100, 5, out)
                    : new Settings(false, events, 8, 20, 5, 40, 30, 200, 300, 20, out);
        }
    }

    private final Settings settings;
    private final Launcher launcher;
    private final Path data;
    private final Path root;
    private Api api;
    private final List<String[]> summary = new ArrayList<>();
    private final StringBuilder details = new StringBuilder();
    private final List<Process> restarted = new ArrayList<>();

    private Benchmarks(Settings settings, Path root, Path data) {
        this.settings = settings;
        this.root = root;
        this.data = data;
        this.launcher = new Launcher(root, data, Launcher.defaultCache(), Launcher.Ports.free());
    }

    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("kafka").setLevel(java.util.logging.Level.SEVERE);
        java.util.logging.Logger.getLogger("org.apache.kafka").setLevel(java.util.logging.Level.SEVERE);
        java.util.logging.Logger.getLogger("state.change.logger").setLevel(java.util.logging.Level.SEVERE);
        Settings settings = Settings.parse(args);
        Path root = Path.of("").toAbsolutePath();
        Path data = Files.createTempDirectory("souveraen-bench-");
        Benchmarks bench = new Benchmarks(settings, root, data);
        long begin = System.nanoTime();
        try {
            bench.run();
        } finally {
            bench.stop();
        }
        System.out.printf(Locale.ROOT, "%nbenchmarks done in %.1f min, results in %s%n",
                (System.nanoTime() - begin) / 60e9, settings.out());
        System.exit(0);
    }

    private void run() throws Exception {
        String machine = Machine.describe();
        System.out.println(machine);
        long startBegin = System.nanoTime();
        launcher.start(new Launcher.Options(data, false));
        double stackSeconds = (System.nanoTime() - startBegin) / 1e9;
        api = new Api(launcher.ports());
        Map<String, Double> firstStart = new LinkedHashMap<>();
        for (String s : List.of("inventory", "budget", "workgroup", "reporting")) {
            firstStart.put(s, Processes.quarkusStartSeconds(data.resolve("logs/" + s + "-service.log"), 0));
        }
        long stackRssAtStart = stackRssKib();

        setUpBudgets();
        double pgbenchTps = pgbench();
        double writeRate = writes(pgbenchTps);
        freshness();
        replayAndReports();
        memoryAndStarts(stackSeconds, stackRssAtStart, firstStart);
        write(machine);
    }

    // ------------------------------------------------------------------------------------------------ set-up

    private void setUpBudgets() {
        for (int year : List.of(WRITE_YEAR, FRESH_YEAR)) {
            Api.Reply reply = api.post("budget", "/api/budgets", ADMIN, """
                    {"fiscalYear":%d,"title":"Benchmark %d","resolution":"Ratsbeschluss %d/001","adoptedOn":"%d-01-20",
                     "lines":[{"code":"ANALYSE","title":"Analyse","amount":900000000.00},
                              {"code":"PILOT","title":"Pilot","amount":900000000.00}]}"""
                    .formatted(year, year, year, year), Map.of());
            if (reply.status() != 201) {
                throw new IllegalStateException("budget " + year + " not adopted: " + reply);
            }
        }
    }

    private static String expense(int year, long cents, String ref) {
        return "{\"lineCode\":\"ANALYSE\",\"amount\":" + BigDecimal.valueOf(cents, 2).toPlainString()
                + ",\"bookedOn\":\"" + year + "-11-15\",\"vendor\":\"Bench GmbH\",\"description\":\"Benchmark\","
                + "\"invoiceRef\":\"" + ref + "\"}";
    }

    // ------------------------------------------------------------------------------------------------ 1. writes

    private double pgbench() throws Exception {
        String pgbench = Files.exists(Path.of("/usr/bin/pgbench")) ? "/usr/bin/pgbench"
                : "/usr/lib/postgresql/15/bin/pgbench";
        if (!Files.exists(Path.of(pgbench))) {
            details.append("pgbench not found: no baseline for the write path.\n\n");
            return Double.NaN;
        }
        String url = "jdbc:postgresql://127.0.0.1:" + launcher.ports().postgres() + "/";
        try (Connection c = DriverManager.getConnection(url + "postgres", "postgres", "postgres")) {
            c.createStatement().execute("create database bench");
        }
        try (Connection c = DriverManager.getConnection(url + "bench", "postgres", "postgres")) {
            c.createStatement().execute("create table bench_event (id bigserial primary key, stream_id text not null,"
                    + " payload jsonb not null, recorded_at timestamptz not null default now())");
        }
        Path script = data.resolve("insert.sql");
        Files.writeString(script, "insert into bench_event (stream_id, payload) values ('bench-' || :client_id,"
                + " '{\"lineCode\":\"ANALYSE\",\"amount\":12.34,\"bookedOn\":\"2024-11-15\",\"vendor\":\"Bench GmbH\","
                + "\"description\":\"Benchmark\",\"invoiceRef\":\"B-1\"}');\n");
        ProcessBuilder pb = new ProcessBuilder(pgbench, "-h", "127.0.0.1", "-p",
                Integer.toString(launcher.ports().postgres()), "-U", "postgres", "-n", "-c",
                Integer.toString(settings.clients()), "-j", "2", "-T", Integer.toString(settings.pgbenchSeconds()),
                "-f", script.toString(), "bench").redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", "postgres");
        System.out.println("pgbench: " + String.join(" ", pb.command()));
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Matcher m = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(output);
        double tps = m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
        System.out.println(output);
        details.append("### 1. Write path\n\nBaseline: `pgbench -n -c ").append(settings.clients())
                .append(" -j 2 -T ").append(settings.pgbenchSeconds())
                .append("` with a custom script of one single-row `INSERT` (an event-sized JSONB row into a table with"
                        + " a bigserial key) per transaction, against the stack's embedded PostgreSQL, database"
                        + " `bench`: **").append(Stats.f(tps, 0)).append(" tps**.\n\n");
        return tps;
    }

    private record WriteResult(int clients, double rate, Map<Integer, LongAdder> statuses, Stats latency,
            double[] perWindow, String profile) {
    }

    private double writes(double pgbenchTps) throws Exception {
        String path = "/api/budgets/" + WRITE_YEAR + "/expenses";
        System.out.println("write path: 1 client, then " + settings.clients() + " clients …");
        AtomicLong sequence = new AtomicLong();
        WriteResult one = writeLoad(path, 1, settings.writeWarmup(), Math.max(5, settings.writeSeconds() / 3), sequence,
                false);
        WriteResult many = writeLoad(path, settings.clients(), settings.writeWarmup(), settings.writeSeconds(),
                sequence, true);
        double ratio = Stats.ratio(many.rate(), pgbenchTps);
        for (WriteResult r : List.of(one, many)) {
            details.append("Measured with **").append(r.clients()).append(" client(s)**, each `POST ").append(path)
                    .append("` with a fresh `Idempotency-Key` and a real Keycloak token of `verwaltung`, back to back,"
                            + " after a warm-up: **").append(Stats.f(r.rate(), 0))
                    .append(" accepted (201) commands/s**; statuses ").append(r.statuses()).append("; latency p50 ")
                    .append(Stats.f(r.latency().percentile(50), 1)).append(" ms, p99 ")
                    .append(Stats.f(r.latency().percentile(99), 1)).append(" ms; per 5-s window: ");
            for (double w : r.perWindow()) {
                details.append(Stats.f(w, 0)).append("/s ");
            }
            details.append("\n\n");
        }
        details.append("Ratio (").append(settings.clients()).append(" clients vs pgbench with ")
                .append(settings.clients()).append(" clients): **").append(Stats.f(ratio, 3))
                .append("** (target ≥ 0.5). All writes go to ONE event stream (`budget-").append(WRITE_YEAR)
                .append("`, ").append(sequence.get()).append(" commands sent in all).\n\nProfile of budget-service"
                        + " during the measured window with ").append(settings.clients())
                .append(" clients (jcmd Thread.print every 200 ms):\n\n").append(many.profile()).append('\n');
        summary.add(new String[] {"Write path: accepted commands/s vs pgbench single-row INSERT tps",
                Stats.f(many.rate(), 0) + " / " + Stats.f(pgbenchTps, 0), Stats.f(ratio, 3), "≥ 0.5",
                Stats.verdict(ratio, 0.5, true)});
        return many.rate();
    }

    private WriteResult writeLoad(String path, int clients, int warmup, int seconds, AtomicLong sequence,
            boolean profile) throws Exception {
        LongAdder accepted = new LongAdder();
        Map<Integer, LongAdder> statuses = new java.util.concurrent.ConcurrentSkipListMap<>();
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        long warmupEnd = System.nanoTime() + Duration.ofSeconds(warmup).toNanos();
        long end = warmupEnd + Duration.ofSeconds(seconds).toNanos();
        int windows = Math.max(1, seconds / 5);
        LongAdder[] perWindow = new LongAdder[windows];
        for (int i = 0; i < windows; i++) {
            perWindow[i] = new LongAdder();
        }
        api.token(ADMIN);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long budgetPid = Processes.service("budget").orElseThrow().pid();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (true) {
                    long now = System.nanoTime();
                    if (now >= end) {
                        return null;
                    }
                    long n = sequence.incrementAndGet();
                    Api.Reply reply = api.post("budget", path, ADMIN, expense(WRITE_YEAR, 100 + n % 9000, "W-" + n),
                            Map.of("Idempotency-Key", "w-" + UUID.randomUUID()));
                    long done = System.nanoTime();
                    if (now >= warmupEnd && done <= end) {
                        statuses.computeIfAbsent(reply.status(), s -> new LongAdder()).increment();
                        latencies.add(reply.nanos() / 1e6);
                        if (reply.status() == 201) {
                            accepted.increment();
                            int w = (int) ((done - warmupEnd) / Duration.ofSeconds(5).toNanos());
                            perWindow[Math.min(w, windows - 1)].increment();
                        }
                    }
                }
            });
        }
        Thread.sleep(Duration.ofSeconds(warmup).toMillis());
        Sampler sampler = profile ? new Sampler(budgetPid, 200) : null;
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        if (sampler != null) {
            sampler.close();
        }
        double[] windowRates = new double[windows];
        for (int i = 0; i < windows; i++) {
            windowRates[i] = perWindow[i].sum() / 5.0;
        }
        return new WriteResult(clients, accepted.sum() / (double) seconds, statuses,
                Stats.of(new ArrayList<>(latencies)), windowRates, sampler == null ? "" : sampler.summary(12));
    }

    // ------------------------------------------------------------------------------------------------ 2. freshness

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

    // ------------------------------------------------------------------------------------------------ 3 + 4. replay

    private static final List<String> TOPICS = List.of(Topics.INVENTORY, Topics.BUDGET, Topics.WORKGROUP);

    private void replayAndReports() throws Exception {
        String bootstrap = "127.0.0.1:" + launcher.ports().kafka();
        // The live consumer must not chew through the synthetic history first: stop reporting, write the history,
        // move its consumer group to the end, start it again with the same command line, then rebuild.
        ProcessHandle reporting = Processes.service("reporting").orElseThrow();
        List<String> command = Processes.commandLine(reporting);
        reporting.destroy();
        reporting.onExit().get(60, TimeUnit.SECONDS);

        System.out.println("writing " + settings.events() + " events to the topics …");
        long produceBegin = System.nanoTime();
        long produced = new History().produce(bootstrap, settings.events());
        double produceSeconds = (System.nanoTime() - produceBegin) / 1e9;
        System.out.printf(Locale.ROOT, "  %d events in %.1f s%n", produced, produceSeconds);

        long totalRecords;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (var d : admin.describeTopics(TOPICS).allTopicNames().get().values()) {
                d.partitions().forEach(p -> latest.put(new TopicPartition(d.name(), p.partition()),
                        OffsetSpec.latest()));
            }
            Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((tp, info) -> ends.put(tp,
                    new OffsetAndMetadata(info.offset())));
            totalRecords = ends.values().stream().mapToLong(OffsetAndMetadata::offset).sum();
            admin.alterConsumerGroupOffsets("souveraen-reporting", ends).all().get();
        }

        double cpRate = consumerPerformance(bootstrap, produced);

        Path log = data.resolve("logs/reporting-service.log");
        Processes.Started started = Processes.start(command, launcher.ports().service("reporting"), log);
        restarted.add(started.process());

        System.out.println("rebuilding the read models …");
        Sampler sampler = new Sampler(started.process().pid(), 500);
        Api.Reply rebuild = api.post("reporting", "/api/admin/rebuild", ADMIN, "{}", Map.of(),
                Duration.ofMinutes(90));
        sampler.close();
        if (rebuild.status() != 200) {
            throw new IllegalStateException("rebuild failed: " + rebuild);
        }
        var outcome = rebuild.json();
        long records = outcome.get("records").asLong();
        long millis = outcome.get("millis").asLong();
        double rebuildRate = records * 1000.0 / millis;
        double ratio = Stats.ratio(rebuildRate, cpRate);
        System.out.println("  rebuild: " + outcome);
        details.append("### 3. Replay\n\n").append(produced).append(" events written straight to the three topics in"
                        + " the outbox relay's format (the kernel's `CloudEventCodec`: CloudEvents binary mode, key ="
                        + " stream id, one Kafka transaction per 500 events) in ").append(Stats.f(produceSeconds, 1))
                .append(" s; payloads from the published samples (mix: 90 % budget `ExpenseBooked` over 15 fiscal-year"
                        + " streams, 7 % inventory — dependencies with ~20 events each, 3 % workgroup — trainings with"
                        + " 10 events each). The topics then hold ").append(totalRecords)
                .append(" offsets (records plus transaction markers).\n\nBaseline: `org.apache.kafka.tools."
                        + "ConsumerPerformance --include 'souveraen\\.(inventory|budget|workgroup)\\.events' "
                        + "--num-records ").append(produced).append(" --command-property isolation.level=read_committed`"
                        + " (kafka-tools ").append("4.3.1, its own JVM): **").append(Stats.f(cpRate, 0))
                .append(" records/s** (its `fetch.nMsg.sec`, i.e. without the consumer-group join; the rebuild"
                        + " assigns partitions and joins no group).\n\nMeasured: `POST /api/admin/rebuild` on"
                        + " reporting (token of `verwaltung`) → `").append(outcome).append("`: **")
                .append(Stats.f(rebuildRate, 0)).append(" records/s**, ratio **").append(Stats.f(ratio, 3))
                .append("** (target ≥ 0.3).\n\nProfile of reporting-service during the rebuild (jcmd Thread.print"
                        + " every 500 ms):\n\n").append(sampler.summary(12)).append('\n');
        summary.add(new String[] {"Replay: rebuild records/s vs Kafka ConsumerPerformance (" + produced + " events)",
                Stats.f(rebuildRate, 0) + " / " + Stats.f(cpRate, 0), Stats.f(ratio, 3), "≥ 0.3",
                Stats.verdict(ratio, 0.3, true)});
        details.append("Reporting restarted alone (same command line) before the rebuild: ready after ")
                .append(started.readyMillis()).append(" ms.\n\n");
        reportLatency(produced);
    }

    private double consumerPerformance(String bootstrap, long records) throws Exception {
        String classpath = System.getProperty("java.class.path");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", classpath, "org.apache.kafka.tools.ConsumerPerformance", "--bootstrap-server", bootstrap,
                "--include", "souveraen\\.(inventory|budget|workgroup)\\.events", "--num-records",
                Long.toString(records), "--group", "bench-consumer-performance", "--timeout", "60000",
                "--command-property", "isolation.level=read_committed", "--command-property", "auto.offset.reset=earliest");
        System.out.println("ConsumerPerformance …");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        System.out.println(output.lines().filter(l -> !l.contains("SLF4J")).reduce("", (a, b) -> a + b + "\n"));
        String header = null;
        for (String line : output.lines().toList()) {
            if (line.startsWith("start.time")) {
                header = line;
            } else if (header != null && line.contains(",")) {
                String[] names = header.split(",\\s*");
                String[] values = line.split(",\\s*");
                for (int i = 0; i < names.length && i < values.length; i++) {
                    if (names[i].trim().equals("fetch.nMsg.sec")) {
                        return Double.parseDouble(values[i].trim());
                    }
                }
            }
        }
        details.append("ConsumerPerformance printed no result:\n\n```\n").append(output).append("\n```\n\n");
        return Double.NaN;
    }

    private void reportLatency(long history) {
        System.out.println("report latency …");
        String period = "2026-Q4";
        for (int i = 0; i < 5; i++) {
            api.get("reporting", "/api/reports/" + period, COUNCIL);
            api.getBytes("reporting", "/reports/" + period + ".pdf", COUNCIL);
        }
        List<Double> json = new ArrayList<>();
        int jsonBytes = 0;
        for (int i = 0; i < settings.jsonRequests(); i++) {
            Api.Reply r = api.get("reporting", "/api/reports/" + period, COUNCIL);
            if (r.status() != 200) {
                throw new IllegalStateException("report: " + r);
            }
            jsonBytes = r.body().length();
            json.add(r.nanos() / 1e6);
        }
        List<Double> pdf = new ArrayList<>();
        String pdfSize = "";
        for (int i = 0; i < settings.pdfRequests(); i++) {
            Api.Reply r = api.getBytes("reporting", "/reports/" + period + ".pdf", COUNCIL);
            if (r.status() != 200) {
                throw new IllegalStateException("pdf: " + r);
            }
            pdfSize = r.body();
            pdf.add(r.nanos() / 1e6);
        }
        Stats j = Stats.of(json);
        Stats p = Stats.of(pdf);
        details.append("### 4. Report latency with ").append(history).append(" events of history\n\n`GET /api/reports/")
                .append(period).append("` (").append(jsonBytes).append(" characters), ").append(json.size())
                .append(" sequential requests after 5 warm-ups: p50 ").append(Stats.f(j.percentile(50), 1))
                .append(" ms, **p95 ").append(Stats.f(j.percentile(95), 1)).append(" ms**, max ")
                .append(Stats.f(j.max(), 1)).append(" ms. `GET /reports/").append(period).append(".pdf` (")
                .append(pdfSize).append("), ").append(pdf.size()).append(" requests: p50 ")
                .append(Stats.f(p.percentile(50), 0)).append(" ms, **p95 ").append(Stats.f(p.percentile(95), 0))
                .append(" ms**, max ").append(Stats.f(p.max(), 0)).append(" ms.\n\n");
        summary.add(new String[] {"Report JSON p95 (" + history + " events of history)",
                Stats.f(j.percentile(95), 1) + " ms", "–", "≤ 50 ms", Stats.verdict(j.percentile(95), 50, false)});
        summary.add(new String[] {"Report PDF p95 (" + history + " events of history)",
                Stats.f(p.percentile(95), 0) + " ms", "–", "≤ 1500 ms", Stats.verdict(p.percentile(95), 1500, false)});
    }

    // ------------------------------------------------------------------------------------------------ 5. memory, start

    private long stackRssKib() {
        long sum = Processes.rssKib(ProcessHandle.current().pid());
        for (String s : List.of("inventory", "budget", "workgroup", "reporting")) {
            sum += Processes.service(s).map(p -> Processes.rssKib(p.pid())).orElse(0L);
        }
        sum += Processes.keycloak().map(p -> Processes.rssKib(p.pid())).orElse(0L);
        sum += Processes.postgres().stream().mapToLong(p -> Processes.pssKib(p.pid())).sum();
        return sum;
    }

    private void memoryAndStarts(double stackSeconds, long stackRssAtStart, Map<String, Double> firstStart)
            throws Exception {
        System.out.println("memory, then each service restarted alone …");
        details.append("### 5. Start time and memory\n\n");
        StringBuilder table = new StringBuilder("| service | heap setting | RSS after load | start alone (process"
                + " start → ready) | Quarkus \"started in\" (alone / in the stack start) |\n|---|---|---|---|---|\n");
        Map<String, Long> rss = new LinkedHashMap<>();
        Map<String, ProcessHandle> handles = new LinkedHashMap<>();
        for (String s : List.of("inventory", "budget", "workgroup", "reporting")) {
            ProcessHandle h = Processes.service(s).orElseThrow();
            handles.put(s, h);
            rss.put(s, Processes.rssKib(h.pid()));
        }
        long stackRssAfterLoad = stackRssKib();
        long benchJvm = Processes.rssKib(ProcessHandle.current().pid());
        long maxRss = 0;
        long maxStart = 0;
        for (var e : handles.entrySet()) {
            String s = e.getKey();
            ProcessHandle h = e.getValue();
            String heap = Processes.heapOptions(h);
            Path log = data.resolve("logs/" + s + "-service.log");
            Processes.Started again = Processes.restart(h, launcher.ports().service(s), log);
            restarted.add(again.process());
            maxRss = Math.max(maxRss, rss.get(s));
            maxStart = Math.max(maxStart, again.readyMillis());
            table.append("| ").append(s).append(" | `").append(heap).append("` | ")
                    .append(rss.get(s) / 1024).append(" MB | ").append(again.readyMillis()).append(" ms | ")
                    .append(again.quarkusSeconds() == null ? "–" : again.quarkusSeconds() + " s").append(" / ")
                    .append(firstStart.get(s) == null ? "–" : firstStart.get(s) + " s").append(" |\n");
        }
        details.append(table).append("\nRSS = `VmRSS` of `/proc/<pid>/status` after the load above (for reporting:"
                        + " after the rebuild and the report requests). Start alone = each service stopped and started"
                        + " again with its very command line while the rest of the stack runs, polled every 10 ms on"
                        + " `/q/health/ready` (includes the JVM's own start).\n\nWhole stack (`Launcher.start`: embedded"
                        + " PostgreSQL and Kafka, Keycloak, the four services, all on free ports, fresh data folder):"
                        + " **").append(Stats.f(stackSeconds, 1)).append(" s** to ready; memory (sum of RSS of the"
                        + " launcher JVM with the embedded Kafka broker, Keycloak, the four services, plus PSS of the"
                        + " PostgreSQL processes): ").append(stackRssAtStart / 1024).append(" MB after start, ")
                .append(stackRssAfterLoad / 1024).append(" MB after the load (of which ").append(benchJvm / 1024)
                .append(" MB the launcher/bench JVM with Kafka and the load generator).\n\n");
        summary.add(new String[] {"Slowest service start alone (process start → ready)", maxStart + " ms", "–",
                "≤ 3000 ms", Stats.verdict(maxStart, 3000, false)});
        summary.add(new String[] {"Largest service RSS after load", maxRss / 1024 + " MB", "–", "≤ 256 MB",
                Stats.verdict(maxRss / 1024.0, 256, false)});
        summary.add(new String[] {"Whole stack start (fresh data folder)", Stats.f(stackSeconds, 1) + " s", "–",
                "≤ 60 s", Stats.verdict(stackSeconds, 60, false)});
    }

    // ------------------------------------------------------------------------------------------------ output

    private void write(String machine) throws Exception {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n").append("Results of `./souveraen bench").append(settings.quick() ? " --quick" : "")
                .append("` on ").append(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                .append(" (").append(settings.quick() ? "quick mode: smaller numbers" : "full mode")
                .append("). Every ratio is against a baseline measured in the same run on the same machine.\n\n")
                .append("## Machine\n\n").append(machine).append("\n\n## Summary\n\n")
                .append("| target | measured (absolute) | ratio | target | verdict |\n|---|---|---|---|---|\n");
        for (String[] row : summary) {
            md.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        md.append("\n## Details\n\n").append(details);
        Path out = settings.out().isAbsolute() ? settings.out() : root.resolve(settings.out());
        Files.writeString(out, merge(Files.exists(out) ? Files.readString(out) : null, md.toString()));
        System.out.println(md);
        System.out.println("written: " + out);
    }

    static final String BEGIN = "<!-- generated by ./souveraen bench: begin -->";
    static final String END = "<!-- generated by ./souveraen bench: end -->";

    /** The new results between the markers; text outside them (the analysis) stays as it was. */
    static String merge(String existing, String generated) {
        String block = BEGIN + "\n" + generated + END + "\n";
        if (existing == null || !existing.contains(BEGIN) || !existing.contains(END)) {
            return block + (existing == null ? "" : "\n" + existing);
        }
        return existing.substring(0, existing.indexOf(BEGIN)) + block
                + existing.substring(existing.indexOf(END) + END.length()).replaceFirst("^\n", "");
    }

    private void stop() {
        for (Process p : restarted) {
            p.destroy();
        }
        for (Process p : restarted) {
            try {
                p.waitFor(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        launcher.stop();
        FileTrees.deleteQuietly(data);
    }
}
