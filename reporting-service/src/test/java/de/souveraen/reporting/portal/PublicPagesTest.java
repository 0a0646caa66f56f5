package de.souveraen.reporting.portal;

import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.reporting.municipality.Municipality;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A kept public page is served without a read for a second after its state was read, then only while the state
 * read again is the same (one request reads it, the others get the page meanwhile); a changed registry entry, a
 * publication of this service and the maximum age end it.
 */
class PublicPagesTest {
    /** A clock moved by hand. */
    private static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-12-05T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    private static final Municipality BLANKENHEIM = Municipality.derived("blankenheim");
    private static final String KEY = "blankenheim|/blankenheim/reports|DE";

    @Test
    void a_kept_page_is_served_without_a_read_within_the_recheck_and_after_it_only_for_the_same_state() {
        HandClock clock = new HandClock();
        PublicPages pages = new PublicPages(clock);
        PublicPages.State one = new PublicPages.State(BLANKENHEIM, List.of(List.of("2026-Q2", "veröffentlicht")));
        assertThat(pages.recent(KEY, BLANKENHEIM)).isEmpty();
        pages.keep(KEY, one, "<html>Q2</html>");
        assertThat(pages.renderings()).isEqualTo(1);

        clock.advance(Duration.ofMillis(900));
        assertThat(pages.recent(KEY, BLANKENHEIM)).hasValue("<html>Q2</html>");
        // the registry entry changed (a new name): read and render again
        Municipality renamed = new Municipality("blankenheim", "Gemeinde Blankenheim (Ahr)", BLANKENHEIM.councilName(),
                null, null, null, null, null, null, true);
        assertThat(pages.recent(KEY, renamed)).isEmpty();

        // past the recheck the publications are read again: the same state serves the page and restarts the recheck
        clock.advance(Duration.ofMillis(200));
        assertThat(pages.recent(KEY, BLANKENHEIM)).as("the first request after the recheck reads the state").isEmpty();
        assertThat(pages.recent(KEY, BLANKENHEIM)).as("the others meanwhile get the page as it was")
                .hasValue("<html>Q2</html>");
        assertThat(pages.page(KEY, new PublicPages.State(BLANKENHEIM, List.of(List.of("2026-Q2", "veröffentlicht")))))
                .hasValue("<html>Q2</html>");
        assertThat(pages.recent(KEY, BLANKENHEIM)).hasValue("<html>Q2</html>");

        // another instance published a quarter: the state read differs, the page is rendered again
        clock.advance(PublicPages.RECHECK.plusMillis(1));
        assertThat(pages.recent(KEY, BLANKENHEIM)).isEmpty();
        PublicPages.State two = new PublicPages.State(BLANKENHEIM, List.of(List.of("2026-Q3", "veröffentlicht"),
                List.of("2026-Q2", "veröffentlicht")));
        assertThat(pages.page(KEY, two)).isEmpty();
        pages.keep(KEY, two, "<html>Q3 Q2</html>");
        assertThat(pages.recent(KEY, BLANKENHEIM)).hasValue("<html>Q3 Q2</html>");

        // this service published: the municipality's pages are gone at once, another municipality's stay
        pages.keep("nettersheim|/nettersheim/|DE", new PublicPages.State(Municipality.derived("nettersheim"),
                List.of()), "<html>N</html>");
        pages.forget("blankenheim");
        assertThat(pages.recent(KEY, BLANKENHEIM)).isEmpty();
        assertThat(pages.page(KEY, two)).isEmpty();
        assertThat(pages.recent("nettersheim|/nettersheim/|DE", Municipality.derived("nettersheim")))
                .hasValue("<html>N</html>");

        // a request that read the state but never came back (a failed query) does not hold the page for ever
        pages.keep(KEY, two, "<html>Q3 Q2</html>");
        clock.advance(PublicPages.RECHECK.plusMillis(1));
        assertThat(pages.recent(KEY, BLANKENHEIM)).isEmpty();
        clock.advance(PublicPages.RECHECK.plusMillis(1));
        assertThat(pages.recent(KEY, BLANKENHEIM)).as("the recheck of the lost request ran out: read again").isEmpty();

        // a page older than the maximum age is rendered again even for the same state
        clock.advance(PublicPages.MAX_AGE);
        assertThat(pages.recent(KEY, BLANKENHEIM)).isEmpty();
        assertThat(pages.page(KEY, two)).isEmpty();
    }
}
