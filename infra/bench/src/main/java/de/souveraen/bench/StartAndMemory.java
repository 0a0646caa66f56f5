package de.souveraen.bench;


import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 5. Start time and memory: each service's resident memory after the load, each started again alone, and the
 * whole stack's start and memory.
 */
final class StartAndMemory {
    private final de.souveraen.stack.Launcher launcher;
    private final Path data;
    private final List<String[]> summary;
    private final StringBuilder details;
    private final List<de.souveraen.embedded.ChildProcess> restarted;

    StartAndMemory(BenchRun run) {
        this.launcher = run.launcher;
        this.data = run.data;
        this.summary = run.summary;
        this.details = run.details;
        this.restarted = run.restarted;
    }

    /**
     * Resident memory of the whole stack in KiB: this JVM (with the embedded broker), the services and Keycloak
     * (RSS), PostgreSQL's processes (PSS).
     */
    static long stackRssKib() {
        long sum = Processes.rssKib(ProcessHandle.current().pid());
        for (String s : List.of("inventory", "budget", "workgroup", "reporting")) {
            sum += Processes.service(s).map(p -> Processes.rssKib(p.pid())).orElse(0L);
        }
        sum += Processes.keycloak().map(p -> Processes.rssKib(p.pid())).orElse(0L);
        sum += Processes.postgres().stream().mapToLong(p -> Processes.pssKib(p.pid())).sum();
        return sum;
    }

    void run(double stackSeconds, long stackRssAtStart, Map<String, Double> firstStart)
            throws Exception {
        System.out.println("memory, then each service restarted alone …");
        details.append("### 6. Start time and memory\n\n");
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
        StringBuilder each = new StringBuilder();
        rss.forEach((s, kib) -> each.append(each.length() == 0 ? "" : ", ").append(s).append(' ').append(kib / 1024));
        summary.add(new String[] {"Every service's RSS after load (largest; " + each + " MB)", maxRss / 1024 + " MB",
                "–", "≤ 256 MB", Stats.verdict(maxRss / 1024.0, 256, false)});
        summary.add(new String[] {"Whole stack RSS after start", stackRssAtStart / 1024 + " MB", "–", "≤ 1229 MB",
                Stats.verdict(stackRssAtStart / 1024.0, 1.2 * 1024, false)});
        summary.add(new String[] {"Whole stack first start (fresh data folder)", Stats.f(stackSeconds, 1) + " s", "–",
                "≤ 30 s", Stats.verdict(stackSeconds, 30, false)});
    }
}
