package de.souveraen.bench;

import static de.souveraen.bench.BenchRun.ADMIN;
import static de.souveraen.bench.BenchRun.WRITE_YEAR;
import static de.souveraen.bench.BenchRun.expense;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 1. The write path: accepted commands per second on one event stream, against pgbench's single-row {@code INSERT}
 * rate on the same PostgreSQL.
 */
final class WritePath {
    private final Settings settings;
    private final de.souveraen.stack.Launcher launcher;
    private final Path data;
    private final Api api;
    private final List<String[]> summary;
    private final StringBuilder details;

    WritePath(BenchRun run) {
        this.settings = run.settings;
        this.launcher = run.launcher;
        this.data = run.data;
        this.api = run.api;
        this.summary = run.summary;
        this.details = run.details;
    }

    /** pgbench's single-row INSERT rate, then the write path with one client and with many; returns the rate of many. */
    double run() throws Exception {
        return writes(pgbench());
    }

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
}
