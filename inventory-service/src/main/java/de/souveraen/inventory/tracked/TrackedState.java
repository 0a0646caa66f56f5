package de.souveraen.inventory.tracked;

import java.util.UUID;

/** A tracked item (a risk, an opportunity) as its decider needs it; without an id it was never recorded. */
public interface TrackedState<D, T extends Enum<T>> {

    UUID id();

    D details();

    T status();

    default boolean exists() {
        return id() != null;
    }
}
