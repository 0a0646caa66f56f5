package de.souveraen.bench;

import static de.souveraen.bench.BenchRun.ADMIN;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * 5. Many municipalities on one installation (issue 18): {@code n} municipalities of realistic size (each
 * {@value #DEPENDENCIES} dependencies, {@value #BOOKINGS} bookings, {@value #MEETINGS} meetings with an agenda item,
 * {@value #MEMBERS} members) written through the services' REST command path with a signed-in user of each, then
 * four read endpoints under 8 concurrent readers, each request for a random municipality with that municipality's
 * token.
 * <p>
 * Same-run baselines: the same read mix while the installation holds only the first municipality (measured before
 * the others are loaded), and a trivial request ({@code /q/health/live}) in the same mix as the floor of the HTTP
 * round trip on this machine.
 */
final class Tenants {
    static final int DEPENDENCIES = 100;
    static final int BOOKINGS = 500;
    static final int MEETINGS = 10;
    static final int MEMBERS = 20;
    static final int YEAR = 2026;
    static final String PERIOD = "2026-Q4";
    /**
     * The OParl list of a municipality ({@code {tenant}} is replaced by its key). The installation chooses the
     * municipality by the token's {@code tenant} claim (so the token is sent, {@link #OPARL_SENDS_TOKEN}); the path
     * still names the one body. Change both here when OParl gets a public path per municipality.
     */
    static final String OPARL_LIST = "/oparl/v1.1/body/blankenheim/meetings";
    static final boolean OPARL_SENDS_TOKEN = true;
    static final double TARGET_MS = 50;
    private static final int REGISTER_PAGE_SIZE = 20;
    private static final List<String> ROLES = List.of("administration", "workgroup", "council");

    /** A read endpoint of the mix: a name for the report, its service and the path for a municipality. */
    private record Endpoint(String name, String service, String describe, boolean target) {
    }

    private static final Endpoint REGISTER = new Endpoint("register list", "inventory",
            "`GET /api/dependencies?page=0…4&size=" + REGISTER_PAGE_SIZE + "` (inventory)", true);
    private static final Endpoint JOURNAL = new Endpoint("journal page", "budget",
            "`GET /api/budgets/" + YEAR + "/bookings?page=0…9` (budget, 50 a page)", true);
    private static final Endpoint OPARL = new Endpoint("OParl list", "workgroup",
            "`GET " + OPARL_LIST + "` (workgroup" + (OPARL_SENDS_TOKEN ? ", with the municipality's token" : "") + ")",
            true);
    private static final Endpoint REPORT = new Endpoint("report JSON", "reporting",
            "`GET /api/reports/" + PERIOD + "` (reporting, with the municipality's token)", true);
    private static final Endpoint MEETING_LIST = new Endpoint("meeting list (API)", "workgroup",
            "`GET /api/meetings` (workgroup's own list, the meetings the OParl list is built from)", false);
    private static final Endpoint HEALTH = new Endpoint("health (floor)", "inventory",
            "`GET /q/health/live` (inventory, no token)", false);
    private static final List<Endpoint> MIX = List.of(REGISTER, JOURNAL, OPARL, REPORT, MEETING_LIST, HEALTH);

    private final Settings settings;
    private final Api api;
    private final List<String[]> summary;
    private final StringBuilder details;

    Tenants(BenchRun run) {
        this.settings = run.settings;
        this.api = run.api;
        this.summary = run.summary;
        this.details = run.details;
    }

    static String key(int i) {
        return String.format(Locale.ROOT, "kommune-%03d", i);
    }

    static String user(String tenant) {
        return "bench-" + tenant;
    }

    void run() throws Exception {
        int n = settings.tenants();
        List<String> tenants = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            tenants.add(key(i));
        }
        System.out.println("municipalities: " + n + " users …");
        KeycloakUsers keycloak = new KeycloakUsers(api.ports().keycloak());
        long usersBegin = System.nanoTime();
        parallel(4, tenants, t -> keycloak.create(user(t), t, ROLES));
        parallel(4, tenants, t -> api.token(user(t)));
        double usersSeconds = (System.nanoTime() - usersBegin) / 1e9;

        System.out.println("municipalities: loading the first …");
        Load first = load(tenants.subList(0, 1), 1);
        awaitQuiet(tenants.get(0));
        Check firstCheck = check(tenants.get(0));
        System.out.println("municipalities: reads with 1 municipality …");
        Reads one = reads(tenants.subList(0, 1), "1 (installation of 1)");

        Load rest = null;
        if (n > 1) {
            System.out.printf(Locale.ROOT, "municipalities: loading %d more with %d clients …%n", n - 1,
                    settings.tenantLoaders());
            rest = load(tenants.subList(1, n), settings.tenantLoaders());
            awaitQuiet(tenants.get(0));
        }
        Check lastCheck = check(tenants.get(n - 1));
        Check firstAgain = check(tenants.get(0));
        parallel(4, tenants, t -> api.refresh(user(t))); // valid for the read phases that follow
        System.out.println("municipalities: reads with " + n + " municipalities …");
        Reads many = reads(tenants, n + " (random)");
        Reads single = null;
        if (n > 1) {
            System.out.println("municipalities: reads of the first municipality only …");
            single = reads(tenants.subList(0, 1), "1 (installation of " + n + ")");
        }

        Map<Endpoint, String> profiles = new LinkedHashMap<>();
        for (Endpoint e : List.of(REGISTER, JOURNAL, OPARL, REPORT)) {
            long failed = many.failures(e).values().stream().mapToLong(Long::longValue).sum();
            if (many.stats(e).percentile(95) > TARGET_MS && failed * 10 < many.stats(e).count()) {
                profiles.put(e, profile(e, tenants));
            }
        }
        report(n, usersSeconds, first, rest, firstCheck, lastCheck, firstAgain, one, many, single, profiles);
    }

    // ------------------------------------------------------------------------------------------------ loading

    /** Statuses, counts and latencies of a load. */
    private static final class Load {
        final Map<String, LongAdder> commands = new ConcurrentSkipListMap<>();
        final Map<Integer, LongAdder> statuses = new ConcurrentSkipListMap<>();
        final ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        int clients;
        long nanos;

        long total() {
            return statuses.values().stream().mapToLong(LongAdder::sum).sum();
        }

        long accepted() {
            return statuses.entrySet().stream().filter(e -> e.getKey() / 100 == 2).mapToLong(e -> e.getValue().sum())
                    .sum();
        }
    }

    /**
     * Writes the municipalities: one task per municipality and service (budget, inventory, workgroup), each task's
     * commands one after the other (a municipality's fiscal year is one stream), {@code clients} tasks at a time.
     */
    private Load load(List<String> tenants, int clients) throws Exception {
        Load load = new Load();
        load.clients = clients;
        List<Runnable> tasks = new ArrayList<>();
        for (String t : tenants) {
            tasks.add(() -> budget(load, t));
            tasks.add(() -> inventory(load, t));
            tasks.add(() -> workgroup(load, t));
        }
        Collections.shuffle(tasks, new java.util.Random(18));
        long begin = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger done = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (Runnable task : tasks) {
            futures.add(pool.submit(() -> {
                task.run();
                int d = done.incrementAndGet();
                if (d % Math.max(1, tasks.size() / 10) == 0) {
                    System.out.printf(Locale.ROOT, "  %d/%d tasks, %d commands, %.0f s%n", d, tasks.size(),
                            load.total(), (System.nanoTime() - begin) / 1e9);
                }
            }));
        }
        pool.shutdown();
        for (Future<?> f : futures) {
            f.get();
        }
        load.nanos = System.nanoTime() - begin;
        return load;
    }

    private Optional<String> command(Load load, String tenant, String service, String kind, String path, String json,
            Map<String, String> headers) {
        Api.Reply reply;
        try {
            reply = api.post(service, path, user(tenant), json, headers, Duration.ofSeconds(60));
        } catch (RuntimeException e) {
            load.statuses.computeIfAbsent(0, s -> new LongAdder()).increment();
            if (load.failures.size() < 5) {
                load.failures.add(service + " " + path + ": " + e);
            }
            return Optional.empty();
        }
        load.statuses.computeIfAbsent(reply.status(), s -> new LongAdder()).increment();
        load.commands.computeIfAbsent(kind, k -> new LongAdder()).increment();
        load.latencies.add(reply.nanos() / 1e6);
        if (reply.status() / 100 != 2) {
            if (load.failures.size() < 5) {
                load.failures.add(service + " POST " + path + " → " + reply.status() + " " + reply.body());
            }
            return Optional.empty();
        }
        var id = reply.body().startsWith("{") ? reply.json().get("id") : null;
        return Optional.of(id == null ? "" : id.asText());
    }

    private static final String[] LINES = {"ANALYSE", "KONZEPT", "PILOT", "SCHULUNG", "EMPFEHLUNG"};

    private void budget(Load load, String tenant) {
        Optional<String> adopted = command(load, tenant, "budget", "budget adopted", "/api/budgets", """
                {"fiscalYear":%d,"title":"Digitale Souveränität %d","resolution":"Ratsbeschluss %d/014",
                 "adoptedOn":"%d-01-29",
                 "lines":[{"code":"ANALYSE","title":"Analyse","amount":400000.00},
                          {"code":"KONZEPT","title":"Konzept","amount":300000.00},
                          {"code":"PILOT","title":"Prototypen","amount":450000.00},
                          {"code":"SCHULUNG","title":"Schulungen","amount":250000.00},
                          {"code":"EMPFEHLUNG","title":"Empfehlungen","amount":100000.00}]}"""
                .formatted(YEAR, YEAR, YEAR, YEAR), Map.of());
        if (adopted.isEmpty()) {
            return;
        }
        LocalDate from = LocalDate.of(YEAR, 2, 1);
        for (int i = 0; i < BOOKINGS; i++) {
            String ref = tenant + "-RE-" + i;
            String json = "{\"lineCode\":\"" + LINES[i % LINES.length] + "\",\"amount\":" + (10 + i % 90) + "."
                    + String.format(Locale.ROOT, "%02d", i % 100) + ",\"bookedOn\":\"" + from.plusDays(i % 300)
                    + "\",\"vendor\":\"Lieferant " + (i % 37) + " GmbH\",\"description\":\"Rechnung " + i
                    + "\",\"invoiceRef\":\"" + ref + "\"}";
            command(load, tenant, "budget", "expense booked", "/api/budgets/" + YEAR + "/expenses", json,
                    Map.of("Idempotency-Key", "t-" + UUID.randomUUID()));
        }
    }

    private static final String[][] KINDS = {
            {"OTHER", "SAAS", "INTERNAL", "US"},
            {"SPECIALISED_PROCEDURE", "MUNICIPAL_PROVIDER", "PERSONAL", "DE"},
            {"IDENTITY", "ON_PREMISES", "PERSONAL", "US"},
            {"NETWORK_SECURITY", "ON_PREMISES", "INTERNAL", "GB"},
            {"FILES_COLLABORATION", "NON_EU_CLOUD", "PERSONAL", "US"},
            {"SPECIALISED_PROCEDURE", "MUNICIPAL_PROVIDER", "SPECIAL_CATEGORY", "DE"}};

    private void inventory(Load load, String tenant) {
        for (int i = 0; i < DEPENDENCIES; i++) {
            String[] k = KINDS[i % KINDS.length];
            command(load, tenant, "inventory", "dependency registered", "/api/dependencies", ("{\"name\":\"Verfahren %d"
                    + "\",\"vendor\":\"Hersteller %d\",\"vendorCountry\":\"%s\",\"category\":\"%s\",\"hosting\":\"%s\","
                    + "\"dataClassification\":\"%s\",\"users\":%d,\"annualCost\":%d.00}").formatted(i, i % 23, k[3],
                    k[0], k[1], k[2], 5 + i % 175, 100 * (i % 60)), Map.of());
        }
    }

    private static final String[] FACTIONS = {"CDU", "SPD", "Bündnis 90/Die Grünen", "FDP", "UWV"};

    private void workgroup(Load load, String tenant) {
        for (int i = 0; i < MEMBERS; i++) {
            String role = i == 0 ? "CHAIR" : i == 1 ? "DEPUTY" : i >= MEMBERS - 2 ? "ADVISORY" : "MEMBER";
            String affiliation = i >= MEMBERS - 2 ? "{\"type\":\"ADMINISTRATION\"}"
                    : "{\"type\":\"FACTION\",\"faction\":\"" + FACTIONS[i % FACTIONS.length] + "\"}";
            command(load, tenant, "workgroup", "member joined", "/api/members", ("{\"person\":{\"givenName\":\"Person"
                    + "\",\"familyName\":\"Nummer %d\",\"email\":\"person%d@%s.example\"},\"affiliation\":%s,"
                    + "\"role\":\"%s\",\"votingRight\":%s,\"from\":\"%d-02-01\"}").formatted(i, i, tenant, affiliation,
                    role, i < MEMBERS - 2, YEAR), Map.of());
        }
        for (int i = 0; i < MEETINGS; i++) {
            LocalDate day = LocalDate.of(YEAR, 1 + i, 15);
            Optional<String> meeting = command(load, tenant, "workgroup", "meeting scheduled", "/api/meetings",
                    ("{\"title\":\"%d. Sitzung der AG Digitale Souveränität\",\"start\":\"%sT18:00:00+01:00\","
                            + "\"end\":\"%sT20:00:00+01:00\",\"place\":\"Rathaus, Sitzungssaal\",\"publicMeeting\":true}")
                            .formatted(i + 1, day, day), Map.of());
            if (meeting.isPresent() && !meeting.get().isEmpty()) {
                command(load, tenant, "workgroup", "agenda item added", "/api/meetings/" + meeting.get()
                        + "/agenda-items", "{\"title\":\"Bericht zur Sitzung " + (i + 1) + "\",\"publicItem\":true}",
                        Map.of());
            }
        }
    }

    /**
     * Until the write services' outboxes are empty and the report (read with {@code tenant}'s token) stays the same
     * for two seconds.
     */
    private void awaitQuiet(String tenant) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        for (String service : List.of("budget", "inventory", "workgroup")) {
            while (System.nanoTime() < deadline) {
                Api.Reply r = api.get(service, "/api/admin/outbox", ADMIN);
                if (r.status() == 200 && r.json().path("lag").asLong(-1) == 0) {
                    break;
                }
                Thread.sleep(500); // polling the outbox's lag
            }
        }
        String previous = null;
        while (System.nanoTime() < deadline) {
            Api.Reply r = api.get("reporting", "/api/reports/" + PERIOD, user(tenant));
            String generated = r.status() == 200 ? r.json().path("meta").path("generatedAt").asText() : null;
            if (generated != null && generated.equals(previous)) {
                return;
            }
            previous = generated;
            Thread.sleep(2000); // the report's build time stays the same while nothing changes
        }
    }

    /** What a municipality's reads return: the sizes it was loaded with, and nothing of the others. */
    private record Check(String tenant, long register, long journal, int oparl, int oparlStatus, int meetings) {
        @Override
        public String toString() {
            return "`" + tenant + "`: register total " + register + ", journal total " + journal + ", "
                    + (oparlStatus == 200 ? "OParl meetings " + oparl : "OParl list status " + oparlStatus)
                    + ", meetings (API) " + meetings;
        }
    }

    private Check check(String tenant) {
        String user = user(tenant);
        long register = api.get("inventory", "/api/dependencies?size=1", user).json().path("total").asLong(-1);
        long journal = api.get("budget", "/api/budgets/" + YEAR + "/bookings?size=1", user).json().path("total")
                .asLong(-1);
        Api.Reply oparl = api.get("workgroup", OPARL_LIST.replace("{tenant}", tenant) + "?limit=100",
                OPARL_SENDS_TOKEN ? user : null);
        int meetings = api.get("workgroup", "/api/meetings", user).json().size();
        return new Check(tenant, register, journal, oparl.status() == 200 ? oparl.json().path("data").size() : -1,
                oparl.status(), meetings);
    }

    // ------------------------------------------------------------------------------------------------ reading

    /** Latencies and statuses per endpoint of one read phase. */
    private static final class Reads {
        final Map<Endpoint, ConcurrentLinkedQueue<Double>> latencies = new ConcurrentHashMap<>();
        final Map<Endpoint, Map<Integer, LongAdder>> statuses = new ConcurrentHashMap<>();
        String municipalities;
        final LongAdder tokenFailures = new LongAdder();
        long nanos;

        Stats stats(Endpoint e) {
            return Stats.of(new ArrayList<>(latencies.getOrDefault(e, new ConcurrentLinkedQueue<>())));
        }

        /** The answers other than 200, by status. */
        Map<Integer, Long> failures(Endpoint e) {
            Map<Integer, Long> failed = new java.util.TreeMap<>();
            statuses.getOrDefault(e, Map.of()).forEach((status, count) -> {
                if (status != 200) {
                    failed.put(status, count.sum());
                }
            });
            return failed;
        }

        long requests() {
            return latencies.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
        }
    }

    private Api.Reply request(Endpoint e, String tenant) {
        String user = user(tenant);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (e == REGISTER) {
            return api.get("inventory", "/api/dependencies?page=" + random.nextInt(DEPENDENCIES / REGISTER_PAGE_SIZE)
                    + "&size=" + REGISTER_PAGE_SIZE, user);
        } else if (e == JOURNAL) {
            return api.get("budget", "/api/budgets/" + YEAR + "/bookings?page=" + random.nextInt(BOOKINGS / 50), user);
        } else if (e == OPARL) {
            return api.get("workgroup", OPARL_LIST.replace("{tenant}", tenant), OPARL_SENDS_TOKEN ? user : null);
        } else if (e == REPORT) {
            return api.get("reporting", "/api/reports/" + PERIOD, user);
        } else if (e == MEETING_LIST) {
            return api.get("workgroup", "/api/meetings", user);
        }
        return api.get("inventory", "/q/health/live", null);
    }

    /** {@code readers} closed-loop readers, each request an endpoint of the mix for a random municipality. */
    private Reads reads(List<String> tenants, String label) throws Exception {
        return reads(tenants, label, MIX, settings.readWarmup(), settings.readSeconds());
    }

    private Reads reads(List<String> tenants, String label, List<Endpoint> mix, int warmup, int seconds)
            throws Exception {
        Reads reads = new Reads();
        reads.municipalities = label;
        long warmupEnd = System.nanoTime() + Duration.ofSeconds(warmup).toNanos();
        long end = warmupEnd + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(settings.readers());
        List<Future<?>> futures = new ArrayList<>();
        for (int r = 0; r < settings.readers(); r++) {
            int offset = r;
            futures.add(pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (long i = offset; ; i++) {
                    long now = System.nanoTime();
                    if (now >= end) {
                        return null;
                    }
                    Endpoint e = mix.get((int) (i % mix.size()));
                    String tenant = tenants.get(random.nextInt(tenants.size()));
                    try {
                        api.token(user(tenant));
                    } catch (RuntimeException refused) { // Keycloak refused the sign-in: no request, counted apart
                        reads.tokenFailures.increment();
                        continue;
                    }
                    Api.Reply reply;
                    try {
                        reply = request(e, tenant);
                    } catch (RuntimeException failed) { // a timeout or a refused connection: counted as status 0
                        reply = new Api.Reply(0, failed.toString(), System.nanoTime() - now);
                    }
                    if (now >= warmupEnd && System.nanoTime() <= end) {
                        reads.latencies.computeIfAbsent(e, x -> new ConcurrentLinkedQueue<>()).add(reply.nanos() / 1e6);
                        reads.statuses.computeIfAbsent(e, x -> new ConcurrentSkipListMap<>())
                                .computeIfAbsent(reply.status(), s -> new LongAdder()).increment();
                    }
                }
            }));
        }
        pool.shutdown();
        for (Future<?> f : futures) {
            f.get();
        }
        reads.nanos = Duration.ofSeconds(seconds).toNanos();
        return reads;
    }

    /** The endpoint alone under the same readers, its service sampled with jcmd every 200 ms. */
    private String profile(Endpoint e, List<String> tenants) throws Exception {
        long pid = Processes.service(e.service()).orElseThrow().pid();
        System.out.println("municipalities: profiling " + e.name() + " …");
        Sampler sampler = new Sampler(pid, 200);
        Reads alone;
        try {
            alone = reads(tenants, "profile", List.of(e), 2, Math.max(10, settings.readSeconds() / 3));
        } finally {
            sampler.close();
        }
        Stats s = alone.stats(e);
        return "Profile of " + e.service() + "-service while " + settings.readers() + " readers request only the "
                + e.name() + " (" + s.count() + " requests in " + Math.max(10, settings.readSeconds() / 3)
                + " s, p50 " + Stats.f(s.percentile(50), 1) + " ms, p95 " + Stats.f(s.percentile(95), 1)
                + " ms; jcmd Thread.print every 200 ms):\n\n" + sampler.summary(10) + "\n";
    }

    // ------------------------------------------------------------------------------------------------ report

    private void report(int n, double usersSeconds, Load first, Load rest, Check firstCheck, Check lastCheck,
            Check firstAgain, Reads one, Reads many, Reads single, Map<Endpoint, String> profiles) {
        details.append("### 5. Many municipalities: ").append(n).append(" municipalities")
                .append(settings.quick() ? " (quick mode; the target is stated for 200)" : "").append("\n\n");
        details.append("Each municipality: ").append(DEPENDENCIES).append(" dependencies registered, a ").append(YEAR)
                .append(" budget adopted and ").append(BOOKINGS).append(" expenses booked, ").append(MEMBERS)
                .append(" members, ").append(MEETINGS).append(" meetings with one agenda item each — all through the"
                        + " services' REST command path (`POST`, with a real Keycloak token of a user of that"
                        + " municipality). The users (`bench-kommune-001` …) were created by the bench in the stack's"
                        + " Keycloak through its admin REST API with the attribute `tenant=<key>` and the realm roles"
                        + " administration, workgroup and council, and signed in with the password grant: ")
                .append(Stats.f(usersSeconds, 1)).append(" s for ").append(n).append(" users and their first tokens.\n\n");
        for (Load l : rest == null ? List.of(first) : List.of(first, rest)) {
            Stats lat = Stats.of(new ArrayList<>(l.latencies));
            double seconds = l.nanos / 1e9;
            details.append("Load of ").append(l == first ? "the first municipality (1 client)"
                            : (n - 1) + " more municipalities (" + l.clients + " clients, one task per municipality"
                            + " and service, a task's commands one after the other)")
                    .append(": **").append(l.total()).append(" commands in ").append(Stats.f(seconds, 1))
                    .append(" s = ").append(Stats.f(l.total() / seconds, 0)).append(" commands/s**; statuses ")
                    .append(l.statuses).append("; latency p50 ").append(Stats.f(lat.percentile(50), 1))
                    .append(" ms, p99 ").append(Stats.f(lat.percentile(99), 1)).append(" ms; commands ")
                    .append(l.commands).append(".\n\n");
            if (!l.failures.isEmpty()) {
                details.append("First failures: ").append(String.join("; ", l.failures)).append("\n\n");
            }
        }
        details.append("Checked after loading (each read with the municipality's own token): ").append(firstCheck)
                .append(" (alone); ").append(lastCheck).append(", ").append(firstAgain).append(" (all loaded).\n\n");
        details.append(settings.readers()).append(" readers, closed loop, each request the next endpoint of the mix"
                        + " for a random municipality with its own token; ").append(settings.readWarmup())
                .append(" s warm-up, then ").append(settings.readSeconds()).append(" s measured. Endpoints: ");
        for (Endpoint e : MIX) {
            details.append(e.name()).append(" ").append(e.describe()).append(e == HEALTH ? ".\n\n" : "; ");
        }
        details.append("Phases: `1 (installation of 1)` = only the first municipality loaded, its reads;"
                + " `").append(n).append(" (random)` = all loaded, each request for a random one; `1 (installation of ")
                .append(n).append(")` = all loaded, every request for the first. The last column divides by the health"
                        + " request's p95 of the same phase (the machine's floor at that moment).\n\n")
                .append("| endpoint | municipalities read | requests | statuses | p50 ms | p95 ms | p99 ms | max ms |"
                        + " p95 ÷ health p95 |\n|---|---|---|---|---|---|---|---|---|\n");
        List<Reads> phases = single == null ? List.of(one) : List.of(one, many, single);
        for (Endpoint e : MIX) {
            for (Reads r : phases) {
                Stats s = r.stats(e);
                details.append("| ").append(e.name()).append(" | ").append(r.municipalities).append(" | ")
                        .append(s.count()).append(" | ").append(r.statuses.getOrDefault(e, Map.of())).append(" | ")
                        .append(Stats.f(s.percentile(50), 1)).append(" | ").append(Stats.f(s.percentile(95), 1))
                        .append(" | ").append(Stats.f(s.percentile(99), 1)).append(" | ").append(Stats.f(s.max(), 1))
                        .append(" | ").append(Stats.f(Stats.ratio(s.percentile(95), r.stats(HEALTH).percentile(95)), 1))
                        .append(" |\n");
            }
        }
        details.append("\nThroughput of the mix (requests/s; sign-ins Keycloak refused three times, no request sent):");
        for (Reads r : phases) {
            details.append(" ").append(Stats.f(Stats.rate(r.requests(), r.nanos), 0)).append(" (").append(r.municipalities)
                    .append("; ").append(r.tokenFailures.sum()).append(")");
        }
        details.append(".\n\n");
        profiles.values().forEach(p -> details.append(p).append('\n'));
        for (Endpoint e : List.of(REGISTER, JOURNAL, OPARL, REPORT)) {
            Stats s = many.stats(e);
            Stats base = one.stats(e);
            double p95 = s.percentile(95);
            Map<Integer, Long> failed = many.failures(e);
            summary.add(new String[] {"Municipalities: " + e.name() + " p95, " + settings.readers() + " readers, " + n
                    + " municipalities (vs 1 municipality; health floor p95 " + Stats.f(many.stats(HEALTH)
                    .percentile(95), 1) + " ms)", Stats.f(p95, 1) + " / " + Stats.f(base.percentile(95), 1) + " ms",
                    Stats.f(Stats.ratio(p95, base.percentile(95)), 2), "≤ " + Stats.f(TARGET_MS, 0) + " ms",
                    failed.isEmpty() ? Stats.verdict(p95, TARGET_MS, false) : "**failed** (answers " + failed + ")"});
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private interface Step {
        void run(String tenant) throws Exception;
    }

    private static void parallel(int threads, List<String> tenants, Step step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (String t : tenants) {
            futures.add(pool.submit(() -> {
                step.run(t);
                return null;
            }));
        }
        pool.shutdown();
        for (Future<?> f : futures) {
            f.get();
        }
    }
}
