package de.souveraen.reporting.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.Actor;
import de.souveraen.contracts.DomainEvent;
import de.souveraen.contracts.EventEnvelope;
import de.souveraen.contracts.EventTypeRegistry;
import de.souveraen.contracts.Json;
import de.souveraen.contracts.PublishedLanguage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * given(date, events…) for the pure read-model views, without a database or a broker: each event is published in
 * an envelope (business time {@code date} at 10:00 Berlin), decoded from its JSON payload as the consumer does,
 * routed to the view of its context (the type name's prefix), and applied to the documents it touches, as
 * {@link ReadModelStore} does, which also counts the events per source and quarter. The documents are kept as
 * JSON read back from their text, so every test also passes through the documents' stored form.
 */
public final class ViewHarness {
    private static final EventTypeRegistry REGISTRY = PublishedLanguage.registry();
    private final Map<String, ViewProjection> views = Map.of("budget", new BudgetView(), "inventory",
            new InventoryView(), "workgroup", new WorkgroupView());
    private final Map<DocKey, JsonNode> store = new HashMap<>();
    private final Map<String, Long> versions = new HashMap<>();
    private EventEnvelope last;

    /** Applies the events, in order, with business date {@code date}. */
    public ViewHarness given(LocalDate date, DomainEvent... events) {
        for (DomainEvent event : events) {
            apply(envelope(date, event));
        }
        return this;
    }

    /** The envelope of the event applied last (its id names an over-plan document). */
    public EventEnvelope lastEnvelope() {
        return last;
    }

    private void apply(EventEnvelope envelope) {
        last = envelope;
        DomainEvent decoded = envelope.decode(REGISTRY);
        ViewProjection view = views.get(envelope.type().substring(0, envelope.type().indexOf('.')));
        Map<DocKey, JsonNode> touched = new HashMap<>();
        for (DocKey key : view.keys(envelope, decoded)) {
            if (store.containsKey(key)) {
                touched.put(key, store.get(key));
            }
        }
        view.apply(touched, envelope, decoded).forEach((key, doc) -> store.put(key, stored(doc)));
        String source = envelope.type().substring(0, envelope.type().indexOf('.'));
        LocalDate business = Quarters.date(envelope.occurredAt());
        DocKey count = new DocKey(Docs.EVENT_COUNT, source + ":" + business.getYear() + ":" + Quarters.of(business));
        Docs.EventCount before = Docs.read(store.get(count), Docs.EventCount.class);
        store.put(count, stored(new Docs.EventCount(source, business.getYear(), Quarters.of(business),
                before == null ? 1 : before.events() + 1)));
    }

    private EventEnvelope envelope(LocalDate date, DomainEvent event) {
        String type = REGISTRY.nameOf(event);
        String context = type.substring(0, type.indexOf('.'));
        long version = versions.merge(context, 1L, Long::sum);
        Instant at = date.atTime(10, 0).atZone(Quarters.BERLIN).toInstant();
        UUID id = UUID.randomUUID();
        return new EventEnvelope(id, context + "-1", context, version, type, REGISTRY.encode(event), at, at,
                new Actor("test", "Test"), id, id, "blankenheim");
    }

    private static JsonNode stored(Object doc) {
        try {
            return Json.mapper().readTree(Json.text(Json.mapper().valueToTree(doc)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document under {@code kind}/{@code id}, or null. */
    public <T> T doc(String kind, String id, Class<T> type) {
        return Docs.read(store.get(new DocKey(kind, id)), type);
    }

    /** Every document of {@code kind}, ordered by id. */
    public <T> List<T> docs(String kind, Class<T> type) {
        return documents(List.of(kind)).get(kind).stream().map(node -> Docs.read(node, type)).toList();
    }

    /** Every document of the kinds, per kind and ordered by id, as {@link ReadModelStore#documents} answers. */
    public Map<String, List<JsonNode>> documents(List<String> kinds) {
        Map<String, List<JsonNode>> byKind = new HashMap<>();
        kinds.forEach(kind -> byKind.put(kind, new ArrayList<>()));
        store.entrySet().stream().filter(e -> kinds.contains(e.getKey().kind()))
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(DocKey::kind).thenComparing(DocKey::id)))
                .forEach(e -> byKind.get(e.getKey().kind()).add(e.getValue()));
        return byKind;
    }

    /** How many documents the views hold (the event counts left out). */
    public int size() {
        return (int) store.keySet().stream().filter(key -> !key.kind().equals(Docs.EVENT_COUNT)).count();
    }
}
