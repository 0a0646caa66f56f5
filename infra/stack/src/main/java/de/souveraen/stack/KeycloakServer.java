package de.souveraen.stack;

import de.souveraen.embedded.ChildProcess;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Keycloak for the local stack: the Maven distribution ({@code org.keycloak:keycloak-quarkus-dist}, copied into
 * {@code infra/stack/target/keycloak/} by the build) is unpacked and built ({@code kc.sh build}, Keycloak's
 * augmentation for PostgreSQL) once into a cache folder, then started with {@code start --optimized} on 127.0.0.1
 * (port 8180 in the local stack, plain HTTP, local caches) with the realm export imported (ADR 0029). Its database
 * is a PostgreSQL database ({@code keycloak}) on the stack's server, so users, sessions and realm changes are kept
 * with the rest of the data.
 */
final class KeycloakServer {
    static final String REALM = "souveraen";

    private final Path distribution;
    private final Path cache;
    private final Path realmExport;
    private final int port;
    private final int portalPort;

    KeycloakServer(Path distribution, Path cache, Path realmExport, int port, int portalPort) {
        this.distribution = distribution;
        this.cache = cache;
        this.realmExport = realmExport;
        this.port = port;
        this.portalPort = portalPort;
    }

    /**
     * The realm export as imported: the portal client's redirect URIs and web origins name the portal's port (8080
     * in the export; the end-to-end tests run the portal on a free port).
     */
    static String realm(String export, int portalPort) {
        return export.replace("localhost:8080", "localhost:" + portalPort)
                .replace("127.0.0.1:8080", "127.0.0.1:" + portalPort);
    }

    /** The distribution archive the build copied, e.g. {@code keycloak-quarkus-dist-26.7.3.tar.gz}. */
    static Path findDistribution(Path root) throws IOException {
        Path folder = root.resolve("infra/stack/target/keycloak");
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> archives = Files.newDirectoryStream(folder, "keycloak-quarkus-dist-*.tar.gz")) {
                for (Path archive : archives) {
                    return archive;
                }
            }
        }
        throw new IllegalStateException(folder + " has no Keycloak distribution: run ./mvnw install -DskipTests");
    }

    static String version(Path archive) {
        String name = archive.getFileName().toString();
        return name.substring("keycloak-quarkus-dist-".length(), name.length() - ".tar.gz".length());
    }

    /**
     * The build-time options of the cached server ({@code kc.sh build}); {@code start --optimized} must not name
     * another value of them. Part of the cache folder's name, so a change of them builds a new one.
     */
    static final List<String> BUILD_OPTIONS = List.of("--db=postgres", "--health-enabled=false",
            "--metrics-enabled=false");

    /**
     * The Keycloak JVM's options in place of kc.sh's defaults (which select G1 and a heap of 64–512 MB that stays
     * committed): kc.sh's own system properties and metaspace limits, the serial collector with a heap that gives
     * memory back after a full collection (as the write services), the C1 compiler only (on two cores C2's
     * compilations competed with the start, the stack's critical path), smaller thread stacks.
     */
    static final List<String> JVM_OPTIONS = List.of("-Xms32m", "-Xmx512m", "-Xss512k", "-XX:+UseSerialGC",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-XX:TieredStopAtLevel=1",
            "-XX:MetaspaceSize=96M", "-XX:MaxMetaspaceSize=256m", "-XX:+ExitOnOutOfMemoryError",
            "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-Dsun.err.encoding=UTF-8",
            "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-Djava.security.egd=file:/dev/urandom",
            "-Djdk.tls.rejectClientInitiatedRenegotiation=true");

    /** The environment of kc.sh and the Keycloak JVM (besides the administrator's). */
    Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS", String.join(" ", JVM_OPTIONS));
        // two glibc malloc arenas instead of eight per core, as for the services
        env.put("MALLOC_ARENA_MAX", "2");
        return env;
    }

    /** The cache folder of the built server: version and build options, e.g. {@code keycloak-26.7.3-built-1a2b3c4d}. */
    Path builtHome() {
        String options = String.join(" ", BUILD_OPTIONS);
        String hash;
        try {
            hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(options.getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return cache.resolve("keycloak-" + version(distribution) + "-built-" + hash);
    }

    /**
     * The Keycloak home: unpacked and built once (the first start on a machine, ≈ 20–40 s) into a temporary folder
     * of the cache that is then renamed, so a half-unpacked or half-built server is never used; afterwards returned
     * at once. The build's output goes to {@code build.log} in the cache.
     */
    Path home() throws IOException, InterruptedException {
        Path home = builtHome();
        if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
            return home;
        }
        String version = version(distribution);
        Files.createDirectories(cache);
        Path unpacking = Files.createTempDirectory(cache, "unpacking-");
        try {
            Process tar = new ProcessBuilder("tar", "-xzf", distribution.toString(), "-C", unpacking.toString())
                    .inheritIO().start();
            if (!tar.waitFor(5, TimeUnit.MINUTES) || tar.exitValue() != 0) {
                throw new IOException("could not unpack " + distribution);
            }
            Path unpacked = unpacking.resolve("keycloak-" + version);
            List<String> build = new ArrayList<>(List.of(unpacked.resolve("bin/kc.sh").toString(), "build"));
            build.addAll(BUILD_OPTIONS);
            Path log = cache.resolve("keycloak-" + version + "-build.log");
            ProcessBuilder building = new ProcessBuilder(build).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).directory(unpacked.toFile());
            building.environment().putAll(environment());
            Process builder = building.start();
            if (!builder.waitFor(10, TimeUnit.MINUTES) || builder.exitValue() != 0) {
                builder.destroyForcibly();
                throw new IOException("Keycloak could not be built, see " + log);
            }
            try {
                Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException other) {
                // another launcher built it meanwhile: its server is as good as this one
            }
        } finally {
            de.souveraen.embedded.FileTrees.deleteQuietly(unpacking);
        }
        return home;
    }

    /** Copies the suite's themes (the sign-in page in the portal's look) over the distribution's themes folder. */
    static void installThemes(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * Starts Keycloak; the returned process is kc.sh, whose child is the Keycloak JVM ({@link ChildProcess#stop}
     * stops both). Its console output goes to {@code keycloak-console.log} beside {@code log}; failures quote
     * {@code log}.
     */
    ChildProcess start(Path home, String jdbcUrl, String username, String password, Path log) throws IOException {
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        Files.writeString(imports.resolve(REALM + "-realm.json"), realm(Files.readString(realmExport), portalPort));
        installThemes(realmExport.resolveSibling("themes"), home.resolve("themes"));
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start", "--optimized",
                "--import-realm",
                "--http-enabled=true",
                "--cache=local",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                // one issuer (http://localhost:8180/realms/souveraen) whichever loopback name a client uses
                "--hostname=http://localhost:" + port,
                "--db=postgres",
                "--db-url=" + jdbcUrl,
                "--db-username=" + username,
                "--db-password=" + password,
                "--log=file",
                "--log-file=" + log));
        Map<String, String> env = environment();
        // a local-only administrator for the admin console (http://localhost:8180/admin); production sets its own
        for (String variable : List.of("KC_BOOTSTRAP_ADMIN_USERNAME", "KC_BOOTSTRAP_ADMIN_PASSWORD")) {
            env.put(variable, System.getenv().getOrDefault(variable, "admin"));
        }
        return ChildProcess.start("Keycloak", command, env, log.resolveSibling("keycloak-console.log")).quoting(log);
    }
}
