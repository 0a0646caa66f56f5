package de.souveraen.eventstore.projection;

/** A projection cannot apply this event, now or ever: it goes to the dead-letter topic, the stream goes on. */
public class PoisonEventException extends RuntimeException {
    public PoisonEventException(String message) {
        super(message);
    }
}
