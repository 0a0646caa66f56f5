package de.souveraen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A poor man's async profiler: a series of {@code jcmd <pid> Thread.print} dumps while a phase runs; counts, per
 * RUNNABLE application thread, the topmost frame of our own code ({@code de.souveraen}) and the topmost frame
 * overall, so a report can say where a missed target's time goes. Socket reads of idle event-loop threads
 * (epoll waits) are left out: they wait, they do not work.
 */
final class Sampler implements AutoCloseable {
    private final long pid;
    private final long intervalMillis;
    private final Map<String, Integer> topFrames = new HashMap<>();
    private final Map<String, Integer> ownFrames = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private int dumps;
    private int runnable;

    Sampler(long pid, long intervalMillis) {
        this.pid = pid;
        this.intervalMillis = intervalMillis;
        this.thread = new Thread(this::loop, "sampler-" + pid);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void loop() {
        while (running) {
            try {
                Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), "Thread.print").redirectErrorStream(true)
                        .start();
                String dump = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                jcmd.waitFor(10, TimeUnit.SECONDS);
                synchronized (this) {
                    dumps++;
                    parse(dump);
                }
                Thread.sleep(intervalMillis); // sampling interval
            } catch (IOException e) {
                return;
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void parse(String dump) {
        for (String block : dump.split("\n\n")) {
            if (!block.contains("java.lang.Thread.State: RUNNABLE")) {
                continue;
            }
            List<String> frames = new ArrayList<>();
            for (String line : block.split("\n")) {
                String t = line.trim();
                if (t.startsWith("at ")) {
                    frames.add(t.substring(3).replaceAll("\\(.*\\)", ""));
                }
            }
            if (frames.isEmpty() || idle(frames.get(0))) {
                continue;
            }
            runnable++;
            topFrames.merge(frames.get(0), 1, Integer::sum);
            frames.stream().filter(f -> f.startsWith("de.souveraen")).findFirst()
                    .ifPresent(f -> ownFrames.merge(f, 1, Integer::sum));
        }
    }

    private static boolean idle(String frame) {
        return frame.contains("EPoll") || frame.contains("epollWait") || frame.contains("socketAccept")
                || frame.contains("accept0") || frame.contains("Net.poll") || frame.contains("SocketDispatcher.read")
                || frame.contains("NioSocketImpl.read") || frame.contains("waitForReferencePendingList")
                || frame.contains("Thread.dumpThreads") || frame.contains("Thread.getStackTrace")
                || frame.contains("ThreadDump");
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(15_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A markdown summary: the hottest frames among the busy-thread samples. */
    synchronized String summary(int top) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(java.util.Locale.ROOT, "%d thread dumps, %d busy-thread samples.%n%n", dumps,
                runnable));
        out.append("| top frame (busy threads) | samples |\n|---|---|\n");
        topFrames.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> out.append("| `").append(e.getKey()).append("` | ").append(e.getValue()).append(" |\n"));
        out.append("\n| topmost frame of our code (busy threads) | samples |\n|---|---|\n");
        ownFrames.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> out.append("| `").append(e.getKey()).append("` | ").append(e.getValue()).append(" |\n"));
        return out.toString();
    }
}
