package de.souveraen.inventory.register;

import de.souveraen.contracts.EventEnvelope;
import de.souveraen.contracts.EventMetadata;
import de.souveraen.contracts.inventory.InventoryEvent;
import de.souveraen.eventstore.idempotency.IdempotencyKey;
import de.souveraen.eventstore.idempotency.StoredResponse;
import de.souveraen.eventstore.store.Aggregate;
import de.souveraen.eventstore.store.CommandHandler;
import de.souveraen.eventstore.store.Handled;
import de.souveraen.eventstore.store.Versioned;
import de.souveraen.inventory.alternative.AlternativeCatalogue;
import de.souveraen.inventory.dependency.DependencyCommand;
import de.souveraen.inventory.dependency.DependencyDecider;
import de.souveraen.inventory.dependency.DependencyState;
import de.souveraen.inventory.jurisdiction.CountryTable;
import de.souveraen.inventory.opportunity.OpportunityCommand;
import de.souveraen.inventory.opportunity.OpportunityDecider;
import de.souveraen.inventory.opportunity.OpportunityState;
import de.souveraen.inventory.risk.RiskCommand;
import de.souveraen.inventory.risk.RiskDecider;
import de.souveraen.inventory.risk.RiskState;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The inventory service's one store adapter over the kernel: one stream per dependency, risk and opportunity.
 * Writes go through the command handler (load, decide, append with the expected version, in one transaction);
 * registers fold all streams of a type in one ordered read (ADR 0005).
 */
@ApplicationScoped
public class InventoryStore {
    public static final CountryTable COUNTRIES = CountryTable.shipped();
    public static final AlternativeCatalogue CATALOGUE = AlternativeCatalogue.shipped();
    public static final Aggregate<DependencyCommand, DependencyState, InventoryEvent> DEPENDENCY = new Aggregate<>(
            DependencyDecider.STREAM_TYPE, new DependencyDecider(COUNTRIES, CATALOGUE), InventoryEvent.class);
    public static final Aggregate<RiskCommand, RiskState, InventoryEvent> RISK = new Aggregate<>(
            RiskDecider.STREAM_TYPE, new RiskDecider(), InventoryEvent.class);
    public static final Aggregate<OpportunityCommand, OpportunityState, InventoryEvent> OPPORTUNITY = new Aggregate<>(
            OpportunityDecider.STREAM_TYPE, new OpportunityDecider(), InventoryEvent.class);

    private final CommandHandler handler;
    private final Pool pool;

    InventoryStore(CommandHandler handler, Pool pool) {
        this.handler = handler;
        this.pool = pool;
    }

    public <C, S> Uni<Handled<S, InventoryEvent>> handle(Aggregate<C, S, InventoryEvent> aggregate, String streamId,
            C command, EventMetadata metadata) {
        return handler.handle(aggregate, streamId, command, metadata);
    }

    /**
     * As {@link #handle}, answering {@code respond(handled)}; under the client's idempotency key (or {@code null})
     * exactly once: a retry with the same key and request gets the first answer and appends nothing.
     */
    public <C, S> Uni<CommandHandler.Outcome> handle(Aggregate<C, S, InventoryEvent> aggregate, String streamId,
            C command, EventMetadata metadata, IdempotencyKey key,
            Function<Handled<S, InventoryEvent>, StoredResponse> respond) {
        return handler.handle(aggregate, streamId, command, metadata, key, respond);
    }

    /** Several dependency commands in one transaction: all land or none (CSV import). */
    public Uni<List<Handled<DependencyState, InventoryEvent>>> handleAll(
            List<Map.Entry<String, DependencyCommand>> commands, EventMetadata metadata) {
        return handler.handleAll(DEPENDENCY, commands, metadata);
    }

    public <C, S> Uni<Versioned<S>> state(Aggregate<C, S, InventoryEvent> aggregate, String streamId) {
        return handler.state(aggregate, streamId);
    }

    public Uni<List<EventEnvelope>> events(String streamId) {
        return handler.store().load(pool, streamId, 0);
    }

    /** The current state of every stream of the aggregate's type, in stream-id order. */
    public <C, S> Uni<List<S>> all(Aggregate<C, S, InventoryEvent> aggregate) {
        return handler.states(aggregate);
    }

    public de.souveraen.contracts.EventTypeRegistry registry() {
        return handler.store().registry();
    }
}
