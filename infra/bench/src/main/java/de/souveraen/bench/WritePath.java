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
 * 1. The write path, against the limit of its own SQL. Baseline B2: {@code pgbench} running, in one transaction, the
 * statements one accepted expense command issues (as the command handler, the idempotency store and the journal
 * table issue them), 8 clients on 8 streams, in a database of its own with the service's schema. Measured: accepted
 * commands/s through HTTP with a real token, 8 clients on 8 streams (8 fiscal years) and 8 clients on one stream;
 * one command alone on an otherwise idle stack. pgbench's single-row {@code INSERT} rate is kept as information.
 * When PostgreSQL preloads {@code pg_stat_statements}, the statements the budget service actually issued per
 * command are captured and printed next to B2's script, so the two can be compared.
 */
final class WritePath {
    /** The fiscal years the 8-streams run books into, one per client. */
    static final int FIRST_STREAM_YEAR = 2030;

    private final Settings settings;
    private final de.souveraen.stack.Launcher launcher;
    private final Path data;
    private final Path root;
    private final Api api;
    private final List<String[]> summary;
    private final StringBuilder details;

    WritePath(BenchRun run) {
        this.settings = run.settings;
        this.launcher = run.launcher;
        this.data = run.data;
        this.root = run.root;
        this.api = run.api;
        this.summary = run.summary;
        this.details = run.details;
    }

    /** The baselines, then the write path alone, on 8 streams and on one; returns the one-stream rate. */
    double run() throws Exception {
        String pgbench = pgbenchPath();
        details.append("### 1. Write path\n\n");
        if (pgbench == null) {
            details.append("pgbench not found: no baseline for the write path.\n\n");
        }
        double insertTps = pgbench == null ? Double.NaN : singleInsert(pgbench);
        double b2 = pgbench == null ? Double.NaN : commandStatements(pgbench);
        for (int i = 0; i < settings.clients(); i++) {
            adopt(FIRST_STREAM_YEAR + i);
        }
        AtomicLong sequence = new AtomicLong();
        boolean captured = resetStatements();
        WriteResult alone = writeLoad(1, settings.writeWarmup(), Math.max(5, settings.writeSeconds() / 3), sequence,
                false, false);
        String statements = captured ? capturedStatements(alone.acceptedAll()) : null;
        WriteResult streams = writeLoad(settings.clients(), settings.writeWarmup(), settings.writeSeconds(), sequence,
                true, true);
        WriteResult oneStream = writeLoad(settings.clients(), settings.writeWarmup(), settings.writeSeconds(),
                sequence, false, true);
        for (WriteResult r : List.of(alone, streams, oneStream)) {
            details.append("Measured with **").append(r.clients()).append(" client(s) on ")
                    .append(r.manyStreams() ? r.clients() + " streams (fiscal years " + FIRST_STREAM_YEAR + "–"
                            + (FIRST_STREAM_YEAR + r.clients() - 1) + ")" : "one stream (`budget-" + WRITE_YEAR + "`)")
                    .append("**, each `POST /api/budgets/{year}/expenses` with a fresh `Idempotency-Key` and a real"
                            + " Keycloak token of `verwaltung`, back to back, after a warm-up: **")
                    .append(Stats.f(r.rate(), 0)).append(" accepted (201) commands/s**; statuses ").append(r.statuses())
                    .append("; latency p50 ").append(Stats.f(r.latency().percentile(50), 1)).append(" ms, p99 ")
                    .append(Stats.f(r.latency().percentile(99), 1)).append(" ms; per 5-s window: ");
            for (double w : r.perWindow()) {
                details.append(Stats.f(w, 0)).append("/s ");
            }
            details.append("\n\n");
            if (!r.profile().isEmpty()) {
                details.append("Profile of budget-service during this run (jcmd Thread.print every 200 ms):\n\n")
                        .append(r.profile()).append('\n');
            }
        }
        if (statements != null) {
            details.append(statements);
        }
        double ratioStreams = Stats.ratio(streams.rate(), b2);
        double ratioOne = Stats.ratio(oneStream.rate(), b2);
        double ratioInsert = Stats.ratio(streams.rate(), insertTps);
        double p50 = alone.latency().percentile(50);
        summary.add(new String[] {"Write path, " + settings.clients() + " clients on " + settings.clients()
                + " streams: accepted commands/s vs B2 (pgbench, a command's statements)",
                Stats.f(streams.rate(), 0) + " / " + Stats.f(b2, 0), Stats.f(ratioStreams, 3), "≥ 0.5",
                Stats.verdict(ratioStreams, 0.5, true)});
        summary.add(new String[] {"Write path, " + settings.clients() + " clients on one stream vs B2",
                Stats.f(oneStream.rate(), 0) + " / " + Stats.f(b2, 0), Stats.f(ratioOne, 3), "≥ 0.25",
                Stats.verdict(ratioOne, 0.25, true)});
        summary.add(new String[] {"One command alone, p50 (idle stack, HTTP with token)", Stats.f(p50, 1) + " ms", "–",
                "≤ 3 ms", Stats.verdict(p50, 3, false)});
        summary.add(new String[] {"(information) " + settings.clients() + " streams vs pgbench single-row INSERT",
                Stats.f(streams.rate(), 0) + " / " + Stats.f(insertTps, 0), Stats.f(ratioInsert, 3), "–", "–"});
        return oneStream.rate();
    }

    private static String pgbenchPath() {
        for (String candidate : List.of("/usr/bin/pgbench", "/usr/lib/postgresql/17/bin/pgbench",
                "/usr/lib/postgresql/16/bin/pgbench", "/usr/lib/postgresql/15/bin/pgbench")) {
            if (Files.exists(Path.of(candidate))) {
                return candidate;
            }
        }
        return null;
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + launcher.ports().postgres() + "/" + database;
    }

    private void adopt(int year) {
        Api.Reply reply = api.post("budget", "/api/budgets", ADMIN, """
                {"fiscalYear":%d,"title":"Benchmark %d","resolution":"Ratsbeschluss %d/001","adoptedOn":"%d-01-20",
                 "lines":[{"code":"ANALYSE","title":"Analyse","amount":900000000.00}]}""".formatted(year, year, year,
                year), Map.of());
        if (reply.status() != 201) {
            throw new IllegalStateException("budget " + year + " not adopted: " + reply);
        }
    }

    // ---------------------------------------------------------------------------------------------- baselines

    private double singleInsert(String pgbench) throws Exception {
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "postgres")) {
            c.createStatement().execute("create database bench");
        }
        try (Connection c = DriverManager.getConnection(url("bench"), "postgres", "postgres")) {
            c.createStatement().execute("create table bench_event (id bigserial primary key, stream_id text not null,"
                    + " payload jsonb not null, recorded_at timestamptz not null default now())");
        }
        Path script = data.resolve("insert.sql");
        Files.writeString(script, "insert into bench_event (stream_id, payload) values ('bench-' || :client_id,"
                + " '" + PAYLOAD + "');\n");
        double tps = pgbench(pgbench, "bench", script);
        details.append("Information: `pgbench -n -c ").append(settings.clients()).append(" -j 2 -T ")
                .append(settings.pgbenchSeconds()).append("` with one single-row `INSERT` (an event-sized JSONB row"
                        + " into a table with a bigserial key) per transaction: **").append(Stats.f(tps, 0))
                .append(" tps**.\n\n");
        return tps;
    }

    private static final String PAYLOAD = "{\"lineCode\":\"ANALYSE\",\"amount\":12.34,\"bookedOn\":\"2024-11-15\","
            + "\"vendor\":\"Bench GmbH\",\"description\":\"Benchmark\",\"invoiceRef\":\"B-1\"}";

    /**
     * B2: a database {@code b2} with the kernel's and the budget service's schema (their migration files), then
     * pgbench with the statements one accepted expense command issues, each client on its own stream.
     */
    private double commandStatements(String pgbench) throws Exception {
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "postgres")) {
            c.createStatement().execute("create database b2");
        }
        List<Path> migrations = new ArrayList<>();
        Path kernel = root.resolve("infra/event-store/src/main/resources/db/event-store");
        try (var files = Files.list(kernel)) {
            files.filter(f -> f.getFileName().toString().endsWith(".sql")).sorted().forEach(migrations::add);
        }
        try (var files = Files.list(root.resolve("budget-service/src/main/resources/db/migration"))) {
            files.filter(f -> f.getFileName().toString().endsWith(".sql")).sorted().forEach(migrations::add);
        }
        try (Connection c = DriverManager.getConnection(url("b2"), "postgres", "postgres")) {
            for (Path migration : migrations) {
                c.createStatement().execute(Files.readString(migration));
            }
            // each client's year exists at version 0, as after the year's first command
            c.createStatement().execute("insert into bud_fiscal_year (tenant, fiscal_year, version,"
                    + " commitments_version) select 'b2', 3000 + n, 0, 0 from generate_series(1, "
                    + settings.clients() + ") n");
        }
        Path script = data.resolve("command.sql");
        Files.writeString(script, B2_SCRIPT);
        double tps = pgbench(pgbench, "b2", script, "-D", "v=0");
        details.append("Baseline **B2**: `pgbench -n -c ").append(settings.clients()).append(" -j 2 -T ")
                .append(settings.pgbenchSeconds()).append("` in a database with the event store's and the budget"
                        + " service's schema (their migration files), each client on its own stream, one transaction"
                        + " per command with the statements an accepted `POST /api/budgets/{year}/expenses` issues: **")
                .append(Stats.f(tps, 0)).append(" tps**. The script:\n\n```sql\n").append(B2_SCRIPT)
                .append("```\n\n");
        return tps;
    }

    /**
     * The statements of one accepted expense command, as the code issues them: the idempotency look-up and the load
     * of the stream's events after the cached version (sent together), the append (its trigger notifies the relay at
     * commit), the journal table's move of the year's row from the version before (which also locks it) and the
     * booking's upsert, the idempotency record. The relay publishes in batches afterwards and is not part of it.
     */
    static final String B2_SCRIPT = """
            \\set v :v + 1
            \\set year 3000 + :client_id
            begin;
            select k.scope, k.key, k.request_hash, k.status, k.response from es_idempotency_key k join unnest(array['budget:' || :year || ':expenses@b2/verwaltung']::text[], array['b2-' || :client_id || '-' || :v]::text[]) as u(scope, key) on k.scope = u.scope and k.key = u.key;
            select event_id, stream_id, stream_type, stream_version, event_type, payload::text, occurred_at, recorded_at, actor_subject, actor_name, correlation_id, causation_id, tenant from es_event where tenant = 'b2' and stream_id = 'budget-' || :year and stream_version > :v - 1 order by stream_version;
            insert into es_event (event_id, stream_id, stream_type, stream_version, event_type, payload, occurred_at, actor_subject, actor_name, correlation_id, causation_id, tenant) values (gen_random_uuid(), 'budget-' || :year, 'budget', :v, 'budget.ExpenseBooked.v1', '%s'::text::jsonb, now(), 'verwaltung', 'Verwaltung', gen_random_uuid(), gen_random_uuid(), 'b2') returning recorded_at;
            update bud_fiscal_year set version = :v, commitments_version = :v where tenant = 'b2' and fiscal_year = :year and version = :v - 1 and commitments_version = :v - 1;
            insert into bud_booking (tenant, fiscal_year, id, seq, version, kind, line_code, vendor_key, booked_on, booking) values ('b2', :year, gen_random_uuid(), :v, :v, 'EXPENSE', 'ANALYSE', 'bench gmbh', date '2024-11-15', '%s'::text::jsonb) on conflict (tenant, fiscal_year, id) do update set version = excluded.version, kind = excluded.kind, line_code = excluded.line_code, vendor_key = excluded.vendor_key, booked_on = excluded.booked_on, booking = excluded.booking;
            insert into es_idempotency_key (scope, key, request_hash, status, response, stream_id) select * from unnest(array['budget:' || :year || ':expenses@b2/verwaltung']::text[], array['b2-' || :client_id || '-' || :v]::text[], array['0123456789abcdef0123456789abcdef']::text[], array[201]::int[], array['{"id":"budget-' || :year || '","version":' || :v || '}']::text[], array['budget-' || :year]::text[]) on conflict (scope, key) do nothing;
            commit;
            """.formatted(PAYLOAD, PAYLOAD);

    private double pgbench(String pgbench, String database, Path script, String... extra) throws Exception {
        List<String> command = new ArrayList<>(List.of(pgbench, "-h", "127.0.0.1", "-p",
                Integer.toString(launcher.ports().postgres()), "-U", "postgres", "-n", "-c",
                Integer.toString(settings.clients()), "-j", "2", "-T", Integer.toString(settings.pgbenchSeconds()),
                "-f", script.toString()));
        command.addAll(List.of(extra));
        command.add(database);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", "postgres");
        System.out.println("pgbench: " + String.join(" ", pb.command()));
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        System.out.println(output);
        Matcher m = Pattern.compile("tps = ([0-9.]+) \\((without initial connection time|excluding connections"
                + " establishing)\\)").matcher(output);
        if (!m.find()) {
            details.append("pgbench (").append(database).append(") printed no rate:\n\n```\n").append(output)
                    .append("\n```\n\n");
            return Double.NaN;
        }
        return Double.parseDouble(m.group(1));
    }

    // ---------------------------------------------------------------------------------------------- captured

    private boolean resetStatements() {
        try (Connection c = DriverManager.getConnection(url("budget"), "postgres", "postgres")) {
            c.createStatement().execute("create extension if not exists pg_stat_statements");
            c.createStatement().execute("select pg_stat_statements_reset()");
            return true;
        } catch (Exception e) {
            details.append("pg_stat_statements is not available (").append(e.getMessage())
                    .append("): the statements per command are not captured.\n\n");
            return false;
        }
    }

    /** The statements the budget database ran during the one-client run, per accepted command. */
    private String capturedStatements(long commands) {
        StringBuilder out = new StringBuilder("Statements the budget service's database ran during the one-client run"
                + " (pg_stat_statements, " + commands + " accepted commands, warm-up included; calls per command"
                + " ≥ 0.05, the outbox relay's polls included):\n\n| calls per command | mean ms | statement |\n|---|---|---|\n");
        try (Connection c = DriverManager.getConnection(url("budget"), "postgres", "postgres");
                var rs = c.createStatement().executeQuery("select s.calls, s.mean_exec_time, s.query"
                        + " from pg_stat_statements s join pg_database d on d.oid = s.dbid"
                        + " where d.datname = 'budget' order by s.calls desc")) {
            while (rs.next()) {
                double perCommand = rs.getLong(1) / (double) Math.max(1, commands);
                if (perCommand >= 0.05) {
                    String query = rs.getString(3).replaceAll("\\s+", " ").replace("|", "\\|");
                    out.append("| ").append(Stats.f(perCommand, 2)).append(" | ").append(Stats.f(rs.getDouble(2), 3))
                            .append(" | `").append(query.length() > 160 ? query.substring(0, 160) + "…" : query)
                            .append("` |\n");
                }
            }
        } catch (Exception e) {
            return "pg_stat_statements could not be read: " + e.getMessage() + "\n\n";
        }
        return out.append('\n').toString();
    }

    // ---------------------------------------------------------------------------------------------- load

    private record WriteResult(int clients, boolean manyStreams, long accepted, long acceptedAll, double rate,
            Map<Integer, LongAdder> statuses, Stats latency, double[] perWindow, String profile) {
    }

    private WriteResult writeLoad(int clients, int warmup, int seconds, AtomicLong sequence, boolean manyStreams,
            boolean profile) throws Exception {
        LongAdder accepted = new LongAdder();
        LongAdder acceptedAll = new LongAdder();
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
        System.out.println("write path: " + clients + " client(s) on " + (manyStreams ? clients + " streams" : "one stream"));
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long budgetPid = Processes.service("budget").orElseThrow().pid();
        for (int c = 0; c < clients; c++) {
            int year = manyStreams ? FIRST_STREAM_YEAR + c : WRITE_YEAR;
            String path = "/api/budgets/" + year + "/expenses";
            pool.submit(() -> {
                while (true) {
                    long now = System.nanoTime();
                    if (now >= end) {
                        return null;
                    }
                    long n = sequence.incrementAndGet();
                    Api.Reply reply = api.post("budget", path, ADMIN, expense(year, 100 + n % 9000, "W-" + n),
                            Map.of("Idempotency-Key", "w-" + UUID.randomUUID()));
                    long done = System.nanoTime();
                    if (reply.status() == 201) {
                        acceptedAll.increment();
                    }
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
        return new WriteResult(clients, manyStreams, accepted.sum(), acceptedAll.sum(), accepted.sum() / (double) seconds,
                statuses,
                Stats.of(new ArrayList<>(latencies)), windowRates, sampler == null ? "" : sampler.summary(12));
    }
}
