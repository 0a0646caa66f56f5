package de.souveraen.contracts;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns the payload of an old event version into the next one ({@code x.Y.v1} to {@code x.Y.v2}).
 * Upcasters chain: a v1 payload passes through v1→v2 and v2→v3 when v3 is current.
 */
public interface Upcaster {
    String fromType();

    String toType();

    ObjectNode upcast(ObjectNode payload);
}
