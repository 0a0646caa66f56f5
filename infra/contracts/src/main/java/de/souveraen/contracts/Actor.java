package de.souveraen.contracts;

import java.util.Objects;

/** Who did it: the token subject and a display name. Stored on every event. */
public record Actor(String subject, String name) {
    public static final Actor SYSTEM = new Actor("system", "System");

    public Actor {
        Objects.requireNonNull(subject, "subject");
        if (subject.isBlank()) {
            throw new IllegalArgumentException("actor subject must not be blank");
        }
        name = name == null || name.isBlank() ? subject : name;
    }
}
