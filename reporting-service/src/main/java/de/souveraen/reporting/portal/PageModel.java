package de.souveraen.reporting.portal;

import java.util.List;

/** What a portal page shows: sections with text, an SVG picture and a table (all strings already formatted). */
public final class PageModel {
    private PageModel() {
    }

    public record NavItem(String href, String label, boolean current) {
    }

    public record Table(String caption, List<String> headers, List<Boolean> numeric, List<List<String>> rows) {
    }

    public record Section(String heading, List<String> paragraphs, String chart, Table table) {
    }
}
