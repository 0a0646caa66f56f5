package de.souveraen.embedded;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * Waiting for something to become ready (a port, a URL, a broker's registration) with a deadline: the one polling
 * loop of the embedded servers, the launcher and the benchmarks.
 */
public final class Waiting {
    private Waiting() {
    }

    /** One look at the thing waited for; an exception counts as "not yet" and is reported if the time runs out. */
    @FunctionalInterface
    public interface Probe {
        boolean ready() throws Exception;
    }

    /** Pauses between two looks; may end the wait early by throwing (a process that has exited). */
    @FunctionalInterface
    public interface Pause {
        void pause(Duration interval) throws Exception;
    }

    /** A plain pause of the calling thread. */
    public static final Pause PARK = interval -> LockSupport.parkNanos(interval.toNanos());

    /**
     * Looks at {@code probe} every {@code interval} (through {@code pause}) until it answers {@code true}.
     *
     * @throws TimeoutException when {@code timeout} has passed; its cause is the probe's last exception, if any
     */
    public static void until(String what, Duration timeout, Duration interval, Pause pause, Probe probe)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (true) {
            try {
                if (probe.ready()) {
                    return;
                }
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception notYet) {
                last = notYet;
            }
            if (System.nanoTime() - deadline >= 0) {
                TimeoutException timedOut = new TimeoutException(what + " not ready within " + timeout.toSeconds()
                        + " s");
                if (last != null) {
                    timedOut.initCause(last);
                }
                throw timedOut;
            }
            pause.pause(interval);
        }
    }
}
