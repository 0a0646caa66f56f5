package de.souveraen.stack;

import de.souveraen.embedded.ChildProcess;
import de.souveraen.embedded.EmbeddedKafkaBroker;
import de.souveraen.embedded.EmbeddedPostgresServer;
import de.souveraen.embedded.FreePorts;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./souveraen start [--data DIR]}: PostgreSQL (port 5433, one database per service and one for Keycloak)
 * and a KRaft Kafka broker (port 9092) in this JVM with their data under DIR, then Keycloak (port 8180, realm
 * {@code souveraen} imported) and the four services as child processes in their production profile pointed at
 * them; waits until each is ready and prints where to go. Ctrl-C stops everything. Binds 127.0.0.1 only.
 */
public final class Launcher {
    static final List<String> DATABASES = List.of("inventory", "budget", "workgroup", "reporting", "keycloak");

    /** The four services in start order (reporting last: it reads the others). */
    static final List<String> SERVICES = List.of("inventory", "budget", "workgroup", "reporting");

    /** Where everything listens: the design's fixed ports, or free ones (for the end-to-end tests). */
    public record Ports(int postgres, int kafka, int keycloak, Map<String, Integer> services) {
        public static Ports standard() {
            return new Ports(5433, 9092, 8180, Map.of("reporting", 8080, "inventory", 8081, "budget", 8082,
                    "workgroup", 8083));
        }

        public static Ports free() {
            Map<String, Integer> services = new java.util.HashMap<>();
            SERVICES.forEach(service -> services.put(service, FreePorts.find()));
            return new Ports(FreePorts.find(), FreePorts.find(), FreePorts.find(), Map.copyOf(services));
        }

        public int service(String name) {
            return services.get(name);
        }

        public String issuer() {
            return "http://localhost:" + keycloak + "/realms/" + KeycloakServer.REALM;
        }
    }

    /**
     * The JVM options of every service (ADR 0010): a heap of at most 160 MB that starts at 32 MB and grows only as
     * far as the service needs (resident memory), the serial collector, capped metaspace; a service whose heap runs
     * out exits (and is seen as stopped) instead of limping on with threads that died half-way.
     */
    static final List<String> SERVICE_JVM_OPTIONS = List.of("-Xms32m", "-Xmx160m", "-Xss512k", "-XX:+UseSerialGC",
            "-XX:MaxMetaspaceSize=160m", "-XX:+ExitOnOutOfMemoryError");

    /**
     * The three write services in addition: only the C1 compiler (on two cores C2's compilations compete with the
     * start, and their requests wait on PostgreSQL, not on the CPU: measured no slower), and a heap that gives
     * memory back sooner after a full collection. Reporting keeps C2: its report rendering is CPU-bound and took
     * 1.5 times as long with C1 alone.
     */
    static final List<String> WRITE_SERVICE_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30");

    static List<String> jvmOptions(String service) {
        List<String> options = new ArrayList<>(SERVICE_JVM_OPTIONS);
        if (!service.equals("reporting")) {
            options.addAll(WRITE_SERVICE_JVM_OPTIONS);
        }
        return options;
    }

    /** Two glibc malloc arenas instead of eight per core: the JVM's own native memory is mostly its own pools. */
    public static final Map<String, String> SERVICE_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    static Path jar(Path root, String service) {
        return root.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
    }

    private final Path root;
    private final Path data;
    private final Path cache;
    private final Ports ports;
    private final List<ChildProcess> processes = new ArrayList<>();
    private final Map<String, ChildProcess> serviceProcesses = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Process, List<String>> serviceCommands = new java.util.concurrent.ConcurrentHashMap<>();
    private final ClassDataArchives archives;
    private final String formSecret = randomSecret();
    private EmbeddedPostgresServer postgres;
    private EmbeddedKafkaBroker kafka;
    private ChildProcess keycloak;
    /** Set by {@link #main}: its exit hook stops everything in order, so the embedded servers keep none of their own. */
    private boolean stopsOnExit;

    public Launcher(Path root, Path data, Path cache, Ports ports) {
        this.root = root;
        this.data = data;
        this.cache = cache;
        this.ports = ports;
        this.archives = ClassDataArchives.in(cache);
    }

    public static Path defaultCache() {
        return Path.of(System.getProperty("user.home"), ".souveraen", "cache");
    }

    /** The stack's PostgreSQL server (tests read the services' databases through it to check their counts). */
    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    public Ports ports() {
        return ports;
    }

    /** Held here: java.util.logging keeps loggers only weakly, and their level with them. */
    private static final List<java.util.logging.Logger> QUIET = List.of(java.util.logging.Logger.getLogger("kafka"),
            java.util.logging.Logger.getLogger("org.apache.kafka"),
            java.util.logging.Logger.getLogger("state.change.logger"));

    public static void main(String[] args) throws Exception {
        // the embedded broker's routine warnings (topic auto-creation races, closing clients) are not for the console
        QUIET.forEach(logger -> logger.setLevel(java.util.logging.Level.SEVERE));
        Options options = Options.parse(args);
        if (options == null) {
            System.err.println("usage: ./souveraen start [--data DIR] [--demo]");
            System.exit(2);
            return;
        }
        Launcher launcher = new Launcher(Path.of("").toAbsolutePath(), options.data(), defaultCache(),
                Ports.standard());
        CountDownLatch stopped = new CountDownLatch(1);
        launcher.stopsOnExit = true;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            launcher.stop();
            stopped.countDown();
        }, "souveraen-stop"));
        try {
            launcher.start(options);
        } catch (Exception e) {
            System.err.println("\nStart fehlgeschlagen / start failed: " + e.getMessage());
            System.exit(1);
        }
        stopped.await();
    }

    public void start(Options options) throws Exception {
        long begin = System.nanoTime();
        Files.createDirectories(data.resolve("logs"));
        System.out.println("Souverän – lokaler Stack / local stack");
        System.out.println("  Daten / data: " + data);

        for (String service : SERVICES) {
            if (!Files.exists(jar(root, service))) {
                throw new IllegalStateException(jar(root, service) + " is missing: run ./mvnw install -DskipTests");
            }
        }
        Path distribution = KeycloakServer.findDistribution(root);
        KeycloakServer keycloakServer = new KeycloakServer(distribution, cache,
                root.resolve("infra/keycloak/souveraen-realm.json"), ports.keycloak(), ports.service("reporting"));
        // Keycloak's start is the stack's longest: its server is unpacked and built (first start on a machine only)
        // while PostgreSQL starts, and it starts as soon as PostgreSQL is ready, before Kafka (ADR 0029)
        java.util.concurrent.CompletableFuture<Path> keycloakHome = prepare(keycloakServer);
        step("PostgreSQL :" + ports.postgres(), () -> {
            postgres = EmbeddedPostgresServer.start(data.resolve("postgres"), ports.postgres());
            if (stopsOnExit) {
                postgres.leaveShutdownToOwner();
            }
            renewKeycloakDatabaseIfTheRealmChanged();
            for (String database : DATABASES) {
                postgres.createDatabaseIfMissing(database);
            }
        });
        Path[] home = new Path[1];
        step("Keycloak " + KeycloakServer.version(distribution) + " (Server)", () -> home[0] = await(keycloakHome));
        keycloak = keycloakServer.start(home[0], postgres.jdbcUrl("keycloak"), postgres.username(),
                postgres.password(), data.resolve("logs").resolve("keycloak.log"));
        synchronized (processes) {
            processes.add(keycloak);
        }
        step("Kafka :" + ports.kafka(), () -> {
            kafka = EmbeddedKafkaBroker.start(data.resolve("kafka"), ports.kafka());
            if (stopsOnExit) {
                kafka.leaveShutdownToOwner();
            }
        });
        // the services start while Keycloak does: quarkus-oidc fetches the realm's keys when the first token arrives
        List<ChildProcess> started = new ArrayList<>();
        for (String service : SERVICES) {
            started.add(launch(service));
        }
        step("Keycloak :" + ports.keycloak(), () -> awaitReady(keycloak,
                URI.create("http://127.0.0.1:" + ports.keycloak() + "/realms/" + KeycloakServer.REALM
                        + "/.well-known/openid-configuration")));
        for (int i = 0; i < SERVICES.size(); i++) {
            String service = SERVICES.get(i);
            ChildProcess process = started.get(i);
            step(service + "-service :" + ports.service(service), () -> awaitReady(process,
                    URI.create("http://127.0.0.1:" + ports.service(service) + "/q/health/ready")));
        }
        if (options.demo()) {
            step("Demo-Daten / demo data", () -> new DemoData(new StackClient(ports), System.out).load());
        }
        System.out.printf(Locale.ROOT, "%nBereit nach / ready after %.1f s%n", seconds(begin));
        System.out.println("  Portal:     http://localhost:" + ports.service("reporting") + "/");
        for (String service : SERVICES) {
            System.out.printf(Locale.ROOT, "  %-10s  http://localhost:%d/q/openapi  (health: /q/health/ready)%n",
                    service, ports.service(service));
        }
        System.out.println("  Keycloak:   " + ports.issuer() + "  (Admin-Konsole / admin console: http://localhost:"
                + ports.keycloak() + "/admin, admin/admin)");
        System.out.println("  Demo-Benutzer / demo users (Passwort / password: demo):");
        System.out.println("    Blankenheim (Standard-Kommune / default municipality):");
        System.out.println("      verwaltung              Verwaltung / administration");
        System.out.println("      ag                      Arbeitsgruppe / working group");
        System.out.println("      rat                     Rat / council");
        System.out.println("      gast                    ohne Rolle: sieht nur Öffentliches / no role: sees only what is"
                + " public");
        System.out.println("    Nettersheim:");
        System.out.println("      verwaltung-nettersheim  Verwaltung / administration");
        System.out.println("      ag-nettersheim          Arbeitsgruppe / working group");
        System.out.println("      rat-nettersheim         Rat / council");
        System.out.println("  Token: curl -d grant_type=password -d client_id=cli -d username=verwaltung -d password=demo \\");
        System.out.println("           " + ports.issuer() + "/protocol/openid-connect/token");
        System.out.println("  Logs:       " + data.resolve("logs"));
        System.out.println("Beenden mit Strg-C / stop with Ctrl-C");
    }

    /** Unpacks and builds Keycloak's server in a thread of its own (at once when the cache has it). */
    private static java.util.concurrent.CompletableFuture<Path> prepare(KeycloakServer server) {
        java.util.concurrent.CompletableFuture<Path> home = new java.util.concurrent.CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                home.complete(server.home());
            } catch (Exception | Error e) {
                home.completeExceptionally(e);
            }
        }, "keycloak-prepare");
        thread.setDaemon(true);
        thread.start();
        return home;
    }

    private static Path await(java.util.concurrent.CompletableFuture<Path> home) throws Exception {
        try {
            return home.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private ChildProcess launch(String service) throws IOException {
        Path log = data.resolve("logs").resolve(service + "-service.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions(service));
        command.addAll(archives.options(service, jar(root, service)));
        command.addAll(List.of(
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + ports.service(service),
                "-Dquarkus.datasource.reactive.url=postgresql://127.0.0.1:" + postgres.port() + "/" + service,
                "-Dquarkus.datasource.jdbc.url=" + postgres.jdbcUrl(service),
                "-Dquarkus.datasource.username=" + postgres.username(),
                "-Dquarkus.datasource.password=" + postgres.password(),
                "-Dkafka.bootstrap.servers=" + kafka.bootstrapServers(),
                "-Dquarkus.oidc.auth-server-url=" + ports.issuer()));
        if (service.equals("reporting")) {
            // the portal's code flow: the realm export's local-only client secret, a fresh state secret per run
            command.add("-Dquarkus.oidc.portal.auth-server-url=" + ports.issuer());
            command.add("-Dquarkus.oidc.portal.credentials.secret=portal-local-secret");
            command.add("-Dquarkus.oidc.portal.authentication.state-secret=" + randomSecret());
            // the forms send what people enter to the write services, on loopback
            for (String writer : List.of("inventory", "budget", "workgroup")) {
                command.add("-Dsouveraen.services." + writer + "=http://127.0.0.1:" + ports.service(writer));
            }
            command.add("-Dsouveraen.portal.form-secret=" + formSecret);
        }
        if (service.equals("workgroup")) {
            // OParl Files of published reports point at the portal's PDFs
            command.add("-Dsouveraen.oparl.portal-url=http://localhost:" + ports.service("reporting"));
        }
        command.addAll(List.of("-jar", jar(root, service).toString()));
        ChildProcess process;
        try {
            process = ChildProcess.start(service + "-service", command, SERVICE_ENVIRONMENT, log);
        } catch (IOException e) {
            archives.ended(command, -1); // no JVM ran: nothing was recorded
            throw e;
        }
        synchronized (processes) {
            processes.add(process);
        }
        serviceProcesses.put(service, process);
        serviceCommands.put(process.process(), process.command());
        process.process().onExit()
                .thenAccept(ended -> archives.ended(serviceCommands.remove(ended), ended.exitValue()));
        return process;
    }

    /**
     * Keycloak imports the realm export only into an empty database, so a data folder from before a change of
     * {@code infra/keycloak/souveraen-realm.json} would keep the old realm (e.g. clients without the audience the
     * services demand: every token refused). The local stack's Keycloak holds nothing but what the export defines,
     * so when the export's hash differs from the one recorded in the data folder, its database is dropped and
     * imported anew.
     */
    private void renewKeycloakDatabaseIfTheRealmChanged() throws Exception {
        byte[] export = Files.readAllBytes(root.resolve("infra/keycloak/souveraen-realm.json"));
        String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(export));
        Path marker = data.resolve("keycloak-realm.sha256");
        String recorded = Files.exists(marker) ? Files.readString(marker).trim() : null;
        if (hash.equals(recorded)) {
            return;
        }
        try (java.sql.Connection admin = postgres.connect("postgres");
                java.sql.Statement drop = admin.createStatement()) {
            drop.execute("drop database if exists keycloak with (force)");
        }
        if (recorded != null || Files.exists(data.resolve("logs").resolve("keycloak.log"))) {
            System.out.println("  Realm geändert: Keycloak-Datenbank neu angelegt / realm changed: Keycloak's"
                    + " database created anew");
        }
        Files.writeString(marker, hash + "\n");
    }

    /** Fault injection: SIGKILL of one service's process (no shutdown hook runs); returns at once. */
    public void kill(String service) {
        ChildProcess process = serviceProcesses.get(service);
        if (process != null) {
            process.kill();
        }
    }

    /** Starts one service again (after {@link #kill}) and waits until it is ready. */
    public void restart(String service) throws Exception {
        awaitReady(launch(service), URI.create("http://127.0.0.1:" + ports.service(service) + "/q/health/ready"));
    }

    /** Fault injection: stops the Kafka broker cleanly and starts it again (same port, same data). */
    public void restartKafka() {
        stopKafka();
        startKafka();
    }

    /** Fault injection: stops the Kafka broker cleanly (the services keep running). */
    public void stopKafka() {
        kafka.stop();
    }

    /** Starts the broker stopped by {@link #stopKafka()} again (same port, same data). */
    public void startKafka() {
        kafka.start();
    }

    /** Fault injection: stops PostgreSQL (fast shutdown, open connections are cut) and starts it again. */
    public void restartPostgres() {
        postgres.stop();
        postgres.start();
    }

    /**
     * The secret the portal of this run signs its forms' CSRF tokens with (fresh per launcher); the authorisation
     * tests use it to build a form post that the portal's guard accepts, so that the write service's own check is what
     * refuses it.
     */
    public String formSecret() {
        return formSecret;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    /**
     * How long a process may take to become ready. Keycloak's first start on a fresh data folder creates its schema
     * and imports the realm (its server is built before, see {@link KeycloakServer#home()}); on two cores shared
     * with other builds a start with the build once took over 180 s in a clean-clone CI run.
     */
    private static Duration readyTimeout(String name) {
        return Duration.ofSeconds(name.equals("Keycloak") ? 420 : 180);
    }

    private static void awaitReady(ChildProcess process, URI readiness) throws Exception {
        // looks again after a short pause (a process start, not a test)
        process.awaitReady(readiness, readyTimeout(process.name()), Duration.ofMillis(200));
    }

    public synchronized void stop() {
        System.out.println("\nStoppe / stopping …");
        try {
            List<ChildProcess> running;
            synchronized (processes) {
                running = new ArrayList<>(processes);
                processes.clear();
            }
            // all at once (kc.sh runs the Keycloak JVM as its child: children are asked first), then wait for each
            running.forEach(ChildProcess::requestStop);
            running.forEach(process -> process.awaitStopped(Duration.ofSeconds(20)));
            // the class-data recordings of the stopped services become archives now, before this JVM exits
            for (ChildProcess process : running) {
                List<String> command = serviceCommands.remove(process.process());
                if (command != null && !process.isAlive()) {
                    archives.ended(command, process.process().exitValue());
                }
            }
        } finally {
            // the embedded servers last (after the services that use them), and PostgreSQL even when Kafka fails to
            // close: with the launcher's own exit hook they have none of their own (leaveShutdownToOwner)
            try {
                if (kafka != null) {
                    kafka.close();
                    kafka = null;
                }
            } finally {
                if (postgres != null) {
                    postgres.close();
                    postgres = null;
                }
            }
        }
        System.out.println("Gestoppt / stopped.");
    }

    interface Step {
        void run() throws Exception;
    }

    private static void step(String what, Step step) throws Exception {
        System.out.printf(Locale.ROOT, "  %-28s …", what);
        System.out.flush();
        long begin = System.nanoTime();
        step.run();
        System.out.printf(Locale.ROOT, " bereit / ready (%.1f s)%n", seconds(begin));
    }

    private static double seconds(long begin) {
        return (System.nanoTime() - begin) / 1e9;
    }

    /** Command-line options of {@code ./souveraen start}. */
    public record Options(Path data, boolean demo) {
        static Options parse(String[] args) {
            Path data = Path.of(System.getProperty("user.home"), ".souveraen", "data");
            boolean demo = false;
            int i = 0;
            if (args.length > 0 && args[0].equals("start")) {
                i = 1;
            } else if (args.length > 0) {
                return null;
            }
            for (; i < args.length; i++) {
                switch (args[i]) {
                    case "--demo" -> demo = true;
                    case "--data" -> {
                        if (i + 1 >= args.length) {
                            return null;
                        }
                        data = Path.of(args[++i]).toAbsolutePath();
                    }
                    default -> {
                        return null;
                    }
                }
            }
            return new Options(data, demo);
        }
    }
}
