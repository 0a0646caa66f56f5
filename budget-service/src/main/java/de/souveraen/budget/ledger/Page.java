package de.souveraen.budget.ledger;

import de.souveraen.eventstore.domain.Rejection;
import java.util.List;

/** A page of a list: {@code page} counts from 0; {@code total} is the number of matching items. */
public record Page<T>(List<T> items, int page, int size, long total) {
    public static final int MAX_SIZE = 500;

    public static <T> Page<T> of(List<T> all, Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        if (p < 0) {
            throw new Rejection(Rejection.Kind.BAD_REQUEST, "out-of-range", "page", "Die Seite beginnt bei 0.",
                    "page starts at 0.", java.util.Map.of());
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new Rejection(Rejection.Kind.BAD_REQUEST, "out-of-range", "size",
                    "Die Seitengröße muss zwischen 1 und 500 liegen.", "size must be between 1 and 500.",
                    java.util.Map.of());
        }
        int from = (int) Math.min((long) p * s, all.size());
        int to = Math.min(from + s, all.size());
        return new Page<>(List.copyOf(all.subList(from, to)), p, s, all.size());
    }
}
