package de.souveraen.eventstore.quarkus;

import de.souveraen.contracts.EventTypeRegistry;
import de.souveraen.contracts.PublishedLanguage;
import de.souveraen.eventstore.idempotency.IdempotencyStore;
import de.souveraen.eventstore.store.AggregateStore;
import de.souveraen.eventstore.store.CommandHandler;
import de.souveraen.eventstore.store.EventStore;
import de.souveraen.eventstore.store.StateTable;
import de.souveraen.eventstore.tenant.CurrentTenant;
import io.quarkus.arc.DefaultBean;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** CDI wiring of the framework-free kernel classes. A service overrides the registry with its own context. */
@Singleton
public class KernelProducers {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    @DefaultBean
    EventTypeRegistry registry() {
        return PublishedLanguage.registry();
    }

    @Produces
    @Singleton
    EventStore eventStore(EventTypeRegistry registry) {
        return new EventStore(registry);
    }

    @Produces
    @Singleton
    IdempotencyStore idempotencyStore() {
        return new IdempotencyStore();
    }

    @Produces
    @Singleton
    AggregateStore aggregateStore(CommandHandler handler, Pool pool, CurrentTenant tenant) {
        // the request-scoped tenant is looked up on every read: the singleton store serves every municipality
        return new AggregateStore(handler, pool, tenant::key);
    }

    @Produces
    @Singleton
    CommandHandler commandHandler(Pool pool, EventStore store, IdempotencyStore idempotency, KernelConfig config,
            OutboxRelayService relay, jakarta.enterprise.inject.Instance<StateTable<?>> tables) {
        CommandHandler handler = new CommandHandler(pool, store, idempotency, config.eventStore().stateCacheSize(),
                config.eventStore().maxAttempts());
        handler.afterCommit(relay::wakeUp);
        handler.stateTables(tables.stream().toList());
        return handler;
    }
}
