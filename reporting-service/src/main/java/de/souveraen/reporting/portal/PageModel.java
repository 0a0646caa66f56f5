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

    /**
     * One section of a page or document. {@code key} names a report section ({@code progress}, {@code risks},
     * {@code decisions}, {@code finances}, {@code trainings}; null elsewhere); {@code narrative} is the
     * administration's text for the quarter (null when none); {@code parts} are sub-sections (each with its own
     * heading, text, chart and table) shown after the section's own chart and table.
     */
    public record Section(String key, String heading, String narrative, List<String> paragraphs, String chart,
            Table table, List<Section> parts) {
        public Section {
            paragraphs = paragraphs == null ? List.of() : paragraphs;
            parts = parts == null ? List.of() : parts;
        }

        public Section(String heading, List<String> paragraphs, String chart, Table table) {
            this(null, heading, null, paragraphs, chart, table, List.of());
        }

        public Section withKey(String newKey) {
            return new Section(newKey, heading, narrative, paragraphs, chart, table, parts);
        }

        public Section withNarrative(String text) {
            return new Section(key, heading, text, paragraphs, chart, table, parts);
        }

        public Section withParts(List<Section> newParts) {
            return new Section(key, heading, narrative, paragraphs, chart, table, newParts);
        }
    }
}
