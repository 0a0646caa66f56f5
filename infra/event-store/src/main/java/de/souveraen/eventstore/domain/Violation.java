package de.souveraen.eventstore.domain;

import java.util.Map;

/**
 * One reason why input is refused, before it becomes a {@link Rejection}: a command throws the first one, a dry run
 * (e.g. a CSV import) lists them all.
 */
public record Violation(Rejection.Kind kind, String code, String field, String messageDe, String messageEn) {

    public static Violation of(Rejection rejection) {
        return new Violation(rejection.kind(), rejection.code(), rejection.field(), rejection.messageDe(),
                rejection.messageEn());
    }

    public Rejection toRejection() {
        return new Rejection(kind, code, field, messageDe, messageEn, Map.of());
    }

    /** The same violation for a field nested under {@code prefix} (e.g. {@code contract.end}). */
    public Violation under(String prefix) {
        return new Violation(kind, code, prefix + "." + field, messageDe, messageEn);
    }
}
