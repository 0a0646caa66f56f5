package de.souveraen.inventory.shared;

import de.souveraen.eventstore.domain.Rejection;
import java.util.Map;

/**
 * One reason why input is refused, before it becomes a {@link Rejection}: the domain throws the first one,
 * the CSV dry run lists them all.
 */
public record Violation(Rejection.Kind kind, String code, String field, String messageDe, String messageEn) {

    public Rejection toRejection() {
        return new Rejection(kind, code, field, messageDe, messageEn, Map.of());
    }

    /** The same violation for a field nested under {@code prefix} (e.g. {@code contract.end}). */
    public Violation under(String prefix) {
        return new Violation(kind, code, prefix + "." + field, messageDe, messageEn);
    }
}
