package de.souveraen.bench;

import static de.souveraen.bench.BenchRun.ADMIN;

import de.souveraen.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * 3. Replay: a synthetic history written straight to the topics, then reporting's rebuild of its read models from
 * it, against Kafka's own ConsumerPerformance on the same topics.
 */
final class Replay {
    private final Settings settings;
    private final de.souveraen.stack.Launcher launcher;
    private final Path data;
    private final Api api;
    private final List<String[]> summary;
    private final StringBuilder details;
    private final List<de.souveraen.embedded.ChildProcess> restarted;

    Replay(BenchRun run) {
        this.settings = run.settings;
        this.launcher = run.launcher;
        this.data = run.data;
        this.api = run.api;
        this.summary = run.summary;
        this.details = run.details;
        this.restarted = run.restarted;
    }

    private static final List<String> TOPICS = List.of(Topics.INVENTORY, Topics.BUDGET, Topics.WORKGROUP);

    /** Writes the history, rebuilds reporting's read models from it; returns the number of events written. */
    long run() throws Exception {
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
        Api.Reply rebuild = api.post("reporting", "/api/admin/rebuild", BenchRun.PROVIDER, "{}", Map.of(),
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
        return produced;
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
}
