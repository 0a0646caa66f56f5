package de.souveraen.reporting.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.DomainEvent;
import de.souveraen.contracts.EventEnvelope;
import de.souveraen.contracts.Json;
import de.souveraen.eventstore.projection.Projection;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reporting service's one store adapter: applies an event to the read-model documents inside the transaction
 * the kernel's projection runner opened (the one that records the event id as processed), and reads documents
 * for the report. Which pure projection applies follows the event's context (its type name's prefix).
 */
@ApplicationScoped
public class ReadModelStore implements Projection {
    private final Pool pool;
    private final Map<String, ViewProjection> views = Map.of("budget", new BudgetView(), "inventory",
            new InventoryView(), "workgroup", new WorkgroupView());

    ReadModelStore(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<Void> apply(SqlConnection tx, EventEnvelope envelope, DomainEvent event) {
        String source = envelope.type().substring(0, envelope.type().indexOf('.'));
        ViewProjection view = views.get(source);
        List<DocKey> keys = new ArrayList<>(view == null ? List.of() : view.keys(envelope, event));
        LocalDate business = Quarters.date(envelope.occurredAt());
        DocKey count = new DocKey(Docs.EVENT_COUNT, source + ":" + business.getYear() + ":" + Quarters.of(business));
        keys.add(count);
        return load(tx, keys, true).chain(current -> {
            Map<DocKey, Object> changed = new LinkedHashMap<>(view == null ? Map.of()
                    : view.apply(current, envelope, event));
            Docs.EventCount before = Docs.read(current.get(count), Docs.EventCount.class);
            changed.put(count, new Docs.EventCount(source, business.getYear(), Quarters.of(business),
                    before == null ? 1 : before.events() + 1));
            return Multi.createFrom().iterable(changed.entrySet())
                    .onItem().transformToUniAndConcatenate(entry -> tx.preparedQuery(
                            "insert into rm_doc (kind, id, doc) values ($1, $2, $3::text::jsonb)"
                                    + " on conflict (kind, id) do update set doc = excluded.doc")
                            .execute(Tuple.of(entry.getKey().kind(), entry.getKey().id(),
                                    Json.text(Json.mapper().valueToTree(entry.getValue())))))
                    .collect().last().replaceWithVoid();
        });
    }

    /**
     * Loads the touched documents for update. A transaction-scoped advisory lock per key (in a fixed order) comes
     * first, so two consumers (replicas) creating the same new document serialise instead of losing an update.
     */
    private static Uni<Map<DocKey, JsonNode>> load(SqlConnection tx, List<DocKey> keys, boolean forUpdate) {
        String[] kinds = keys.stream().map(DocKey::kind).toArray(String[]::new);
        String[] ids = keys.stream().map(DocKey::id).toArray(String[]::new);
        Uni<?> locked = !forUpdate ? Uni.createFrom().voidItem()
                : tx.preparedQuery("select pg_advisory_xact_lock(hashtextextended(k, 0)) from"
                        + " (select distinct kind || ':' || id as k from unnest($1::text[], $2::text[]) as u(kind, id)"
                        + " order by 1) as keys").execute(Tuple.of(kinds, ids));
        return locked.chain(() -> tx.preparedQuery("select d.kind, d.id, d.doc::text from rm_doc d join unnest($1::text[], $2::text[])"
                        + " as k(kind, id) on d.kind = k.kind and d.id = k.id" + (forUpdate ? " for update of d" : ""))
                .execute(Tuple.of(kinds, ids))
                .map(rows -> {
                    Map<DocKey, JsonNode> found = new HashMap<>();
                    for (Row row : rows) {
                        found.put(new DocKey(row.getString(0), row.getString(1)), parse(row.getString(2)));
                    }
                    return found;
                }));
    }

    /** Every document of the given kinds, ordered by kind and id (so a report is built in a stable order). */
    public Uni<Map<String, List<JsonNode>>> documents(List<String> kinds) {
        return pool.preparedQuery("select kind, doc::text from rm_doc where kind = any($1) order by kind, id")
                .execute(Tuple.of(kinds.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, List<JsonNode>> byKind = new HashMap<>();
                    kinds.forEach(kind -> byKind.put(kind, new ArrayList<>()));
                    for (Row row : rows) {
                        byKind.get(row.getString(0)).add(parse(row.getString(1)));
                    }
                    return byKind;
                });
    }

    /** Deletes every read-model document and every processed-event mark of {@code consumer} (rebuild). */
    public Uni<Void> reset(String consumer) {
        return pool.withTransaction(tx -> tx.query("delete from rm_doc").execute()
                .chain(() -> tx.preparedQuery("delete from es_processed_event where consumer = $1")
                        .execute(Tuple.of(consumer)))
                .replaceWithVoid());
    }

    private static JsonNode parse(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("unreadable read-model document", e);
        }
    }
}
