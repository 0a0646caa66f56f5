package de.souveraen.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Keycloak server of the local stack is unpacked and built once into the cache (ADR 0029): here with a stand-in
 * distribution whose {@code kc.sh} records each build.
 */
class KeycloakServerTest {
    @TempDir
    Path folder;

    @Test
    void the_server_is_built_once_with_the_build_options_and_then_taken_from_the_cache() throws Exception {
        Path builds = folder.resolve("builds.txt");
        Path distribution = distribution("echo \"$@|$JAVA_OPTS|$MALLOC_ARENA_MAX\" >> " + builds + "\n"
                + "mkdir -p \"$(dirname \"$0\")/../lib/quarkus\" && echo built > \"$(dirname \"$0\")/../lib/quarkus/built\"");
        Path cache = folder.resolve("cache");
        KeycloakServer server = server(distribution, cache);

        Path home = server.home();
        Path again = server.home();

        assertThat(again).isEqualTo(home);
        assertThat(home.getFileName().toString()).startsWith("keycloak-9.9.9-built-");
        assertThat(home.resolve("lib/quarkus/built")).hasContent("built");
        List<String> recorded = Files.readAllLines(builds);
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0)).startsWith("build " + String.join(" ", KeycloakServer.BUILD_OPTIONS) + "|")
                .contains("-XX:+UseSerialGC").endsWith("|2");
        try (Stream<Path> left = Files.list(cache)) {
            assertThat(left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("unpacking-"))).isEmpty();
        }
    }

    @Test
    void a_failed_build_leaves_no_server_in_the_cache() throws Exception {
        Path distribution = distribution("echo 'no database driver' >&2; exit 1");
        Path cache = folder.resolve("cache");
        KeycloakServer server = server(distribution, cache);

        assertThatThrownBy(server::home).isInstanceOf(IOException.class).hasMessageContaining("could not be built");

        assertThat(server.builtHome()).doesNotExist();
        try (Stream<Path> left = Files.list(cache)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("keycloak-9.9.9-build.log");
        }
        assertThat(cache.resolve("keycloak-9.9.9-build.log")).content().contains("no database driver");
    }

    @Test
    void the_jvm_replaces_kc_sh_defaults_with_the_serial_collector_and_a_heap_that_shrinks() {
        KeycloakServer server = server(folder.resolve("keycloak-quarkus-dist-9.9.9.tar.gz"), folder);

        String options = server.environment().get("JAVA_OPTS");

        assertThat(options).contains("-XX:+UseSerialGC", "-XX:MaxHeapFreeRatio=30", "-Xmx512m")
                .doesNotContain("G1");
        assertThat(server.environment()).containsEntry("MALLOC_ARENA_MAX", "2")
                .containsEntry("JAVA_HOME", System.getProperty("java.home"));
    }

    private KeycloakServer server(Path distribution, Path cache) {
        return new KeycloakServer(distribution, cache, folder.resolve("realm.json"), 8180, 8080);
    }

    /** A distribution archive {@code keycloak-quarkus-dist-9.9.9.tar.gz} whose {@code bin/kc.sh} runs {@code script}. */
    private Path distribution(String script) throws Exception {
        Path content = folder.resolve("content");
        Path kc = content.resolve("keycloak-9.9.9/bin/kc.sh");
        Files.createDirectories(kc.getParent());
        Files.writeString(kc, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(kc, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path archive = folder.resolve("keycloak-quarkus-dist-9.9.9.tar.gz");
        Process tar = new ProcessBuilder("tar", "-czf", archive.toString(), "-C", content.toString(), "keycloak-9.9.9")
                .inheritIO().start();
        assertThat(tar.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(tar.exitValue()).isZero();
        return archive;
    }
}
