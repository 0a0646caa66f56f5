package de.souveraen.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A child process of this JVM whose output (stdout and stderr) is appended to a log file: started, waited for until
 * a URL answers 200, and stopped together with its own children. Keycloak, the services of the local stack and the
 * benchmarks' restarted services all run this way.
 */
public final class ChildProcess {
    private final String name;
    private final Process process;
    private final List<String> command;
    private final Path log;

    private ChildProcess(String name, Process process, List<String> command, Path log) {
        this.name = name;
        this.process = process;
        this.command = command;
        this.log = log;
    }

    /**
     * Starts {@code command} with its output appended to {@code log}.
     *
     * @param environment added to this JVM's environment
     */
    public static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path log)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        return new ChildProcess(name, builder.start(), List.copyOf(command), log);
    }

    public String name() {
        return name;
    }

    public Process process() {
        return process;
    }

    public long pid() {
        return process.pid();
    }

    /** The command line it was started with. */
    public List<String> command() {
        return command;
    }

    /** The log that failures quote: the output's unless {@link #quoting(Path)} named another. */
    public Path log() {
        return log;
    }

    /**
     * The same process, with failures quoting {@code otherLog} (for a program that writes its real log to a file of
     * its own and little to its output).
     */
    public ChildProcess quoting(Path otherLog) {
        return new ChildProcess(name, process, command, otherLog);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Waits until {@code url} answers 200, looking every {@code interval}.
     *
     * @throws IllegalStateException when the process exits first or {@code timeout} passes; the message quotes the
     *                               last lines of the log
     */
    public void awaitReady(URI url, Duration timeout, Duration interval) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).build();
        try {
            Waiting.until(name, timeout, interval, this::pauseWhileAlive,
                    () -> http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        } catch (TimeoutException e) {
            throw new IllegalStateException(name + " not ready within " + timeout.toSeconds() + " s, see " + log
                    + "; its last lines:\n" + tail(log, 40));
        }
    }

    /** A pause that ends early, with an exception, when the process exits. */
    private void pauseWhileAlive(Duration interval) throws InterruptedException {
        if (!process.isAlive() || process.waitFor(interval.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + ", see " + log
                    + "; its last lines:\n" + tail(log, 40));
        }
    }

    /** Asks the process and its children to stop (SIGTERM) and returns at once; see {@link #awaitStopped}. */
    public void requestStop() {
        // a start script (kc.sh) runs the real process as its child: stop children first
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    /** Waits up to {@code grace} after {@link #requestStop()}, then kills what is left (SIGKILL). */
    public void awaitStopped(Duration grace) {
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the process and its children: SIGTERM, up to {@code grace} to end, then SIGKILL. */
    public void stop(Duration grace) {
        requestStop();
        awaitStopped(grace);
    }

    /** Kills the process at once (SIGKILL, no shutdown hook runs) and waits up to 30 s for it to be gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The last lines of a log (a test's data folder is deleted afterwards, so failures quote it). */
    public static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
