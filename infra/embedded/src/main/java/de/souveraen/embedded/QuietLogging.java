package de.souveraen.embedded;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.logmanager.LogContext;

/**
 * Turns the embedded servers' logging down to WARN (never back up from a quieter level). Kafka logs through SLF4J
 * and the log4j API, zonky through SLF4J; this module routes all of it to JBoss LogManager (as Quarkus does), so
 * the levels are set there, in the current log context, and on plain {@code java.util.logging} for JVMs whose
 * {@code java.util.logging.manager} is the JDK's own.
 */
final class QuietLogging {
    /** Broker, controller and client categories of Kafka ({@code kafka.*} are the Scala classes). */
    static final List<String> KAFKA_CATEGORIES = List.of("kafka", "org.apache.kafka", "state.change.logger");
    /** The embedded PostgreSQL's launcher, which copies every line the server prints to INFO. */
    static final String POSTGRES_CATEGORY = "io.zonky.test.db.postgres";

    /** Loggers keep their level only while referenced. */
    private static final List<Logger> KEEP = new ArrayList<>();
    private static final Set<String> DONE = new HashSet<>();

    private QuietLogging() {
    }

    static void kafka() {
        KAFKA_CATEGORIES.forEach(QuietLogging::warn);
    }

    static void postgres() {
        warn(POSTGRES_CATEGORY);
    }

    /** Turns a logger down to WARN, never up: a caller that quieted it further (the launcher: SEVERE) keeps that. */
    private static void atLeastWarning(Logger logger) {
        Level level = logger.getLevel();
        if (level == null || level.intValue() < Level.WARNING.intValue()) {
            logger.setLevel(Level.WARNING);
        }
    }

    private static synchronized void warn(String category) {
        if (!DONE.add(category)) {
            return;
        }
        Logger jul = Logger.getLogger(category);
        atLeastWarning(jul);
        KEEP.add(jul);
        try {
            Logger jboss = LogContext.getLogContext().getLogger(category);
            atLeastWarning(jboss);
            KEEP.add(jboss);
        } catch (LinkageError noJBossLogManager) {
            // java.util.logging alone then
        }
    }
}
