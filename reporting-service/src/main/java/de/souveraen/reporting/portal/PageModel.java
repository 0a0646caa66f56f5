package de.souveraen.reporting.portal;

import java.util.List;

/** What a portal page shows: sections with text, an SVG picture and a table (all strings already formatted). */
public final class PageModel {
    private PageModel() {
    }

    public record NavItem(String href, String label, boolean current) {
    }

    /** A link the template renders as {@code <a href>} (both parts escaped). */
    public record Link(String href, String text, String label) {
    }

    /**
     * A table; {@code rowLinks}, when present, is one more column per row holding links (its header is the last
     * of {@code headers}).
     */
    public record Table(String caption, List<String> headers, List<Boolean> numeric, List<List<String>> rows,
            List<List<Link>> rowLinks) {
        public Table(String caption, List<String> headers, List<Boolean> numeric, List<List<String>> rows) {
            this(caption, headers, numeric, rows, null);
        }
    }

    public record Section(String heading, List<String> paragraphs, String chart, Table table) {
    }
}
