package de.souveraen.reporting.portal;

import de.souveraen.reporting.municipality.Municipality;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The portal's public pages as an anonymous visitor sees them (a municipality's home and report list), rendered
 * once per page, language and {@link State}: what the page shows besides its labels — the municipality's registry
 * entry and its publications. A kept page is served without reading anything for {@link #RECHECK} after its state
 * was last read; after that one request reads the publications again (one small query; the others meanwhile get the
 * page as it was) and the page is rendered again only if they changed. A publication made by this service forgets the municipality's pages at once ({@link #forget}); one
 * made by another instance is seen within {@link #RECHECK}. Kept at most {@link #MAX_AGE} (the page shows when it
 * was made) and at most {@link #MAX_PAGES} pages, least recently used first out.
 *
 * <p>Only pages for anonymous visitors are kept and served from here: a signed-in person's page carries their name
 * and role (and a reader's the drafts), so it is rendered for them on every request.
 */
@ApplicationScoped
public class PublicPages {
    static final Duration RECHECK = Duration.ofSeconds(1);
    static final Duration MAX_AGE = Duration.ofSeconds(60);
    static final int MAX_PAGES = 512;

    /** What an anonymous page shows besides its labels: the registry entry and the publications' rows. */
    public record State(Municipality municipality, List<?> publications) {
    }

    /** A kept page; {@code rechecking}: since when one request reads its state again (null: none does). */
    private record Page(State state, String html, Instant made, Instant checked, Instant rechecking) {
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

    /**
     * The page kept under {@code key} if its publications were read within {@link #RECHECK}, it shows
     * {@code municipality} as registered now and is younger than {@link #MAX_AGE}: served without a database read.
     */
    public synchronized Optional<String> recent(String key, Municipality municipality) {
        Page page = pages.get(key);
        Instant now = clock.instant();
        if (page == null || !page.state().municipality().equals(municipality) || page.made().plus(MAX_AGE)
                .isBefore(now)) {
            return Optional.empty();
        }
        if (!page.checked().plus(RECHECK).isBefore(now)) {
            return Optional.of(page.html());
        }
        if (page.rechecking() != null && !page.rechecking().plus(RECHECK).isBefore(now)) {
            // one request reads the state again; the others meanwhile get the page as it was a second ago
            return Optional.of(page.html());
        }
        pages.put(key, new Page(page.state(), page.html(), page.made(), page.checked(), now));
        return Optional.empty();
    }

    /** The page kept under {@code key} if it was made from {@code state} within {@link #MAX_AGE}. */
    public synchronized Optional<String> page(String key, State state) {
        Page page = pages.get(key);
        Instant now = clock.instant();
        if (page == null || !page.state().equals(state) || page.made().plus(MAX_AGE).isBefore(now)) {
            return Optional.empty();
        }
        pages.put(key, new Page(page.state(), page.html(), page.made(), now, null));
        return Optional.of(page.html());
    }

    /** Keeps {@code html}, the page under {@code key} rendered just now from {@code state}; answers it. */
    public String keep(String key, State state, String html) {
        renderings.incrementAndGet();
        Instant now = clock.instant();
        synchronized (this) {
            pages.put(key, new Page(state, html, now, now, null));
        }
        return html;
    }

    /** The publications of {@code tenant} changed here: its pages are rendered again on their next request. */
    public synchronized void forget(String tenant) {
        pages.keySet().removeIf(key -> key.startsWith(tenant + "|"));
    }

    /** How many public pages were rendered for anonymous visitors since the start. */
    public long renderings() {
        return renderings.get();
    }
}
