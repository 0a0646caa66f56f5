package de.souveraen.reporting.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.DomainEvent;
import de.souveraen.contracts.EventEnvelope;
import de.souveraen.contracts.Json;
import de.souveraen.eventstore.projection.Projection;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
        return applyAll(tx, List.of(new Decoded(envelope, event)));
    }

    /**
     * Applies the events in order, each under its municipality (the envelope's tenant): the events of one municipality
     * touch only that municipality's documents, so the batch is applied municipality by municipality (a stream lives
     * within one municipality, so each stream's order holds). Every document the events of a municipality touch is
     * loaded (and locked) once, the pure views are applied one event after the other on the documents in memory, and
     * each changed document is written once, in one statement; the read-model version of each source of that
     * municipality that changed goes up by one in the same transaction.
     */
    @Override
    public Uni<Void> applyAll(SqlConnection tx, List<Decoded> events) {
        Map<String, List<Decoded>> byTenant = new LinkedHashMap<>();
        for (Decoded decoded : events) {
            byTenant.computeIfAbsent(decoded.envelope().tenant(), t -> new ArrayList<>()).add(decoded);
        }
        Uni<Void> all = Uni.createFrom().voidItem();
        for (Map.Entry<String, List<Decoded>> group : byTenant.entrySet()) {
            all = all.chain(() -> applyAll(tx, group.getKey(), group.getValue()));
        }
        return all;
    }

    private Uni<Void> applyAll(SqlConnection tx, String tenant, List<Decoded> events) {
        Set<DocKey> keys = new LinkedHashSet<>();
        List<DocKey> counts = new ArrayList<>(events.size());
        for (Decoded decoded : events) {
            ViewProjection view = views.get(source(decoded.envelope()));
            if (view != null) {
                keys.addAll(view.keys(decoded.envelope(), decoded.event()));
            }
            DocKey count = countKey(decoded.envelope());
            counts.add(count);
            keys.add(count);
        }
        return load(tx, tenant, new ArrayList<>(keys), true).chain(current -> {
            Map<DocKey, JsonNode> changed = new LinkedHashMap<>();
            Set<String> sources = new TreeSet<>();
            for (int i = 0; i < events.size(); i++) {
                Decoded decoded = events.get(i);
                String source = source(decoded.envelope());
                sources.add(source);
                ViewProjection view = views.get(source);
                if (view != null) {
                    view.apply(current, decoded.envelope(), decoded.event()).forEach((key, value) -> {
                        // the document object itself, wrapped: the next event of the batch reads it back without a
                        // conversion (Jackson's treeToValue unwraps a POJONode), and it is serialised once, at the end
                        JsonNode node = Json.mapper().getNodeFactory().pojoNode(value);
                        current.put(key, node);
                        changed.put(key, node);
                    });
                }
                DocKey count = counts.get(i);
                LocalDate business = Quarters.date(decoded.envelope().occurredAt());
                Docs.EventCount before = Docs.read(current.get(count), Docs.EventCount.class);
                JsonNode after = Json.mapper().getNodeFactory().pojoNode(new Docs.EventCount(source, business.getYear(),
                        Quarters.of(business), before == null ? 1 : before.events() + 1));
                current.put(count, after);
                changed.put(count, after);
            }
            String[] kinds = new String[changed.size()];
            String[] ids = new String[changed.size()];
            String[] docs = new String[changed.size()];
            int n = 0;
            for (Map.Entry<DocKey, JsonNode> entry : changed.entrySet()) {
                kinds[n] = entry.getKey().kind();
                ids[n] = entry.getKey().id();
                docs[n++] = Json.text(entry.getValue());
            }
            return tx.preparedQuery("insert into rm_doc (tenant, kind, id, doc) select $1, k, i, d::jsonb"
                            + " from unnest($2::text[], $3::text[], $4::text[]) as u(k, i, d)"
                            + " on conflict (tenant, kind, id) do update set doc = excluded.doc")
                    .execute(Tuple.of(tenant, kinds, ids, docs))
                    .chain(() -> tx.preparedQuery("insert into rm_version (tenant, source, version) select $1, s, 1"
                                    + " from unnest($2::text[]) as u(s) on conflict (tenant, source)"
                                    + " do update set version = rm_version.version + 1")
                            .execute(Tuple.of(tenant, sources.toArray(String[]::new))))
                    .replaceWithVoid();
        });
    }

    private static String source(EventEnvelope envelope) {
        return envelope.type().substring(0, envelope.type().indexOf('.'));
    }

    private static DocKey countKey(EventEnvelope envelope) {
        LocalDate business = Quarters.date(envelope.occurredAt());
        return new DocKey(Docs.EVENT_COUNT, source(envelope) + ":" + business.getYear() + ":" + Quarters.of(business));
    }

    /**
     * Loads the touched documents for update. A transaction-scoped advisory lock per key (in a fixed order) comes
     * first, so two consumers (replicas) creating the same new document serialise instead of losing an update.
     */
    private static Uni<Map<DocKey, JsonNode>> load(SqlConnection tx, String tenant, List<DocKey> keys,
            boolean forUpdate) {
        String[] kinds = keys.stream().map(DocKey::kind).toArray(String[]::new);
        String[] ids = keys.stream().map(DocKey::id).toArray(String[]::new);
        Uni<?> locked = !forUpdate ? Uni.createFrom().voidItem()
                : tx.preparedQuery("select pg_advisory_xact_lock(hashtextextended(k, 0)) from"
                        + " (select distinct $1 || '/' || kind || ':' || id as k from unnest($2::text[], $3::text[])"
                        + " as u(kind, id) order by 1) as keys").execute(Tuple.of(tenant, kinds, ids));
        return locked.chain(() -> tx.preparedQuery("select d.kind, d.id, d.doc::text from rm_doc d join unnest($2::text[],"
                        + " $3::text[]) as k(kind, id) on d.tenant = $1 and d.kind = k.kind and d.id = k.id"
                        + (forUpdate ? " for update of d" : ""))
                .execute(Tuple.of(tenant, kinds, ids))
                .map(rows -> {
                    Map<DocKey, JsonNode> found = new HashMap<>();
                    for (Row row : rows) {
                        found.put(new DocKey(row.getString(0), row.getString(1)), parse(row.getString(2)));
                    }
                    return found;
                }));
    }

    /**
     * Every document of the given kinds of one municipality, ordered by kind and id (so a report is built in a stable
     * order).
     */
    public Uni<Map<String, List<JsonNode>>> documents(String tenant, List<String> kinds) {
        return pool.preparedQuery("select kind, doc::text from rm_doc where tenant = $1 and kind = any($2)"
                        + " order by kind, id")
                .execute(Tuple.of(tenant, kinds.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, List<JsonNode>> byKind = new HashMap<>();
                    kinds.forEach(kind -> byKind.put(kind, new ArrayList<>()));
                    for (Row row : rows) {
                        byKind.get(row.getString(0)).add(parse(row.getString(1)));
                    }
                    return byKind;
                });
    }

    /**
     * Deletes every read-model document of every municipality and every processed-event mark of {@code consumer}
     * (rebuild: one command per installation).
     */
    public Uni<Void> reset(String consumer) {
        return pool.withTransaction(tx -> tx.query("delete from rm_doc").execute()
                .chain(() -> tx.query("update rm_version set version = version + 1").execute())
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
