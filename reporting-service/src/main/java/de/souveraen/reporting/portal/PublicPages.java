package de.souveraen.reporting.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The portal's public pages as an anonymous visitor sees them (a municipality's home and report list), rendered
 * once per page, language and state: the state is what the page shows besides its labels — the municipality's
 * registry entry and its publications, read per request (one small query) — so a new publication or a changed
 * registry entry renders the page again on its next request. Kept at most {@link #MAX_AGE} (the page shows when it
 * was made) and at most {@link #MAX_PAGES} pages, least recently used first out.
 *
 * <p>Only pages for anonymous visitors are kept and served from here: a signed-in person's page carries their name
 * and role (and a reader's the drafts), so it is rendered for them on every request.
 */
@ApplicationScoped
public class PublicPages {
    static final Duration MAX_AGE = Duration.ofSeconds(60);
    static final int MAX_PAGES = 512;

    private record Page(Object state, String html, Instant made) {
    }

    private final Clock clock;
    private final Map<String, Page> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
            return size() > MAX_PAGES;
        }
    };
    private final AtomicLong renderings = new AtomicLong();

    @Inject
    PublicPages(Clock clock) {
        this.clock = clock;
    }

    /** The page kept under {@code key} if it was made from {@code state} (by equality) within {@link #MAX_AGE}. */
    public synchronized Optional<String> page(String key, Object state) {
        Page page = pages.get(key);
        if (page == null || !page.state().equals(state) || page.made().plus(MAX_AGE).isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(page.html());
    }

    /** Keeps {@code html}, the page under {@code key} rendered just now from {@code state}; answers it. */
    public String keep(String key, Object state, String html) {
        renderings.incrementAndGet();
        synchronized (this) {
            pages.put(key, new Page(state, html, clock.instant()));
        }
        return html;
    }

    /** How many public pages were rendered for anonymous visitors since the start. */
    public long renderings() {
        return renderings.get();
    }
}
