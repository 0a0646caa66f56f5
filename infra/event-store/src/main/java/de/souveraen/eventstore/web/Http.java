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
    public static final ZoneId BERLIN = de.souveraen.eventstore.text.German.ZONE;
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String IF_MATCH = "If-Match";
    public static final String ETAG = "ETag";

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

    /** 201 with {@code {"id": …, "version": …}}: what was created and the version of its stream. */
    public static StoredResponse created(Object id, long version) {
        return new StoredResponse(201, Json.text(Json.mapper().valueToTree(Map.of("id", id, "version", version))));
    }

    /** 200 with {@code {"id": …, "version": …}}: what was changed and the new version of its stream. */
    public static StoredResponse changed(Object id, long version) {
        return new StoredResponse(200, Json.text(Json.mapper().valueToTree(Map.of("id", id, "version", version))));
    }

    /** The entity tag of a stream version: {@code "7"}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The stream version the client's {@code If-Match} names ({@code "7"} or {@code W/"7"}), {@code null} for none or
     * {@code *}; a missing header when {@code required} (a {@code PUT}) is a 428, anything unreadable a 400.
     */
    public static Long expectedVersion(String ifMatch, boolean required) {
        String value = ifMatch == null ? "" : ifMatch.strip();
        if (value.isEmpty()) {
            if (required) {
                throw new Rejection(Rejection.Kind.PRECONDITION_REQUIRED, "if-match-required", IF_MATCH,
                        "Eine Änderung, die den ganzen Datensatz ersetzt, braucht die Kopfzeile If-Match mit dem ETag "
                                + "des gelesenen Stands, damit niemand die Änderung eines anderen überschreibt.",
                        "A request that replaces the whole record needs an If-Match header with the ETag of the state "
                                + "it read, so that nobody overwrites another user's change.",
                        Map.of());
            }
            return null;
        }
        if (value.equals("*")) {
            return null;
        }
        String tag = value.startsWith("W/") ? value.substring(2) : value;
        if (tag.length() >= 3 && tag.length() <= 21 && tag.startsWith("\"") && tag.endsWith("\"")
                && tag.substring(1, tag.length() - 1).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Long.parseLong(tag.substring(1, tag.length() - 1));
        }
        throw new Rejection(Rejection.Kind.BAD_REQUEST, "if-match-malformed", IF_MATCH,
                "If-Match muss genau ein ETag sein, wie es die Antwort beim Lesen nennt (z. B. \"7\").",
                "If-Match must be exactly one ETag as the read answer gives it (e.g. \"7\").", Map.of());
    }

    /**
     * The answer to a write: the stored status and body, {@code Location} for a creation only, the new {@code ETag}
     * when the body names the version, and {@code Idempotent-Replayed} for a replay.
     */
    public static Response answer(CommandHandler.Outcome outcome, String location) {
        StoredResponse stored = outcome.response();
        Response.ResponseBuilder builder = Response.status(stored.status()).type(MediaType.APPLICATION_JSON)
                .entity(stored.body());
        if (stored.status() == 201 && location != null) {
            builder.header("Location", location);
        }
        try {
            com.fasterxml.jackson.databind.JsonNode version = Json.mapper().readTree(stored.body()).path("version");
            if (version.canConvertToLong()) {
                builder.header(ETAG, etag(version.asLong()));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a stored answer is not JSON", e);
        }
        if (outcome.replayed()) {
            builder.header("Idempotent-Replayed", "true");
        }
        return builder.build();
    }

    /** The id a stored creation answer names (for a replay: the first request's id). */
    public static String answeredId(StoredResponse stored) {
        try {
            return Json.mapper().readTree(stored.body()).path("id").asText();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a stored creation answer is not JSON", e);
        }
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
