package de.souveraen.stack;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Nothing accepted is lost and nothing is booked twice while things die: three clients book expenses through the
 * budget API (real tokens, one Idempotency-Key per expense, retried on any failure until answered), while the
 * reporting service is killed with SIGKILL twice, the Kafka broker is restarted and PostgreSQL is restarted. At the
 * end the budget's own figures and the quarterly report equal, to the cent, exactly what the clients were told was
 * accepted; the journal holds each accepted expense once. The clients write until the faults are over, at least
 * 80 expenses each ({@code -Dchaos.writes=N} per client for more).
 */
@ExtendWith(SharedStack.class)
@org.junit.jupiter.api.Order(Integer.MAX_VALUE) // last of the stack's classes: it restarts what the others use
class ChaosTest {
    static final int CLIENTS = 3;
    static final int WRITES = Integer.getInteger("chaos.writes", 80);
    static final int YEAR = 2025;

    @Test
    void everyAcceptedExpenseReachesTheReportExactlyOnceThroughKillsAndRestarts() throws Exception {
        Launcher launcher = SharedStack.stack.launcher();
        StackClient client = SharedStack.stack.client();
        StackClient.Reply adopted = client.post("budget", "/api/budgets", "verwaltung", """
                {"fiscalYear":%d,"title":"Chaos %d","resolution":"Testbeschluss","adoptedOn":"%d-01-15",
                 "lines":[{"code":"CHAOS","title":"Chaos","amount":1000000.00}]}""".formatted(YEAR, YEAR, YEAR),
                Map.of());
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(201);
        // fetched now: Keycloak keeps its data on the PostgreSQL that will restart (tokens stay valid meanwhile)
        client.token("verwaltung");
        client.token("rat");

        Map<String, BigDecimal> accepted = new ConcurrentHashMap<>();
        Map<String, String> ids = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger retries = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean faultsDone = new java.util.concurrent.atomic.AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int clientNo = c;
            running.add(clients.submit(() -> {
                for (int i = 0; i < WRITES || !faultsDone.get(); i++) {
                    String key = "chaos-" + clientNo + "-" + i;
                    BigDecimal amount = new BigDecimal(100 + (clientNo * 7919 + i * 104_729) % 9_900).movePointLeft(2);
                    String body = """
                            {"lineCode":"CHAOS","amount":%s,"bookedOn":"%d-05-05","vendor":"Chaos GmbH",
                             "description":"Fehlertest","invoiceRef":"%s"}""".formatted(amount.toPlainString(), YEAR,
                            key);
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
                    while (true) {
                        StackClient.Reply reply;
                        try {
                            reply = client.post("budget", "/api/budgets/" + YEAR + "/expenses", "verwaltung", body,
                                    Map.of("Idempotency-Key", key));
                        } catch (RuntimeException unreachable) {
                            reply = null;
                        }
                        if (reply != null && reply.status() == 201) {
                            String id = reply.json().get("id").asText();
                            String first = ids.putIfAbsent(key, id);
                            assertThat(first == null || first.equals(id)).as("a retry answers the first id").isTrue();
                            accepted.put(key, amount);
                            break;
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
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        // the faults, one after the other, each while the clients keep writing
        List<String> faults = new ArrayList<>();
        awaitProgress(done, 30);
        launcher.kill("reporting");
        faults.add("SIGKILL reporting at " + done.get());
        awaitProgress(done, done.get() + 30);
        launcher.restartKafka();
        faults.add("Kafka restarted at " + done.get());
        awaitProgress(done, done.get() + 30);
        launcher.restart("reporting");
        faults.add("reporting restarted at " + done.get());
        awaitProgress(done, done.get() + 30);
        launcher.restartPostgres();
        faults.add("PostgreSQL restarted at " + done.get());
        awaitProgress(done, done.get() + 30);
        launcher.kill("reporting");
        faults.add("SIGKILL reporting at " + done.get());
        launcher.restart("reporting");
        faults.add("reporting restarted at " + done.get());
        faultsDone.set(true);
        for (Future<?> future : running) {
            future.get(10, TimeUnit.MINUTES);
        }
        clients.shutdown();
        int total = done.get();

        BigDecimal sum = accepted.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(accepted).hasSize(total);
        long millis = SharedStack.within(Duration.ofSeconds(180), () -> {
            try {
                StackClient.Reply report = client.get("reporting", "/api/reports/" + YEAR + "-Q2", "rat");
                return report.status() == 200
                        && report.json().at("/finances/total/spent").decimalValue().compareTo(sum) == 0;
            } catch (RuntimeException stillRecovering) {
                return false;
            }
        });
        StackClient.Reply budget = client.get("budget", "/api/budgets/" + YEAR, "rat");
        assertThat(budget.json().at("/spent").decimalValue()).isEqualByComparingTo(sum);
        StackClient.Reply journal = client.get("budget", "/api/budgets/" + YEAR + "/bookings?size=1", "rat");
        assertThat(journal.json().at("/total").asInt()).as(journal.body()).isEqualTo(total);
        StackClient.Reply report = client.get("reporting", "/api/reports/" + YEAR + "-Q2", "rat");
        assertThat(report.json().at("/finances/total/spent").decimalValue()).isEqualByComparingTo(sum);
        System.out.printf("chaos: %d expenses (%s EUR) accepted through %s; %d client retries; report equal %d ms"
                + " after the last write%n", total, sum.toPlainString(), faults, retries.get(), millis);
    }

    private static void awaitProgress(AtomicInteger done, int target) {
        SharedStack.within(Duration.ofMinutes(5), () -> done.get() >= target);
    }
}
