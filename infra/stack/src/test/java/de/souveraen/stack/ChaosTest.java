package de.souveraen.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nothing accepted is lost and nothing is booked twice while things die: clients write through all three writing
 * services — three book expenses (budget), one registers dependencies (inventory), one plans trainings (workgroup);
 * real tokens, one Idempotency-Key per item, retried on any failure until answered — while the reporting service
 * is killed with SIGKILL twice, the budget service is killed with SIGKILL mid-stream, the Kafka broker is restarted
 * once and later kept away for longer than any stall alert (70 s) — meanwhile every service stays ready and keeps
 * accepting writes (the outbox holds them) — and PostgreSQL is restarted. At the end the services'
 * own figures and the quarterly reports equal exactly what the clients were told was accepted: the budget to the
 * cent, each expense once in the journal; each dependency and training once in its service's register; the
 * report's dependency count and its per-source event counts grown by exactly the accepted items. The clients write
 * until the faults are over, at least 80 items each ({@code -Dchaos.writes=N} per client for more).
 */
@ExtendWith(SharedStack.class)
@org.junit.jupiter.api.Order(Integer.MAX_VALUE) // last of the stack's classes: it restarts what the others use
class ChaosTest {
    static final int BUDGET_CLIENTS = 3;
    static final int WRITES = Integer.getInteger("chaos.writes", 80);
    static final int YEAR = 2025;
    static final List<String> SOURCES = List.of("budget", "inventory", "workgroup");

    /** One kind of write: its service, path and user, the body for item {@code i} of client {@code c}. */
    private record Writer(String name, String service, String path, String user, int client) {
        String body(int i) {
            String key = key(i);
            return switch (name) {
                case "expense" -> """
                        {"lineCode":"CHAOS","amount":%s,"bookedOn":"%d-05-05","vendor":"Chaos GmbH",
                         "description":"Fehlertest","invoiceRef":"%s"}""".formatted(amount(i).toPlainString(), YEAR,
                        key);
                case "dependency" -> """
                        {"name":"Chaos %s","vendor":"Chaos AG","vendorCountry":"DE","category":"OTHER",
                         "hosting":"ON_PREMISES","dataClassification":"INTERNAL","users":%d,"annualCost":100.00,
                         "criticality":"LOW"}""".formatted(key, 1 + i % 50);
                case "training" -> """
                        {"title":"Chaos %s","date":"%d-10-01","format":"WORKSHOP","audience":["ADMINISTRATION"],
                         "hours":1.0,"topics":["Fehlertest"],"provider":"VHS"}""".formatted(key, YEAR);
                default -> throw new IllegalArgumentException(name);
            };
        }

        String key(int i) {
            return "chaos-" + name + "-" + client + "-" + i;
        }

        BigDecimal amount(int i) {
            return new BigDecimal(100 + (client * 7919 + i * 104_729) % 9_900).movePointLeft(2);
        }
    }

    @Test
    void everyAcceptedWriteReachesItsServiceAndTheReportExactlyOnceThroughKillsAndRestarts() throws Exception {
        Launcher launcher = SharedStack.stack.launcher();
        StackClient client = SharedStack.stack.client();
        // the clients write on through every fault (≈ 20,000 expenses averaging 50 €): the line must never run dry,
        // or a refusal for want of funds would end the test instead of a fault
        StackClient.Reply adopted = client.post("budget", "/api/budgets", "verwaltung", """
                {"fiscalYear":%d,"title":"Chaos %d","resolution":"Testbeschluss","adoptedOn":"%d-01-15",
                 "lines":[{"code":"CHAOS","title":"Chaos","amount":100000000.00}]}""".formatted(YEAR, YEAR, YEAR),
                Map.of());
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(201);
        // fetched now: Keycloak keeps its data on the PostgreSQL that will restart (tokens stay valid meanwhile)
        client.token("verwaltung");
        client.token("ag");
        client.token("rat");
        String now = currentQuarter();

        List<Writer> writers = new ArrayList<>();
        for (int c = 0; c < BUDGET_CLIENTS; c++) {
            writers.add(new Writer("expense", "budget", "/api/budgets/" + YEAR + "/expenses", "verwaltung", c));
        }
        writers.add(new Writer("dependency", "inventory", "/api/dependencies", "verwaltung", 0));
        writers.add(new Writer("training", "workgroup", "/api/trainings", "ag", 0));
        Map<String, Map<String, String>> accepted = new ConcurrentHashMap<>(); // kind → key → id
        Map<String, BigDecimal> amounts = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger retries = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean faultsDone = new java.util.concurrent.atomic.AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(writers.size());
        List<Future<?>> running = new ArrayList<>();
        for (Writer writer : writers) {
            Map<String, String> ids = accepted.computeIfAbsent(writer.name(), k -> new ConcurrentHashMap<>());
            running.add(clients.submit(() -> {
                for (int i = 0; i < WRITES || !faultsDone.get(); i++) {
                    String key = writer.key(i);
                    ids.put(key, writeUntilAnswered(client, writer, i, retries));
                    if (writer.name().equals("expense")) {
                        amounts.put(key, writer.amount(i));
                    }
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        // the faults, one after the other, each while the clients keep writing
        List<String> faults = new ArrayList<>();
        awaitProgress(done, 50);
        launcher.kill("reporting");
        faults.add("SIGKILL reporting at " + done.get());
        awaitProgress(done, done.get() + 50);
        launcher.restartKafka();
        faults.add("Kafka restarted at " + done.get());
        awaitProgress(done, done.get() + 50);
        launcher.restart("reporting");
        faults.add("reporting restarted at " + done.get());
        awaitProgress(done, done.get() + 50);
        launcher.kill("budget");
        faults.add("SIGKILL budget at " + done.get());
        launcher.restart("budget");
        faults.add("budget restarted at " + done.get());
        awaitProgress(done, done.get() + 50);
        launcher.stopKafka();
        int beforeOutage = done.get();
        long outageStart = System.nanoTime();
        faults.add("Kafka stopped at " + beforeOutage);
        List<String> unready = new ArrayList<>();
        try {
            // longer than the outbox's stall alert (60 s): readiness is the database, so nobody leaves the service
            SharedStack.within(Duration.ofMinutes(5), () -> System.nanoTime() - outageStart
                    > TimeUnit.SECONDS.toNanos(70) && done.get() >= beforeOutage + 50);
            for (String service : Launcher.SERVICES) {
                int status = client.get(service, "/q/health/ready", null).status();
                if (status != 200) {
                    unready.add(service + " " + status);
                }
            }
        } finally {
            launcher.startKafka();
        }
        int duringOutage = done.get() - beforeOutage;
        faults.add("Kafka started again at " + done.get() + " (" + duringOutage + " writes accepted while away)");
        assertThat(unready).as("services not ready after 70 s without Kafka").isEmpty();
        assertThat(duringOutage).as("writes accepted while Kafka was away").isGreaterThanOrEqualTo(50);
        awaitProgress(done, done.get() + 50);
        launcher.restartPostgres();
        faults.add("PostgreSQL restarted at " + done.get());
        awaitProgress(done, done.get() + 50);
        launcher.kill("reporting");
        faults.add("SIGKILL reporting at " + done.get());
        launcher.restart("reporting");
        faults.add("reporting restarted at " + done.get());
        faultsDone.set(true);
        for (Future<?> future : running) {
            future.get(10, TimeUnit.MINUTES);
        }
        clients.shutdown();

        int expenses = accepted.get("expense").size();
        int dependencies = accepted.get("dependency").size();
        int trainings = accepted.get("training").size();
        assertThat(expenses + dependencies + trainings).isEqualTo(done.get());
        BigDecimal sum = amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        // the report counts every event it applied per source (by quarter, summed up to the report's): once all
        // are in, each count equals the events stored in that service's database — a lost event keeps it below,
        // a duplicate pushes it above, so waiting for equality fails on either
        // the backlog is large (the clients write on through a 70 s Kafka outage; ≈ 47,000 events, reports equal
        // after ≈ 90 s on a quiet 2-core machine): a loaded CI machine gets room, the check itself is unchanged
        long millis = SharedStack.within(Duration.ofMinutes(6), () -> {
            try {
                JsonNode spent = client.get("reporting", "/api/reports/" + YEAR + "-Q2", "rat").json();
                JsonNode current = client.get("reporting", "/api/reports/" + now, "rat").json();
                return spent.at("/finances/total/spent").decimalValue().compareTo(sum) == 0
                        && SOURCES.stream().allMatch(source -> current.at("/meta/events/" + source).asLong()
                                == storedEvents(launcher, source));
            } catch (RuntimeException stillRecovering) {
                return false;
            }
        });
        // the services' own records: each accepted item exactly once
        assertThat(client.get("budget", "/api/budgets/" + YEAR, "rat").json().at("/spent").decimalValue())
                .isEqualByComparingTo(sum);
        StackClient.Reply journal = client.get("budget", "/api/budgets/" + YEAR + "/bookings?size=1", "rat");
        assertThat(journal.json().at("/total").asInt()).as(journal.body()).isEqualTo(expenses);
        assertThat(dependencyNames(client)).as("dependencies registered").containsExactlyInAnyOrderElementsOf(
                        accepted.get("dependency").keySet().stream().map(k -> "Chaos " + k).toList());
        assertThat(names(client.get("workgroup", "/api/trainings", "rat").json(), "/details/title")
                .stream().filter(t -> t.startsWith("Chaos ")).toList()).as("trainings planned")
                .containsExactlyInAnyOrderElementsOf(
                        accepted.get("training").keySet().stream().map(k -> "Chaos " + k).toList());
        // the reports: exactly what was accepted, no more (no duplicate), no less (no loss)
        JsonNode spentReport = client.get("reporting", "/api/reports/" + YEAR + "-Q2", "rat").json();
        assertThat(spentReport.at("/finances/total/spent").decimalValue()).isEqualByComparingTo(sum);
        JsonNode after = client.get("reporting", "/api/reports/" + now, "rat").json();
        for (String source : SOURCES) {
            assertThat(after.at("/meta/events/" + source).asLong()).as(source + " events in the report")
                    .isEqualTo(storedEvents(launcher, source));
        }
        assertThat(after.at("/progress/dependencies").asLong()).as("dependencies in the report").isEqualTo(
                client.get("inventory", "/api/dependencies?size=1", "rat").json().at("/total").asLong());
        System.out.printf("chaos: %d expenses (%s EUR), %d dependencies, %d trainings accepted through %s; %d client"
                + " retries; reports equal %d ms after the last write%n", expenses, sum.toPlainString(), dependencies,
                trainings, faults, retries.get(), millis);
    }

    /** Sends item {@code i} until the service answers 201 (retrying with the same key); returns its id. */
    private static String writeUntilAnswered(StackClient client, Writer writer, int i, AtomicInteger retries)
            throws InterruptedException {
        String key = writer.key(i);
        String body = writer.body(i);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (true) {
            StackClient.Reply reply;
            try {
                reply = client.post(writer.service(), writer.path(), writer.user(), body,
                        Map.of("Idempotency-Key", key));
            } catch (RuntimeException unreachable) {
                reply = null;
            }
            if (reply != null && reply.status() == 201) {
                return reply.json().get("id").asText(); // after a lost answer: the first request's id, replayed
            }
            if (reply != null && reply.status() >= 400 && reply.status() < 500) {
                throw new AssertionError(key + " refused: " + reply.status() + " " + reply.body());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(key + " never answered: " + reply);
            }
            retries.incrementAndGet();
            Thread.sleep(100); // the client's back-off before it retries with the same key
        }
    }

    /** The names of the registered dependencies that contain "chaos", all pages. */
    private static List<String> dependencyNames(StackClient client) {
        List<String> names = new ArrayList<>();
        for (int page = 0;; page++) {
            JsonNode items = client.get("inventory", "/api/dependencies?q=chaos&size=500&page=" + page, "rat").json()
                    .at("/items");
            if (items.isEmpty()) {
                return names;
            }
            names.addAll(names(items, "/name"));
        }
    }

    private static List<String> names(JsonNode items, String pointer) {
        List<String> names = new ArrayList<>();
        items.forEach(item -> names.add(item.at(pointer).asText()));
        return names;
    }

    /** The events stored in a service's own database (read straight from its event table). */
    /** The events a service stored for Blankenheim ({@code rat}'s municipality, whose report is compared). */
    private static long storedEvents(Launcher launcher, String service) {
        try (java.sql.Connection db = launcher.postgres().connect(service);
                java.sql.Statement statement = db.createStatement();
                java.sql.ResultSet rows = statement.executeQuery(
                        "select count(*) from es_event where tenant = 'blankenheim'")) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot count " + service + "'s events", e);
        }
    }

    private static String currentQuarter() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
        return today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
    }

    private static void awaitProgress(AtomicInteger done, int target) {
        SharedStack.within(Duration.ofMinutes(5), () -> done.get() >= target);
    }
}
