package de.souveraen.stack;

import de.souveraen.embedded.FileTrees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole suite as {@code ./souveraen start --demo} runs it — embedded PostgreSQL and Kafka, the Keycloak
 * distribution with the realm export, the four packaged services in their production profile — on free ports with
 * a fresh data folder, started once for all end-to-end test classes of the run ({@code @ExtendWith(SharedStack.class)})
 * and stopped when the run ends.
 */
public final class SharedStack implements BeforeAllCallback {
    /** The running stack; set before the first test class's tests. */
    static Stack stack;

    record Stack(Launcher launcher, StackClient client, Path data, List<String> demoFailures)
            implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            launcher.stop();
            FileTrees.deleteQuietly(data);
        }

        Launcher.Ports ports() {
            return launcher.ports();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        stack = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(Stack.class,
                key -> start(), Stack.class);
    }

    private static Stack start() {
        try {
            Path root = Path.of("").toAbsolutePath().resolve("../..").normalize();
            Path data = Files.createTempDirectory("souveraen-e2e-");
            Launcher launcher = new Launcher(root, data, Launcher.defaultCache(), Launcher.Ports.free());
            try {
                launcher.start(new Launcher.Options(data, false));
                StackClient client = new StackClient(launcher.ports());
                return new Stack(launcher, client, data, new DemoData(client, System.out).load());
            } catch (Exception | Error e) {
                launcher.stop();
                FileTrees.deleteQuietly(data);
                throw e;
            }
        } catch (Exception e) {
            throw new IllegalStateException("the stack did not start", e);
        }
    }

    /** Polls {@code check} until it holds; returns the milliseconds it took, fails after {@code timeout}. */
    static long within(Duration timeout, BooleanSupplier check) {
        long start = System.nanoTime();
        Awaitility.await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                .until(check::getAsBoolean);
        return (System.nanoTime() - start) / 1_000_000;
    }
}
