package de.souveraen.bench;

import de.souveraen.embedded.ChildProcess;
import de.souveraen.embedded.Waiting;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stack's processes as the launcher started them (children of this JVM), read from {@code /proc}: resident
 * memory, and a stop-and-start of one service with the very same command line to time its start alone.
 */
final class Processes {
    private Processes() {
    }

    /** The running service process (a child of this JVM whose command line runs {@code <service>-service}'s jar). */
    static Optional<ProcessHandle> service(String service) {
        String jar = service + "-service/target/quarkus-app/quarkus-run.jar";
        return ProcessHandle.current().children().filter(p -> p.info().arguments().map(List::of)
                .map(args -> args.stream().anyMatch(a -> a.endsWith(jar))).orElse(false)).findFirst();
    }

    /** Keycloak's JVM (kc.sh's child). */
    static Optional<ProcessHandle> keycloak() {
        return ProcessHandle.current().descendants().filter(p -> p.info().arguments().map(List::of)
                .map(args -> args.stream().anyMatch(a -> a.contains("keycloak"))).orElse(false)
                && p.info().command().map(c -> c.endsWith("java")).orElse(false)).findFirst();
    }

    /** The embedded PostgreSQL's processes (postmaster and its backends). */
    static List<ProcessHandle> postgres() {
        return ProcessHandle.current().descendants().filter(p -> p.info().command()
                .map(c -> c.endsWith("/postgres")).orElse(false)).toList();
    }

    /** VmRSS of a process in KiB (0 when it is gone). */
    static long rssKib(long pid) {
        return statusField(pid, "VmRSS");
    }

    /** Proportional set size in KiB (shared pages divided among their users), or 0 if not readable. */
    static long pssKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/smaps_rollup"))) {
                if (line.startsWith("Pss:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // not readable
        }
        return 0;
    }

    static long statusField(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // gone
        }
        return 0;
    }

    /** The heap options of a JVM's command line, e.g. {@code -Xmx160m -XX:+UseSerialGC}. */
    static String heapOptions(ProcessHandle process) {
        List<String> out = new ArrayList<>();
        for (String a : process.info().arguments().map(List::of).orElse(List.of())) {
            if (a.startsWith("-Xm") || a.startsWith("-Xss") || a.startsWith("-XX:")) {
                out.add(a);
            }
        }
        return String.join(" ", out);
    }

    /** A service started alone: its process, and the wall time from process start to ready. */
    record Started(ChildProcess process, long readyMillis, Double quarkusSeconds) {
    }

    /**
     * Stops the service (SIGTERM, waits), then starts the same command line again and polls readiness every 10 ms;
     * returns the new process (the caller stops it at the end) and the milliseconds from process start to ready.
     */
    static Started restart(ProcessHandle running, int port, Path log) throws Exception {
        List<String> args = new ArrayList<>(commandLine(running));
        running.destroy();
        running.onExit().get(30, TimeUnit.SECONDS);
        // a first start after a build records its class-data archive (ADR 0010); the launcher keeps it when that
        // process ends: the restart uses it, as the launcher's next start would
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("-XX:ArchiveClassesAtExit=")) {
                String recording = a.substring("-XX:ArchiveClassesAtExit=".length());
                Path archive = Path.of(recording.replaceAll("\\.[0-9]+\\.tmp$", ""));
                try {
                    // the launcher moves the recording into place when the process has ended
                    Waiting.until("the class-data archive", Duration.ofSeconds(10), Duration.ofMillis(50),
                            Waiting.PARK, () -> Files.isRegularFile(archive));
                } catch (TimeoutException notRecorded) {
                    // started without it, as the launcher would
                }
                args.set(i, Files.isRegularFile(archive) ? "-XX:SharedArchiveFile=" + archive : "-Xshare:auto");
            }
        }
        return start(args, port, log);
    }

    /** The full command line of a running process (from /proc). */
    static List<String> commandLine(ProcessHandle running) {
        List<String> args = new ArrayList<>();
        args.add(running.info().command().orElseThrow());
        args.addAll(running.info().arguments().map(List::of).orElseThrow());
        return args;
    }

    /**
     * Starts a service's command line, appending to its log, and waits until it is ready (polled every 10 ms, at
     * most 120 s).
     */
    static Started start(List<String> args, int port, Path log) throws Exception {
        long logOffset = Files.exists(log) ? Files.size(log) : 0;
        long begin = System.nanoTime();
        // the environment as the launcher starts them
        ChildProcess process = ChildProcess.start("service on port " + port, args,
                de.souveraen.stack.Launcher.SERVICE_ENVIRONMENT, log);
        process.awaitReady(URI.create("http://127.0.0.1:" + port + "/q/health/ready"), Duration.ofSeconds(120),
                Duration.ofMillis(10));
        long millis = (System.nanoTime() - begin) / 1_000_000;
        return new Started(process, millis, quarkusStartSeconds(log, logOffset));
    }

    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");

    /** Quarkus' own "started in X s" (from its main method, without the JVM's own start) after {@code offset}. */
    static Double quarkusStartSeconds(Path log, long offset) {
        try {
            byte[] all = Files.readAllBytes(log);
            String text = new String(all, (int) Math.min(offset, all.length), (int) (all.length - Math.min(offset,
                    all.length)), java.nio.charset.StandardCharsets.UTF_8);
            Matcher m = STARTED.matcher(text);
            Double last = null;
            while (m.find()) {
                last = Double.parseDouble(m.group(1));
            }
            return last;
        } catch (IOException e) {
            return null;
        }
    }
}
