package de.souveraen.inventory.tracked;

import de.souveraen.eventstore.domain.Rejection;
import java.time.LocalDate;
import java.util.Map;

/** The body of {@code POST …/{id}/status} for a tracked item: the new status by name, a note, the day. */
public record StatusRequest(String status, String note, LocalDate changedOn) {

    /** The named status of {@code type}: 422 when missing, 400 when there is no such status. */
    public <E extends Enum<E>> E status(Class<E> type) {
        if (status == null) {
            throw Rejection.invalid("required", "status", "Der Status fehlt.", "status is missing.");
        }
        try {
            return Enum.valueOf(type, status);
        } catch (IllegalArgumentException e) {
            throw new Rejection(Rejection.Kind.BAD_REQUEST, "invalid-value", "status",
                    "Unbekannter Status " + status + ".", "Unknown status " + status + ".", Map.of());
        }
    }
}
