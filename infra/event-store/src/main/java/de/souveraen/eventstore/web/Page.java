package de.souveraen.eventstore.web;

import de.souveraen.eventstore.domain.Rejection;
import java.util.List;
import java.util.Map;

/**
 * A page of a list, the one paging shape of every API: {@code ?page=} counts from 0, {@code ?size=} is 1 to
 * {@value #MAX_SIZE} (default {@value #DEFAULT_SIZE}); {@code total} is the number of matching items.
 */
public record Page<T>(List<T> items, int page, int size, long total) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    /** The requested page of {@code all}; a 400 naming {@code page} or {@code size} when out of range. */
    public static <T> Page<T> of(List<T> all, Integer page, Integer size) {
        Request request = request(page, size);
        int from = (int) Math.min((long) request.page() * request.size(), all.size());
        int to = Math.min(from + request.size(), all.size());
        return new Page<>(List.copyOf(all.subList(from, to)), request.page(), request.size(), all.size());
    }

    /** A checked page request: for lists the database pages itself ({@code offset}, {@code limit}). */
    public record Request(int page, int size) {
        public long offset() {
            return (long) page * size;
        }
    }

    public static Request request(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw new Rejection(Rejection.Kind.BAD_REQUEST, "out-of-range", "page", "Die Seite beginnt bei 0.",
                    "page starts at 0.", Map.of());
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new Rejection(Rejection.Kind.BAD_REQUEST, "out-of-range", "size",
                    "Die Seitengröße muss zwischen 1 und " + MAX_SIZE + " liegen.",
                    "size must be between 1 and " + MAX_SIZE + ".", Map.of());
        }
        return new Request(p, s);
    }
}
