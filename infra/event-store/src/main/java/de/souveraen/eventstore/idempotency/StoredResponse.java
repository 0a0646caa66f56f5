package de.souveraen.eventstore.idempotency;

/** What the first request with a key answered: status and JSON body, replayed for a retry. */
public record StoredResponse(int status, String body) {
}
