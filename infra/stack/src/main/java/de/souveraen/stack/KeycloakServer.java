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
 * {@code infra/stack/target/keycloak/} by the build) is unpacked once into a cache folder and started in dev mode
 * on 127.0.0.1 (port 8180 in the local stack) with the realm export imported. Its database is a PostgreSQL database ({@code keycloak}) on
 * the stack's server, so users, sessions and realm changes are kept with the rest of the data.
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

    /** Unpacks the distribution into the cache unless that was done before; returns the Keycloak home. */
    Path home() throws IOException, InterruptedException {
        String version = version(distribution);
        Path home = cache.resolve("keycloak-" + version);
        if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
            return home;
        }
        Files.createDirectories(cache);
        Path unpacking = Files.createTempDirectory(cache, "unpacking-");
        Process tar = new ProcessBuilder("tar", "-xzf", distribution.toString(), "-C", unpacking.toString())
                .inheritIO().start();
        if (!tar.waitFor(5, TimeUnit.MINUTES) || tar.exitValue() != 0) {
            throw new IOException("could not unpack " + distribution);
        }
        // the archive holds one folder keycloak-<version>; moving it makes a half-unpacked cache impossible
        Files.move(unpacking.resolve("keycloak-" + version), home, StandardCopyOption.ATOMIC_MOVE);
        Files.delete(unpacking);
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
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--import-realm",
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
        Map<String, String> env = new HashMap<>();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        // a local-only administrator for the admin console (http://localhost:8180/admin); production sets its own
        for (String variable : List.of("KC_BOOTSTRAP_ADMIN_USERNAME", "KC_BOOTSTRAP_ADMIN_PASSWORD")) {
            env.put(variable, System.getenv().getOrDefault(variable, "admin"));
        }
        return ChildProcess.start("Keycloak", command, env, log.resolveSibling("keycloak-console.log")).quoting(log);
    }
}
