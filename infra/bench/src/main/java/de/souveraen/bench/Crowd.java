package de.souveraen.bench;

import static de.souveraen.bench.BenchRun.ADMIN;
import static de.souveraen.bench.BenchRun.COUNCIL;
import static de.souveraen.bench.BenchRun.WRITE_YEAR;
import static de.souveraen.bench.BenchRun.expense;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The read path under a crowd: when a report is published, the public and the council read at once.
 *
 * <ol>
 *   <li><b>Readers.</b> {@code readers} concurrent anonymous clients (200 in both modes) read the published report
 *       (PDF and JSON) and the public pages (the municipality's home and report list, its OParl body and meetings,
 *       its public budget) in turn, back to back, for the measured window after a warm-up: p99 per kind and over all,
 *       errors (any status but 200, any I/O failure).</li>
 *   <li><b>Live streams.</b> {@code streams} open server-sent-event streams of the portal ({@code /api/live}, a
 *       council member's token): the reporting service's RSS before and with them open, and for several changes
 *       (an expense booked, 201) the time until each stream has its message.</li>
 * </ol>
 */
final class Crowd {
    static final String TENANT = "blankenheim";
    static final String PERIOD = WRITE_YEAR + "-Q4";

    private final BenchRun run;
    private final Api api;
    private final Settings settings;

    Crowd(BenchRun run) {
        this.run = run;
        this.api = run.api;
        this.settings = run.settings;
    }

    void run() throws Exception {
        run.details.append("### Read path under a crowd\n\n");
        publish();
        readers();
        liveStreams();
    }

    /** Publishes the report of {@link #PERIOD} (the write path's fiscal year), once. */
    private void publish() {
        Api.Reply reply = api.post("reporting", "/api/reports/" + PERIOD + "/publication", ADMIN, """
                {"reference":"MV/%d/001","responsibleOffice":"Fachbereich 1","consultations":[
                 {"organization":"Rat der Gemeinde Blankenheim","date":"%d-02-10","role":"Kenntnisnahme"}]}"""
                .formatted(WRITE_YEAR + 1, WRITE_YEAR + 1), Map.of("Idempotency-Key", "crowd-" + PERIOD),
                Duration.ofSeconds(120));
        if (reply.status() / 100 != 2) {
            throw new IllegalStateException("report " + PERIOD + " not published: " + reply);
        }
    }

    private record Target(String kind, String service, String path) {
    }

    private List<Target> targets() {
        List<Target> targets = new ArrayList<>(List.of(
                new Target("report PDF", "reporting", "/" + TENANT + "/reports/" + PERIOD + ".pdf"),
                new Target("report JSON", "reporting", "/" + TENANT + "/reports/" + PERIOD + ".json"),
                new Target("home page", "reporting", "/" + TENANT + "/"),
                new Target("report list", "reporting", "/" + TENANT + "/reports"),
                new Target("public budget", "budget", "/api/public/" + TENANT + "/budgets/" + WRITE_YEAR)));
        String system = "/" + TENANT + "/oparl/v1.1/system";
        targets.add(new Target("OParl system", "workgroup", system));
        Api.Reply body = api.get("workgroup", system, null);
        if (body.status() == 200 && body.json().hasNonNull("body")) {
            String bodies = URI.create(body.json().get("body").asText()).getPath();
            targets.add(new Target("OParl bodies", "workgroup", bodies));
        }
        for (Target t : targets) {
            Api.Reply probe = api.getBytes(t.service(), t.path(), null);
            if (probe.status() != 200) {
                throw new IllegalStateException("public page " + t.path() + " answers " + probe.status());
            }
        }
        return targets;
    }

    private void readers() throws Exception {
        List<Target> targets = targets();
        int readers = 200;
        int warmup = settings.readWarmup();
        int seconds = settings.quick() ? 10 : 30;
        Map<String, ConcurrentLinkedQueue<Double>> latencies = new LinkedHashMap<>();
        targets.forEach(t -> latencies.put(t.kind(), new ConcurrentLinkedQueue<>()));
        Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        LongAdder requests = new LongAdder();
        long warmupEnd = System.nanoTime() + Duration.ofSeconds(warmup).toNanos();
        long end = warmupEnd + Duration.ofSeconds(seconds).toNanos();
        System.out.println("crowd: " + readers + " anonymous readers for " + seconds + " s …");
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        AtomicInteger next = new AtomicInteger();
        long reportingPid = Processes.service("reporting").orElseThrow().pid();
        long rssBefore = Processes.rssKib(reportingPid);
        for (int r = 0; r < readers; r++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    Target t = targets.get(Math.floorMod(next.getAndIncrement(), targets.size()));
                    long start = System.nanoTime();
                    int status;
                    try {
                        status = api.getBytes(t.service(), t.path(), null).status();
                    } catch (RuntimeException e) {
                        status = -1;
                    }
                    long done = System.nanoTime();
                    if (start >= warmupEnd && done <= end) {
                        requests.increment();
                        latencies.get(t.kind()).add((done - start) / 1e6);
                        if (status != 200) {
                            errors.computeIfAbsent(t.kind() + " " + status, k -> new LongAdder()).increment();
                        }
                    }
                }
                return null;
            });
        }
        Sampler sampler = new Sampler(reportingPid, 200);
        pool.shutdown();
        pool.awaitTermination(warmup + seconds + 120L, TimeUnit.SECONDS);
        sampler.close();
        long rssAfter = Processes.rssKib(reportingPid);
        List<Double> all = new ArrayList<>();
        StringBuilder table = new StringBuilder("| page | requests | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|\n");
        for (var e : latencies.entrySet()) {
            Stats s = Stats.of(new ArrayList<>(e.getValue()));
            all.addAll(e.getValue());
            table.append("| ").append(e.getKey()).append(" | ").append(s.count()).append(" | ")
                    .append(Stats.f(s.percentile(50), 1)).append(" | ").append(Stats.f(s.percentile(99), 1))
                    .append(" | ").append(Stats.f(s.max(), 1)).append(" |\n");
        }
        Stats overall = Stats.of(all);
        long errorCount = errors.values().stream().mapToLong(LongAdder::sum).sum();
        run.details.append("**").append(readers).append(" concurrent anonymous readers** for ").append(seconds)
                .append(" s after a ").append(warmup).append("-s warm-up, each reading in turn the published report `")
                .append(PERIOD).append("` (PDF, JSON) and the public pages (no token): ").append(requests.sum())
                .append(" requests, ").append(Stats.f(requests.sum() / (double) seconds, 0)).append("/s; p50 ")
                .append(Stats.f(overall.percentile(50), 1)).append(" ms, p99 ")
                .append(Stats.f(overall.percentile(99), 1)).append(" ms; errors ").append(errorCount)
                .append(errors.isEmpty() ? "" : " " + errors).append("; reporting RSS ").append(rssBefore / 1024)
                .append(" → ").append(rssAfter / 1024).append(" MB.\n\n").append(table)
                .append("\nProfile of reporting-service meanwhile (jcmd Thread.print every 200 ms):\n\n")
                .append(sampler.summary(10)).append('\n');
        run.summary.add(new String[] {"Crowd: " + readers + " anonymous readers of the published report and public"
                + " pages, p99 (errors)", Stats.f(overall.percentile(99), 1) + " ms (" + errorCount + ")", "–",
                "≤ 100 ms, 0 errors", errorCount == 0 ? Stats.verdict(overall.percentile(99), 100, false)
                        : "**missed**"});
    }

    /** A stream's lines: records when the first message after {@code since} arrives. */
    private static final class LiveStream implements Flow.Subscriber<String> {
        final AtomicLong since = new AtomicLong(Long.MAX_VALUE);
        final AtomicLong received = new AtomicLong();
        volatile CountDownLatch waiting;
        volatile Flow.Subscription subscription;

        @Override
        public void onSubscribe(Flow.Subscription s) {
            this.subscription = s;
            s.request(Long.MAX_VALUE);
        }

        /** Closes the stream's connection. */
        void close() {
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
        }

        @Override
        public void onNext(String line) {
            if (line.startsWith("data:")) {
                long now = System.nanoTime();
                if (now >= since.get() && received.compareAndSet(0, now)) {
                    CountDownLatch latch = waiting;
                    if (latch != null) {
                        latch.countDown();
                    }
                }
            }
        }

        @Override
        public void onError(Throwable throwable) {
        }

        @Override
        public void onComplete() {
        }
    }

    /** Established TCP connections to {@code port} on this machine (from {@code /proc/net/tcp} and {@code tcp6}). */
    static int established(int port) {
        String local = String.format(":%04X ", port);
        int count = 0;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(table))) {
                    String[] f = line.trim().split("\\s+");
                    // local address, remote address, state 01 = ESTABLISHED; the server side of each connection
                    if (f.length > 3 && (f[1] + " ").endsWith(local) && f[3].equals("01")) {
                        count++;
                    }
                }
            } catch (java.io.IOException e) {
                // no such table (no IPv6): nothing counted from it
            }
        }
        return count;
    }

    private void liveStreams() throws Exception {
        int streams = 1000;
        int changes = 5;
        long pid = Processes.service("reporting").orElseThrow().pid();
        long rssBefore = Processes.rssKib(pid);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String token = api.token(COUNCIL);
        URI uri = URI.create("http://127.0.0.1:" + api.ports().service("reporting") + "/api/live");
        List<LiveStream> open = new ArrayList<>();
        List<CompletableFuture<HttpResponse<Void>>> responses = new ArrayList<>();
        int port = api.ports().service("reporting");
        int before = established(port);
        System.out.println("live: opening " + streams + " streams …");
        long openBegin = System.nanoTime();
        for (int i = 0; i < streams; i++) {
            LiveStream stream = new LiveStream();
            open.add(stream);
            responses.add(http.sendAsync(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                    .header("Accept", "text/event-stream").GET().build(),
                    HttpResponse.BodyHandlers.fromLineSubscriber(stream)));
        }
        // a stream's response headers may only come with its first message: count the established connections
        long openDeadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        int ok = established(port) - before;
        while (ok < streams && System.nanoTime() < openDeadline) {
            TimeUnit.MILLISECONDS.sleep(200); // polling the kernel's connection table, bounded by the deadline
            ok = established(port) - before;
        }
        double openSeconds = (System.nanoTime() - openBegin) / 1e9;
        // an established connection is not yet a subscribed stream (the request's token is checked first, and the
        // stream sends nothing until a change): one change before the measured ones, waited for by every stream
        CountDownLatch warm = new CountDownLatch(streams);
        long warmSince = System.nanoTime();
        for (LiveStream s : open) {
            s.received.set(0);
            s.waiting = warm;
            s.since.set(warmSince);
        }
        Api.Reply warmUp = api.post("budget", "/api/budgets/" + WRITE_YEAR + "/expenses", ADMIN,
                expense(WRITE_YEAR, 4199, "LIVE-WARM"), Map.of("Idempotency-Key", "live-" + UUID.randomUUID()));
        if (warmUp.status() != 201) {
            throw new IllegalStateException("live warm-up not accepted: " + warmUp);
        }
        warm.await(60, TimeUnit.SECONDS);
        int subscribed = (int) open.stream().filter(s -> s.received.get() != 0).count();
        TimeUnit.MILLISECONDS.sleep(1500); // pacing of the load generator (past the portal's window), not a wait for a result
        long rssOpen = Processes.rssKib(pid);
        List<Double> delays = new ArrayList<>();
        int missing = 0;
        for (int c = 0; c < changes; c++) {
            CountDownLatch latch = new CountDownLatch(streams);
            long since = System.nanoTime();
            for (LiveStream s : open) {
                s.received.set(0);
                s.waiting = latch;
                s.since.set(since);
            }
            Api.Reply reply = api.post("budget", "/api/budgets/" + WRITE_YEAR + "/expenses", ADMIN,
                    expense(WRITE_YEAR, 4200 + c, "LIVE-" + c), Map.of("Idempotency-Key", "live-" + UUID.randomUUID()));
            long accepted = System.nanoTime();
            if (reply.status() != 201) {
                throw new IllegalStateException("live trigger not accepted: " + reply);
            }
            latch.await(10, TimeUnit.SECONDS);
            for (LiveStream s : open) {
                long at = s.received.get();
                if (at == 0) {
                    missing++;
                } else {
                    delays.add(Math.max(0, at - accepted) / 1e6);
                }
                s.since.set(Long.MAX_VALUE);
            }
            // the portal coalesces a source's changes within a window (250 ms): the next change well after it
            long rest = accepted + Duration.ofMillis(1500).toNanos() - System.nanoTime();
            if (rest > 0) {
                TimeUnit.NANOSECONDS.sleep(rest); // pacing of the load generator, not a wait for a result
            }
        }
        long rssAfter = Processes.rssKib(pid);
        open.forEach(LiveStream::close);
        responses.forEach(r -> r.cancel(true));
        Stats s = Stats.of(delays);
        long growthMb = (Math.max(rssOpen, rssAfter) - rssBefore) / 1024;
        run.details.append("**").append(streams).append(" open live streams** (`GET /api/live`, a council member's"
                        + " token, one HTTP/1.1 connection each): ").append(ok).append(" connections established"
                        + " within ")
                .append(Stats.f(openSeconds, 1)).append(" s, ").append(subscribed).append(" of them told an unmeasured"
                        + " first change within 60 s (subscribed); reporting RSS ").append(rssBefore / 1024).append(" MB → ")
                .append(rssOpen / 1024).append(" MB with them open → ").append(rssAfter / 1024).append(" MB after ").append(changes)
                .append(" changes (growth ").append(growthMb).append(" MB). From the 201 of a"
                        + " booking to the message on each stream: p50 ").append(Stats.f(s.percentile(50), 0))
                .append(" ms, p99 ").append(Stats.f(s.percentile(99), 0)).append(" ms, max ")
                .append(Stats.f(s.max(), 0)).append(" ms; ").append(missing).append(" of ").append(streams * changes)
                .append(" messages missing after 10 s.\n\n");
        run.summary.add(new String[] {"Live: " + streams + " open streams, reporting RSS growth", growthMb + " MB",
                "–", "≤ 64 MB", ok >= streams ? Stats.verdict(growthMb, 64, false) : "**missed** (" + ok + " open)"});
        run.summary.add(new String[] {"Live: a change reaches every open stream, p99", Stats.f(s.percentile(99), 0)
                + " ms (" + missing + " missing)", "–", "≤ 1000 ms", missing == 0
                        ? Stats.verdict(s.percentile(99), 1000, false) : "**missed**"});
    }
}
