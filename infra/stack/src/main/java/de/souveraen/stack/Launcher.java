package de.souveraen.stack;

import de.souveraen.testing.EmbeddedKafkaBroker;
import de.souveraen.testing.EmbeddedPostgresServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./souveraen start [--data DIR]}: PostgreSQL (port 5433, one database per service and one for Keycloak)
 * and a KRaft Kafka broker (port 9092) in this JVM with their data under DIR, then Keycloak (port 8180, realm
 * {@code souveraen} imported) and the four services as child processes in their production profile pointed at
 * them; waits until each is ready and prints where to go. Ctrl-C stops everything. Binds 127.0.0.1 only.
 */
public final class Launcher {
    static final int POSTGRES_PORT = 5433;
    static final int KAFKA_PORT = 9092;
    static final String OIDC_URL = KeycloakServer.issuer();
    static final List<String> DATABASES = List.of("inventory", "budget", "workgroup", "reporting", "keycloak");

    /** The four services with their fixed ports, in start order (reporting last: it reads the others). */
    static final List<Service> SERVICES = List.of(
            new Service("inventory", 8081),
            new Service("budget", 8082),
            new Service("workgroup", 8083),
            new Service("reporting", 8080));

    record Service(String name, int port) {
        Path jar(Path root) {
            return root.resolve(name + "-service/target/quarkus-app/quarkus-run.jar");
        }
    }

    private final Path root;
    private final Path data;
    private final List<Process> processes = new ArrayList<>();
    private EmbeddedPostgresServer postgres;
    private EmbeddedKafkaBroker kafka;
    private Process keycloak;

    Launcher(Path root, Path data) {
        this.root = root;
        this.data = data;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (options == null) {
            System.err.println("usage: ./souveraen start [--data DIR] [--demo]");
            System.exit(2);
            return;
        }
        Launcher launcher = new Launcher(Path.of("").toAbsolutePath(), options.data());
        CountDownLatch stopped = new CountDownLatch(1);
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

    void start(Options options) throws Exception {
        long begin = System.nanoTime();
        Files.createDirectories(data.resolve("logs"));
        System.out.println("Souverän – lokaler Stack / local stack");
        System.out.println("  Daten / data: " + data);

        step("PostgreSQL :" + POSTGRES_PORT, () -> {
            postgres = EmbeddedPostgresServer.start(data.resolve("postgres"), POSTGRES_PORT);
            for (String database : DATABASES) {
                postgres.createDatabaseIfMissing(database);
            }
        });
        step("Kafka :" + KAFKA_PORT, () -> kafka = EmbeddedKafkaBroker.start(data.resolve("kafka"), KAFKA_PORT));

        for (Service service : SERVICES) {
            if (!Files.exists(service.jar(root))) {
                throw new IllegalStateException(service.jar(root) + " is missing: run ./mvnw install -DskipTests");
            }
        }
        KeycloakServer keycloakServer = new KeycloakServer(KeycloakServer.findDistribution(root),
                Path.of(System.getProperty("user.home"), ".souveraen", "cache"),
                root.resolve("infra/keycloak/souveraen-realm.json"));
        Path[] keycloakHome = new Path[1];
        step("Keycloak " + KeycloakServer.version(KeycloakServer.findDistribution(root)) + " (Cache)",
                () -> keycloakHome[0] = keycloakServer.home());
        keycloak = keycloakServer.start(keycloakHome[0], postgres.jdbcUrl("keycloak"), postgres.username(),
                postgres.password(), data.resolve("logs").resolve("keycloak.log"));
        synchronized (processes) {
            processes.add(keycloak);
        }
        // the services start while Keycloak does: quarkus-oidc fetches the realm's keys when the first token arrives
        List<Process> started = new ArrayList<>();
        for (Service service : SERVICES) {
            started.add(launch(service));
        }
        step("Keycloak :" + KeycloakServer.PORT, () -> awaitReady("Keycloak", keycloak,
                URI.create("http://127.0.0.1:" + KeycloakServer.PORT + "/realms/" + KeycloakServer.REALM
                        + "/.well-known/openid-configuration"), data.resolve("logs").resolve("keycloak.log")));
        for (int i = 0; i < SERVICES.size(); i++) {
            Service service = SERVICES.get(i);
            Process process = started.get(i);
            step(service.name() + "-service :" + service.port(), () -> awaitReady(service.name() + "-service",
                    process, URI.create("http://127.0.0.1:" + service.port() + "/q/health/ready"),
                    data.resolve("logs").resolve(service.name() + "-service.log")));
        }
        if (options.demo()) {
            System.out.println("  Demo-Daten / demo data: noch nicht verfügbar / not available yet");
        }
        System.out.printf(Locale.ROOT, "%nBereit nach / ready after %.1f s%n", seconds(begin));
        System.out.println("  Portal:     http://localhost:8080/");
        for (Service service : SERVICES) {
            System.out.printf(Locale.ROOT, "  %-10s  http://localhost:%d/q/openapi  (health: /q/health/ready)%n",
                    service.name(), service.port());
        }
        System.out.println("  Keycloak:   " + OIDC_URL + "  (Admin-Konsole / admin console: http://localhost:"
                + KeycloakServer.PORT + "/admin, admin/admin)");
        System.out.println("  Demo-Benutzer / demo users (Passwort / password: demo):");
        System.out.println("    verwaltung  Verwaltung / administration");
        System.out.println("    ag          Arbeitsgruppe / working group");
        System.out.println("    rat         Rat / council");
        System.out.println("  Token: curl -d grant_type=password -d client_id=cli -d username=verwaltung -d password=demo \\");
        System.out.println("           " + OIDC_URL + "/protocol/openid-connect/token");
        System.out.println("  Logs:       " + data.resolve("logs"));
        System.out.println("Beenden mit Strg-C / stop with Ctrl-C");
    }

    private Process launch(Service service) throws IOException {
        Path log = data.resolve("logs").resolve(service.name() + "-service.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx160m", "-Xss512k", "-XX:+UseSerialGC", "-XX:MaxMetaspaceSize=160m",
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + service.port(),
                "-Dquarkus.datasource.reactive.url=postgresql://127.0.0.1:" + postgres.port() + "/" + service.name(),
                "-Dquarkus.datasource.jdbc.url=" + postgres.jdbcUrl(service.name()),
                "-Dquarkus.datasource.username=" + postgres.username(),
                "-Dquarkus.datasource.password=" + postgres.password(),
                "-Dkafka.bootstrap.servers=" + kafka.bootstrapServers(),
                "-Dquarkus.oidc.auth-server-url=" + OIDC_URL,
                "-jar", service.jar(root).toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Process process = builder.start();
        synchronized (processes) {
            processes.add(process);
        }
        return process;
    }

    private void awaitReady(String name, Process process, URI readiness, Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ", see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            // poll the port again after a short pause (a process start, not a test)
            process.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException(name + " not ready within 180 s, see " + log);
    }

    synchronized void stop() {
        System.out.println("\nStoppe / stopping …");
        List<Process> running;
        synchronized (processes) {
            running = new ArrayList<>(processes);
            processes.clear();
        }
        // kc.sh runs the Keycloak JVM as its child: stop children first, then the processes themselves
        running.forEach(process -> process.descendants().forEach(ProcessHandle::destroy));
        running.forEach(Process::destroy);
        for (Process process : running) {
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
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
    record Options(Path data, boolean demo) {
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
