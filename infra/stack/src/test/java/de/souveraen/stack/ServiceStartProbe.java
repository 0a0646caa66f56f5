package de.souveraen.stack;

import de.souveraen.embedded.ChildProcess;
import de.souveraen.embedded.FileTrees;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Not a test (no {@code *Test} name, surefire never runs it): a measuring tool for the services' JVM settings
 * (ADR 0010). Starts the stack as {@code ./souveraen start --demo} does on free ports, stops the launcher's four
 * services and then, round by round and in alternating order, starts each service alone with each variant of JVM
 * options (the rest of its command line as the launcher built it), times process start → ready (polled every 10
 * ms), puts a fixed load on it and reads {@code VmRSS} afterwards. Prints one tab-separated line per measurement.
 *
 * <p>Usage (from {@code infra/stack}): {@code java -cp <test classpath> de.souveraen.stack.ServiceStartProbe
 * ROUNDS name='-Xmx160m ...' name2='ENV:MALLOC_ARENA_MAX=2 CDS -Xmx160m ...'}. {@code ENV:K=V} sets an
 * environment variable; {@code CDS} uses a dynamic class-data archive per service and variant, written by a first
 * (unmeasured) start with {@code -XX:ArchiveClassesAtExit}; {@code NMT} prints a native memory summary after load.
 * System properties: {@code services} (comma-separated subset), {@code probe.requests} (requests per client of the
 * load, 60), {@code probe.warm} (run the load once unmeasured first, for the throughput of compiled code).
 */
public final class ServiceStartProbe {
    private static final List<String> SERVICES = List.of("inventory", "budget", "workgroup", "reporting");

    record Variant(String name, List<String> jvm, Map<String, String> env, boolean cds, boolean nmt) {
        static Variant parse(String spec) {
            String name = spec.substring(0, spec.indexOf('='));
            List<String> jvm = new ArrayList<>();
            Map<String, String> env = new LinkedHashMap<>();
            boolean cds = false;
            boolean nmt = false;
            for (String token : spec.substring(spec.indexOf('=') + 1).trim().split("\\s+")) {
                if (token.startsWith("ENV:")) {
                    String kv = token.substring(4);
                    env.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
                } else if (token.equals("CDS")) {
                    cds = true;
                } else if (token.equals("NMT")) {
                    nmt = true;
                } else if (!token.isEmpty()) {
                    jvm.add(token);
                }
            }
            return new Variant(name, jvm, env, cds, nmt);
        }
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        List<Variant> variants = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            variants.add(Variant.parse(args[i]));
        }
        List<String> services = System.getProperty("services") == null ? SERVICES
                : List.of(System.getProperty("services").split(","));
        Path root = Path.of("").toAbsolutePath().resolve("../..").normalize();
        Path data = Files.createTempDirectory("souveraen-probe-");
        Path archives = Files.createDirectories(data.resolve("cds"));
        Launcher launcher = new Launcher(root, data, Launcher.defaultCache(), Launcher.Ports.free());
        try {
            launcher.start(new Launcher.Options(data, true));
            StackClient client = new StackClient(launcher.ports());
            Map<String, List<String>> rest = new LinkedHashMap<>();
            for (String s : SERVICES) {
                List<String> line = commandLine(s);
                rest.put(s, line.subList(line.indexOf("-Dquarkus.http.host=127.0.0.1"), line.size()));
                launcher.kill(s);
            }
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            for (Variant v : variants) {
                if (v.cds()) {
                    for (String s : services) {
                        Path archive = archives.resolve(s + "-" + v.name() + ".jsa");
                        List<String> cmd = command(java, v, rest.get(s), "-XX:ArchiveClassesAtExit=" + archive);
                        long begin = System.nanoTime();
                        ChildProcess p = start(cmd, v, data.resolve("logs/" + s + "-probe.log"));
                        awaitReady(p, launcher.ports().service(s));
                        load(client, s);
                        p.stop(Duration.ofSeconds(60));
                        System.out.printf(Locale.ROOT, "# archive %s %s: %d KB, first start incl. load+dump %d ms%n",
                                s, v.name(), Files.exists(archive) ? Files.size(archive) / 1024 : -1,
                                (System.nanoTime() - begin) / 1_000_000);
                    }
                }
            }
            System.out.println("round\tservice\tvariant\tstart_ms\tquarkus_s\trss_after_load_mb\tload_ms\tload1");
            for (int r = 1; r <= rounds; r++) {
                for (String s : services) {
                    List<Variant> order = new ArrayList<>(variants);
                    if (r % 2 == 0) {
                        Collections.reverse(order);
                    }
                    for (Variant v : order) {
                        List<String> cmd = v.cds() ? command(java, v, rest.get(s), "-XX:SharedArchiveFile="
                                + archives.resolve(s + "-" + v.name() + ".jsa")) : command(java, v, rest.get(s), null);
                        Path log = data.resolve("logs/" + s + "-probe.log");
                        long offset = Files.exists(log) ? Files.size(log) : 0;
                        String load1 = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
                        long begin = System.nanoTime();
                        ChildProcess p = start(cmd, v, log);
                        awaitReady(p, launcher.ports().service(s));
                        long startMs = (System.nanoTime() - begin) / 1_000_000;
                        if (Boolean.getBoolean("probe.warm")) {
                            load(client, s); // warm-up: the measured load below then runs on compiled code
                        }
                        long loadBegin = System.nanoTime();
                        load(client, s);
                        long loadMs = (System.nanoTime() - loadBegin) / 1_000_000;
                        long rss = rssKib(p.pid());
                        if (v.nmt()) {
                            for (String what : List.of("GC.heap_info", "VM.native_memory summary")) {
                                List<String> jcmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"),
                                        "bin", "jcmd").toString(), Long.toString(p.pid())));
                                jcmd.addAll(List.of(what.split(" ")));
                                Process j = new ProcessBuilder(jcmd).redirectErrorStream(true).start();
                                System.out.println(new String(j.getInputStream().readAllBytes()));
                            }
                        }
                        p.stop(Duration.ofSeconds(60));
                        System.out.printf(Locale.ROOT, "%d\t%s\t%s\t%d\t%s\t%d\t%d\t%s%n", r, s, v.name(), startMs,
                                quarkusSeconds(log, offset), rss / 1024, loadMs, load1);
                    }
                }
            }
        } finally {
            launcher.stop();
            FileTrees.deleteQuietly(data);
        }
    }

    static List<String> commandLine(String service) {
        String jar = service + "-service/target/quarkus-app/quarkus-run.jar";
        ProcessHandle h = ProcessHandle.current().children().filter(p -> p.info().arguments().map(List::of)
                .map(a -> a.stream().anyMatch(x -> x.endsWith(jar))).orElse(false)).findFirst().orElseThrow();
        return List.of(h.info().arguments().orElseThrow());
    }

    static List<String> command(String java, Variant v, List<String> rest, String extra) {
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(v.jvm());
        if (v.nmt()) {
            cmd.add("-XX:NativeMemoryTracking=summary");
        }
        if (extra != null) {
            cmd.add(extra);
        }
        cmd.addAll(rest);
        return cmd;
    }

    static ChildProcess start(List<String> cmd, Variant v, Path log) throws IOException {
        return ChildProcess.start(cmd.get(cmd.size() - 1), cmd, v.env(), log);
    }

    static void awaitReady(ChildProcess p, int port) throws Exception {
        // polled every 10 ms: the start time is what is measured
        p.awaitReady(URI.create("http://127.0.0.1:" + port + "/q/health/ready"), Duration.ofSeconds(120),
                Duration.ofMillis(10));
    }

    /** The same work for every variant: writes with 4 clients plus reads (reporting: report JSON, PDF, ODT, CSV). */
    static void load(StackClient c, String service) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger failed = new AtomicInteger();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < Integer.getInteger("probe.requests", 60); i++) {
                        StackClient.Reply r = switch (service) {
                            case "budget" -> c.post("budget", "/api/budgets/2026/expenses", "verwaltung",
                                    "{\"lineCode\":\"SCHULUNG\",\"amount\":0.01,\"bookedOn\":\"2026-11-02\","
                                            + "\"vendor\":\"Probe\",\"description\":\"probe\",\"invoiceRef\":\"P-"
                                            + UUID.randomUUID() + "\"}", Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                            case "inventory" -> c.post("inventory", "/api/dependencies", "verwaltung",
                                    "{\"name\":\"Probe " + UUID.randomUUID() + "\",\"vendor\":\"Probe GmbH\","
                                            + "\"vendorCountry\":\"DE\",\"category\":\"OTHER\",\"hosting\":"
                                            + "\"ON_PREMISES\",\"dataClassification\":\"INTERNAL\",\"users\":1,"
                                            + "\"annualCost\":1.00}", Map.of());
                            case "workgroup" -> c.post("workgroup", "/api/members", "ag", "{\"person\":{\"givenName\":"
                                    + "\"Pro\",\"familyName\":\"Be\",\"email\":\"p" + UUID.randomUUID()
                                    + "@blankenheim.example\"},\"affiliation\":{\"type\":\"ADMINISTRATION\"},"
                                    + "\"role\":\"ADVISORY\",\"votingRight\":false,\"from\":\"2026-02-01\"}", Map.of());
                            default -> c.get("reporting", "/api/reports/2026-Q" + (1 + i % 4), "rat");
                        };
                        if (r.status() >= 300) {
                            failed.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(10, TimeUnit.MINUTES);
            }
            String[] reads = switch (service) {
                case "budget" -> new String[] {"/api/budgets/2026"};
                case "inventory" -> new String[] {"/api/dependencies"};
                case "workgroup" -> new String[] {"/api/members"};
                default -> new String[] {"/reports/2026-Q4.pdf", "/reports/2026-Q4.odt", "/reports/2026-Q4.csv",
                    "/reports/2026-Q3.pdf", "/reports/2026-Q4.pdf"};
            };
            for (int i = 0; i < 5; i++) {
                for (String path : reads) {
                    StackClient.Reply r = c.get(service, path, service.equals("workgroup") ? "ag"
                            : service.equals("reporting") ? "rat" : "verwaltung");
                    if (r.status() != 200) {
                        failed.incrementAndGet();
                    }
                }
            }
        } finally {
            pool.shutdown();
        }
        if (failed.get() > 0) {
            System.out.println("# " + service + ": " + failed.get() + " requests of the load failed");
        }
    }

    static long rssKib(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }

    static String quarkusSeconds(Path log, long offset) throws IOException {
        String text = Files.readString(log);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("started in ([0-9.]+)s")
                .matcher(text.substring((int) Math.min(offset, text.length())));
        String last = "–";
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }

    private ServiceStartProbe() {
    }
}
