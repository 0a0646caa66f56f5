package de.souveraen.eventstore.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.souveraen.contracts.Json;

/**
 * A folded state in a current-state table's {@code state} column: written and read with the published language's
 * JSON configuration (dates as ISO text, amounts with their scale), so a row reads back as the state it was made of.
 */
public final class StateJson {
    private StateJson() {
    }

    public static String write(Object state) {
        try {
            return Json.mapper().writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write state as JSON", e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return Json.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored state is not a " + type.getSimpleName(), e);
        }
    }
}
