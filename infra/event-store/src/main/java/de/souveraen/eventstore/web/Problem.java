package de.souveraen.eventstore.web;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 9457 problem details. {@code type} is a URN per problem code (no host to resolve), {@code title} is
 * German then English ("Nicht genug Mittel / Insufficient funds"), {@code detail} likewise; {@code field}
 * names the offending request member and {@code errors} lists every field with its message when there are
 * several.
 */
public final class Problem {
    public static final String MEDIA_TYPE = "application/problem+json";

    private final Map<String, Object> members = new LinkedHashMap<>();

    private Problem(int status, String code, String titleDe, String titleEn) {
        members.put("type", "urn:souveraen:problem:" + code);
        members.put("title", titleDe + " / " + titleEn);
        members.put("status", status);
        members.put("code", code);
    }

    public static Problem of(int status, String code, String titleDe, String titleEn) {
        return new Problem(status, code, titleDe, titleEn);
    }

    /**
     * {@code detail} with both languages ("… / …"), and each one alone in {@code texts} ({@code {"de": …, "en": …}}),
     * so that a form can show the German message next to its field.
     */
    public Problem detail(String detailDe, String detailEn) {
        members.put("detail", detailDe.equals(detailEn) ? detailDe : detailDe + " / " + detailEn);
        members.put("texts", Map.of("de", detailDe, "en", detailEn));
        return this;
    }

    public Problem field(String field) {
        if (field != null) {
            members.put("field", field);
        }
        return this;
    }

    public Problem errors(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            members.put("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
            members.putIfAbsent("field", errors.get(0).field());
        }
        return this;
    }

    public Problem instance(String path) {
        if (path != null) {
            members.put("instance", path);
        }
        return this;
    }

    /** RFC 9457 members and ours; an extension never replaces them. */
    static final java.util.Set<String> RESERVED = java.util.Set.of("type", "title", "status", "detail", "instance",
            "code", "field", "errors", "texts");

    /**
     * Adds an extension member. A name that is one of the problem's own members (e.g. a rejection that reports the
     * meeting's {@code status}) is written as {@code current<Name>} ({@code currentStatus}) instead of replacing it.
     */
    public Problem with(String name, Object value) {
        String key = RESERVED.contains(name) ? "current" + Character.toUpperCase(name.charAt(0)) + name.substring(1)
                : name;
        members.put(key, value);
        return this;
    }

    public Map<String, Object> members() {
        return members;
    }

    public int status() {
        return (Integer) members.get("status");
    }

    public Response toResponse() {
        return Response.status(status()).type(MEDIA_TYPE).entity(members).build();
    }

    /** One invalid field. */
    public record FieldError(String field, String message) {
    }
}
