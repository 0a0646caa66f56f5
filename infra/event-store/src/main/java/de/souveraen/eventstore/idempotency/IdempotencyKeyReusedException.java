package de.souveraen.eventstore.idempotency;

/** The key was used before with a different request. Maps to HTTP 422. */
public class IdempotencyKeyReusedException extends RuntimeException {
    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key " + key + " was already used with a different request");
    }
}
