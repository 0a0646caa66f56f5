package de.souveraen.eventstore.web;

import de.souveraen.contracts.EventMetadata;
import de.souveraen.contracts.Json;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.idempotency.IdempotencyKey;
import de.souveraen.eventstore.idempotency.StoredResponse;
import de.souveraen.eventstore.store.CommandHandler;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/** HTTP plumbing shared by the services' resources (no business rules here). */
public final class Http {
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private Http() {
    }

    /** The request body, or a 400 naming it when it is missing. */
    public static <T> T body(T body) {
        if (body == null) {
            throw new Rejection(Rejection.Kind.BAD_REQUEST, "required", "body", "Der Anfrage fehlt der JSON-Inhalt.",
                    "The request has no JSON body.", java.util.Map.of());
        }
        return body;
    }

    /** A date the client left out: the request's calendar day in Germany (from the injected clock). */
    public static LocalDate orToday(LocalDate date, EventMetadata metadata) {
        return date != null ? date : LocalDate.ofInstant(metadata.occurredAt(), BERLIN);
    }

    /** An optional idempotency key must be well-formed; a required one must be present. */
    public static String idempotencyKey(String key, boolean required) {
        if (key == null || key.isEmpty()) {
            if (required) {
                throw new Rejection(Rejection.Kind.BAD_REQUEST, "idempotency-key-required", IDEMPOTENCY_KEY,
                        "Buchungen brauchen einen Idempotency-Key, damit eine Wiederholung nicht doppelt bucht.",
                        "Bookings need an Idempotency-Key so that a retry never books twice.", java.util.Map.of());
            }
            return null;
        }
        if (!IdempotencyKey.wellFormed(key)) {
            throw new Rejection(Rejection.Kind.BAD_REQUEST, "idempotency-key-malformed", IDEMPOTENCY_KEY,
                    "Der Idempotency-Key muss aus 1 bis 200 druckbaren ASCII-Zeichen bestehen.",
                    "The Idempotency-Key must be 1 to 200 printable ASCII characters.", java.util.Map.of());
        }
        return key;
    }

    /**
     * The client's optional {@code Idempotency-Key} as a key of {@code scope} (e.g. the request's path) with the
     * hash of the parsed request; {@code null} when the client sent none, a 400 naming the header when malformed.
     */
    public static IdempotencyKey idempotencyKey(String header, String scope, Object request) {
        String key = idempotencyKey(header, false);
        return key == null ? null
                : new IdempotencyKey(scope, key, IdempotencyKey.hash(Json.text(Json.mapper().valueToTree(request))));
    }

    /**
     * The answer to a write that created something ({@link #created(Object)}), at the location {@code locationOf}
     * gives for the answered id: for a replay (same key and request) that is the first request's id.
     */
    public static Response created(CommandHandler.Outcome outcome,
            java.util.function.Function<String, String> locationOf) {
        String id;
        try {
            id = Json.mapper().readTree(outcome.response().body()).path("id").asText();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a stored creation answer is not JSON", e);
        }
        return toResponse(outcome, locationOf.apply(id));
    }

    /** 201 with {@code {"id": …}} and the location of what was created. */
    public static StoredResponse created(Object id) {
        return new StoredResponse(201, Json.text(Json.mapper().valueToTree(Map.of("id", id))));
    }

    public static Response toResponse(StoredResponse stored, String location) {
        return Response.status(stored.status()).type(MediaType.APPLICATION_JSON).entity(stored.body())
                .header("Location", location).build();
    }

    public static Response toResponse(CommandHandler.Outcome outcome, String location) {
        Response.ResponseBuilder builder = Response.status(outcome.response().status())
                .type(MediaType.APPLICATION_JSON).entity(outcome.response().body()).header("Location", location);
        if (outcome.replayed()) {
            builder.header("Idempotent-Replayed", "true");
        }
        return builder.build();
    }
}
