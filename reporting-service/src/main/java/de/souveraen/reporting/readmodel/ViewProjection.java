package de.souveraen.reporting.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.DomainEvent;
import de.souveraen.contracts.EventEnvelope;
import java.util.List;
import java.util.Map;

/**
 * A pure projection: which documents an event touches, and {@code apply(views, event) -> views}. The store
 * adapter loads the touched documents (missing ones absent from the map), applies, and writes the result in the
 * transaction that records the event as processed.
 */
public interface ViewProjection {
    List<DocKey> keys(EventEnvelope envelope, DomainEvent event);

    Map<DocKey, Object> apply(Map<DocKey, JsonNode> views, EventEnvelope envelope, DomainEvent event);
}
