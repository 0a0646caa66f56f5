package de.souveraen.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessTest {
    @TempDir
    Path dir;

    @Test
    void waits_until_the_url_answers_and_stops_the_process_with_its_children() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger asked = new AtomicInteger();
        server.createContext("/ready", exchange -> {
            // not ready on the first two looks
            exchange.sendResponseHeaders(asked.incrementAndGet() < 3 ? 503 : 200, -1);
            exchange.close();
        });
        server.start();
        Path log = dir.resolve("child.log");
        try {
            ChildProcess child = ChildProcess.start("child", List.of("sh", "-c", "echo started; sleep 60 & wait"),
                    Map.of("SOUVERAEN_TEST", "1"), log);
            child.awaitReady(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ready"),
                    Duration.ofSeconds(30), Duration.ofMillis(20));
            assertThat(asked.get()).isEqualTo(3);
            List<ProcessHandle> children = child.process().descendants().toList();
            assertThat(children).isNotEmpty();

            child.stop(Duration.ofSeconds(10));

            assertThat(child.isAlive()).isFalse();
            // the children were asked to stop too (a stopped start script would otherwise leave them running)
            for (ProcessHandle grandchild : children) {
                assertThat(grandchild.onExit()).succeedsWithin(Duration.ofSeconds(10));
            }
            assertThat(Files.readString(log)).contains("started");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void a_process_that_exits_while_waited_for_fails_at_once_quoting_its_log() throws Exception {
        Path log = dir.resolve("failing.log");
        ChildProcess child = ChildProcess.start("failing", List.of("sh", "-c", "echo 'no database'; exit 3"),
                Map.of(), log);
        long begin = System.nanoTime();

        assertThatThrownBy(() -> child.awaitReady(URI.create("http://127.0.0.1:" + FreePorts.find() + "/"),
                Duration.ofSeconds(60), Duration.ofMillis(50)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("failing exited with 3")
                .hasMessageContaining("no database");
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void a_url_that_never_answers_times_out_with_the_log() throws Exception {
        Path log = dir.resolve("silent.log");
        ChildProcess child = ChildProcess.start("silent", List.of("sh", "-c", "echo waiting; sleep 60"), Map.of(),
                log);
        try {
            assertThatThrownBy(() -> child.awaitReady(URI.create("http://127.0.0.1:" + FreePorts.find() + "/"),
                    Duration.ofMillis(500), Duration.ofMillis(50)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("silent not ready within");
        } finally {
            child.stop(Duration.ofSeconds(10));
        }
        assertThat(child.isAlive()).isFalse();
    }

    @Test
    void waiting_reports_the_probes_last_failure_when_the_time_is_up() {
        assertThatThrownBy(() -> Waiting.until("nothing", Duration.ofMillis(100), Duration.ofMillis(10),
                Waiting.PARK, () -> {
                    throw new IllegalStateException("still down");
                }))
                .isInstanceOf(TimeoutException.class)
                .hasMessage("nothing not ready within 0 s")
                .hasRootCauseMessage("still down");
    }

    @Test
    void tail_gives_the_last_lines_of_a_log() throws Exception {
        Path log = dir.resolve("tail.log");
        Files.writeString(log, "one\ntwo\nthree\n");

        assertThat(ChildProcess.tail(log, 2)).isEqualTo("two\nthree");
        assertThat(ChildProcess.tail(dir.resolve("missing.log"), 2)).startsWith("(no log:");
    }
}
