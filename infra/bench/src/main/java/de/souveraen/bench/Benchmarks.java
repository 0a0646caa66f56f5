package de.souveraen.bench;

import static de.souveraen.bench.BenchRun.ADMIN;
import static de.souveraen.bench.BenchRun.FRESH_YEAR;
import static de.souveraen.bench.BenchRun.WRITE_YEAR;

import de.souveraen.embedded.ChildProcess;
import de.souveraen.embedded.FileTrees;
import de.souveraen.stack.Launcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./souveraen bench [--quick] [--events N] [--tenants N] [--only NAME,…] [--out FILE]}: starts the whole stack
 * on free ports with a temporary data folder (as the end-to-end test does), measures the design's non-functional targets, each against
 * a baseline measured in the same run on the same machine, and writes {@code docs/benchmarks.md}.
 *
 * <p>The benchmarks, in the order they run (each adds its rows to the summary and its section to the details):
 * {@link WritePath}, {@link Freshness}, {@link Replay}, {@link ReportLatency}, {@link Crowd}, {@link Tenants},
 * {@link StartAndMemory}; {@code --only} selects some of them.
 */
public final class Benchmarks {
    private final BenchRun bench;

    private Benchmarks(Settings settings, Path root, Path data) {
        this.bench = new BenchRun(settings, root, data);
    }

    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("kafka").setLevel(java.util.logging.Level.SEVERE);
        java.util.logging.Logger.getLogger("org.apache.kafka").setLevel(java.util.logging.Level.SEVERE);
        java.util.logging.Logger.getLogger("state.change.logger").setLevel(java.util.logging.Level.SEVERE);
        Settings settings = Settings.parse(args);
        // the write-path benchmark captures the statements of one command with pg_stat_statements
        System.setProperty(de.souveraen.embedded.EmbeddedPostgresServer.STATEMENT_STATISTICS, "true");
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
        bench.launcher.start(new Launcher.Options(bench.data, false));
        double stackSeconds = (System.nanoTime() - startBegin) / 1e9;
        bench.api = new Api(bench.launcher.ports());
        Map<String, Double> firstStart = new LinkedHashMap<>();
        for (String s : List.of("inventory", "budget", "workgroup", "reporting")) {
            firstStart.put(s, Processes.quarkusStartSeconds(bench.data.resolve("logs/" + s + "-service.log"), 0));
        }
        long stackRssAtStart = StartAndMemory.stackRssKib();

        Settings s = bench.settings;
        if (s.runs("write") || s.runs("freshness") || s.runs("crowd")) {
            setUpBudgets();
        }
        if (s.runs("write")) {
            new WritePath(bench).run();
        }
        if (s.runs("freshness")) {
            new Freshness(bench).run();
        }
        long history = s.runs("replay") ? new Replay(bench).run() : 0;
        if (s.runs("report")) {
            new ReportLatency(bench).run(history);
        }
        if (s.runs("crowd")) {
            new Crowd(bench).run();
        }
        if (s.runs("tenants")) {
            new Tenants(bench).run();
        }
        if (s.runs("start")) {
            new StartAndMemory(bench).run(stackSeconds, stackRssAtStart, firstStart);
        } else {
            bench.details.append("Whole stack start (fresh data folder): ").append(Stats.f(stackSeconds, 1))
                    .append(" s.\n\n");
        }
        write(machine);
    }

    // ------------------------------------------------------------------------------------------------ set-up

    private void setUpBudgets() {
        for (int year : List.of(WRITE_YEAR, FRESH_YEAR)) {
            Api.Reply reply = bench.api.post("budget", "/api/budgets", ADMIN, """
                    {"fiscalYear":%d,"title":"Benchmark %d","resolution":"Ratsbeschluss %d/001","adoptedOn":"%d-01-20",
                     "lines":[{"code":"ANALYSE","title":"Analyse","amount":900000000.00},
                              {"code":"PILOT","title":"Pilot","amount":900000000.00}]}"""
                    .formatted(year, year, year, year), Map.of());
            if (reply.status() != 201) {
                throw new IllegalStateException("budget " + year + " not adopted: " + reply);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ output

    private void write(String machine) throws Exception {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n").append("Results of `./souveraen bench")
                .append(bench.settings.quick() ? " --quick" : "")
                .append(bench.settings.only().equals(new java.util.LinkedHashSet<>(Settings.BENCHMARKS)) ? ""
                        : " --only " + String.join(",", bench.settings.only()))
                .append("` on ").append(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                .append(" (").append(bench.settings.quick() ? "quick mode: smaller numbers" : "full mode")
                .append("). Every ratio is against a baseline measured in the same run on the same machine.\n\n")
                .append("## Machine\n\n").append(machine).append("\n\n## Summary\n\n")
                .append("| target | measured (absolute) | ratio | target | verdict |\n|---|---|---|---|---|\n");
        for (String[] row : bench.summary) {
            md.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        md.append("\n## Details\n\n").append(bench.details);
        Path out = bench.settings.out().isAbsolute() ? bench.settings.out() : bench.root.resolve(bench.settings.out());
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
        bench.restarted.forEach(ChildProcess::requestStop);
        bench.restarted.forEach(p -> p.awaitStopped(Duration.ofSeconds(20)));
        bench.launcher.stop();
        FileTrees.deleteQuietly(bench.data);
    }
}
