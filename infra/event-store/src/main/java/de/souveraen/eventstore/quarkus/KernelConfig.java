package de.souveraen.eventstore.quarkus;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of the shared kernel inside a service ({@code souveraen.*}). */
@ConfigMapping(prefix = "souveraen")
public interface KernelConfig {

    /** Name of the service, e.g. {@code budget}: checkpoint name, CloudEvents source, consumer names. */
    String service();

    EventStore eventStore();

    Outbox outbox();

    Tenancy tenancy();

    /** Which municipality (tenant) a request belongs to: always from the verified token, never from the request. */
    interface Tenancy {
        /** The token claim naming the user's municipality. */
        @WithDefault("tenant")
        String claim();

        /**
         * The municipality of a token without the claim, for an installation that serves one municipality. Ignored
         * when {@link #claimRequired()}.
         */
        @WithDefault("blankenheim")
        String defaultTenant();

        /** A provider's installation for many municipalities: a token without the claim is refused (403). */
        @WithDefault("false")
        boolean claimRequired();
    }

    interface EventStore {
        /** Streams whose folded state is kept in memory. */
        @WithDefault("5000")
        int stateCacheSize();

        /** Attempts of a command whose stream was changed concurrently before giving up with 409. */
        @WithDefault("40")
        int maxAttempts();
    }

    interface Outbox {
        /** Whether this service publishes its events (off for a service that only reads). */
        @WithDefault("true")
        boolean enabled();

        /** Target topic; absent for a service without events of its own. */
        Optional<String> topic();

        @WithDefault("500")
        int batchSize();

        /** How long the relay waits for new events when it does not listen for commits (or the listener is away). */
        @WithDefault("100ms")
        Duration idlePoll();

        /**
         * Whether the relay listens for commits (PostgreSQL {@code LISTEN} on channel {@code es_event_appended}, which
         * every insert into {@code es_event} notifies) instead of polling every {@link #idlePoll()}.
         */
        @WithDefault("true")
        boolean listen();

        /** While the relay listens: how long it waits before it looks anyway (a lost notification costs this much). */
        @WithDefault("1s")
        Duration safetyPoll();

        @WithDefault("5s")
        Duration maxBackoff();

        @WithDefault("20s")
        Duration sendTimeout();

        /** The health group {@code outbox} goes DOWN when events are waiting and nothing was published for this long. */
        @WithDefault("60s")
        Duration stallAlertAfter();

        /** Partitions of the topic when the relay creates it. */
        @WithDefault("3")
        int partitions();

        /** Replication factor of the topic when the relay creates it (3 in production). */
        @WithDefault("1")
        short replicationFactor();
    }
}
