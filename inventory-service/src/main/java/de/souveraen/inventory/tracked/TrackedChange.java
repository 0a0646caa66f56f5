package de.souveraen.inventory.tracked;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The three things that happen to a tracked item, as {@link TrackedDecider} reads a command (what is asked) or an
 * event (what happened): recorded with details, details replaced, status changed.
 */
public sealed interface TrackedChange<D, T> {

    UUID id();

    record Recorded<D, T>(UUID id, D details, LocalDate on) implements TrackedChange<D, T> {
    }

    record Updated<D, T>(UUID id, D details, LocalDate on) implements TrackedChange<D, T> {
    }

    record StatusChanged<D, T>(UUID id, T status, String note, LocalDate on) implements TrackedChange<D, T> {
    }
}
