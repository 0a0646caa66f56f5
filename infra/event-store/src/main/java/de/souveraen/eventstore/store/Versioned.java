package de.souveraen.eventstore.store;

/** A state folded from a stream up to {@code version} (0 = the stream does not exist yet). */
public record Versioned<S>(long version, S state) {
}
