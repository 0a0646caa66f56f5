package de.souveraen.budget.fiscalyear;

import de.souveraen.contracts.EventEnvelope;
import de.souveraen.contracts.EventMetadata;
import de.souveraen.contracts.budget.BudgetEvent;
import de.souveraen.eventstore.idempotency.IdempotencyKey;
import de.souveraen.eventstore.idempotency.StoredResponse;
import de.souveraen.eventstore.store.Aggregate;
import de.souveraen.eventstore.store.CommandHandler;
import de.souveraen.eventstore.store.Handled;
import de.souveraen.eventstore.store.Versioned;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Function;

/**
 * The budget service's one store adapter: every budget command goes through the kernel's command handler (load
 * the year's stream, decide, append with the expected version, retried on a concurrent append; the idempotency
 * key claimed in the same transaction). Reads fold the year's stream (cached by version) or read its events.
 */
@ApplicationScoped
public class BudgetStore {
    public static final Aggregate<BudgetCommand, BudgetState, BudgetEvent> BUDGET = new Aggregate<>(BudgetDecider.STREAM_TYPE,
            new BudgetDecider(), BudgetEvent.class);

    private final CommandHandler handler;
    private final Pool pool;

    BudgetStore(CommandHandler handler, Pool pool) {
        this.handler = handler;
        this.pool = pool;
    }

    public static String streamId(int fiscalYear) {
        return BudgetDecider.streamId(fiscalYear);
    }

    public Uni<Handled<BudgetState, BudgetEvent>> handle(BudgetCommand command, EventMetadata metadata) {
        return handler.handle(BUDGET, streamId(command.fiscalYear()), command, metadata);
    }

    /**
     * Handles {@code command} at most once per idempotency key (built by {@code Http.idempotencyKey}; {@code null}
     * when the client sent none): the same request sent again replays the first answer.
     */
    public Uni<CommandHandler.Outcome> handleOnce(BudgetCommand command, EventMetadata metadata, IdempotencyKey key,
            Function<Handled<BudgetState, BudgetEvent>, StoredResponse> respond) {
        return handler.handle(BUDGET, streamId(command.fiscalYear()), command, metadata, key, respond);
    }

    public de.souveraen.contracts.EventTypeRegistry registry() {
        return handler.store().registry();
    }

    public Uni<Versioned<BudgetState>> state(int fiscalYear) {
        return handler.state(BUDGET, streamId(fiscalYear));
    }

    /** The year's events in stream order, with their metadata (who, when): the source of lists and audit trails. */
    public Uni<List<EventEnvelope>> events(int fiscalYear) {
        return handler.store().load(pool, streamId(fiscalYear), 0);
    }
}
