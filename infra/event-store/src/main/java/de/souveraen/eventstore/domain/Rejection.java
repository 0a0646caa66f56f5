package de.souveraen.eventstore.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A command the domain refuses. Resources turn it into RFC 9457 problem+json: {@link Kind} gives the
 * status, {@code code} a stable machine-readable reason, {@code field} the offending request field (may be
 * null), the two messages the German and English text, and {@code extensions} extra members such as
 * {@code available} or {@code lineCode}.
 */
public class Rejection extends RuntimeException {

    public enum Kind {
        /** 400: the request itself is malformed. */
        BAD_REQUEST(400),
        /** 404: the addressed thing does not exist. */
        NOT_FOUND(404),
        /** 409: the request conflicts with the current state (e.g. not enough funds, wrong transition). */
        CONFLICT(409),
        /** 412: the client's {@code If-Match} names a version that is no longer the current one. */
        PRECONDITION_FAILED(412),
        /** 413: the request is larger than the operation takes (e.g. an import file). */
        TOO_LARGE(413),
        /** 422: well-formed, but semantically invalid. */
        UNPROCESSABLE(422),
        /** 428: a replacing request ({@code PUT}) came without {@code If-Match}. */
        PRECONDITION_REQUIRED(428);

        public final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    private final Kind kind;
    private final String code;
    private final String field;
    private final String messageDe;
    private final String messageEn;
    private final Map<String, Object> extensions;

    public Rejection(Kind kind, String code, String field, String messageDe, String messageEn,
            Map<String, Object> extensions) {
        super(messageEn);
        this.kind = Objects.requireNonNull(kind);
        this.code = Objects.requireNonNull(code);
        this.field = field;
        this.messageDe = Objects.requireNonNull(messageDe);
        this.messageEn = Objects.requireNonNull(messageEn);
        this.extensions = extensions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    public static Rejection conflict(String code, String field, String de, String en) {
        return new Rejection(Kind.CONFLICT, code, field, de, en, Map.of());
    }

    public static Rejection invalid(String code, String field, String de, String en) {
        return new Rejection(Kind.UNPROCESSABLE, code, field, de, en, Map.of());
    }

    public static Rejection notFound(String code, String de, String en) {
        return new Rejection(Kind.NOT_FOUND, code, null, de, en, Map.of());
    }

    /** A copy with extra problem members. */
    public Rejection with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(name, value);
        return new Rejection(kind, code, field, messageDe, messageEn, more);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public String messageDe() {
        return messageDe;
    }

    public String messageEn() {
        return messageEn;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
