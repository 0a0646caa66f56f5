package de.souveraen.reporting.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The report's pictures as server-rendered SVG (the same markup in the portal and the PDF): budget usage per line,
 * budget usage over time, migration status distribution and the risk heat map. Each picture has a title and a
 * description for screen readers; the pages and documents put a table with the same figures beside it. Colours
 * reach 3:1 against white for shapes and 4.5:1 for text (WCAG 2.1 AA, 1.4.3 and 1.4.11).
 */
public final class Charts {
    static final String SPENT = "#1f4e79";
    static final String COMMITTED = "#b85c00";
    static final String AVAILABLE = "#ffffff";
    static final String OUTLINE = "#595959";
    static final String TEXT = "#1a1a1a";
    static final String[] HEAT = {"#e5f5e0", "#c7e9c0", "#fee08b", "#fc8d59", "#b2182b"};

    private Charts() {
    }

    /** One budget line: what is spent, bound and still available of its adjusted appropriation. */
    public record BudgetBar(String label, BigDecimal adjusted, BigDecimal committed, BigDecimal spent,
            BigDecimal available) {
    }

    /** Horizontal stacked bars per line: spent, committed, available (outlined), scaled to the largest line. */
    public static String budgetUsage(List<BudgetBar> bars, Lang lang) {
        int labelWidth = 220;
        int barWidth = 420;
        int rowHeight = 30;
        int height = 40 + rowHeight * bars.size() + 30;
        double max = bars.stream().map(b -> b.adjusted().max(b.spent().add(b.committed())).doubleValue())
                .max(Double::compare).orElse(0d);
        StringBuilder description = new StringBuilder();
        for (BudgetBar bar : bars) {
            description.append(bar.label()).append(": ")
                    .append(lang.pick("ausgegeben ", "spent ")).append(Formats.money(bar.spent(), lang))
                    .append(lang.pick(", gebunden ", ", committed ")).append(Formats.money(bar.committed(), lang))
                    .append(lang.pick(", verfügbar ", ", available ")).append(Formats.money(bar.available(), lang))
                    .append(lang.pick(" von ", " of ")).append(Formats.money(bar.adjusted(), lang)).append(". ");
        }
        Svg svg = new Svg("budget-usage", labelWidth + barWidth + 20, height,
                lang.pick("Mittelverwendung je Haushaltszeile", "Budget usage per line"), description.toString().trim());
        legend(svg, 10, 18, lang);
        for (int i = 0; i < bars.size(); i++) {
            BudgetBar bar = bars.get(i);
            double y = 40 + i * rowHeight;
            svg.text(labelWidth - 8, y + 17, shorten(bar.label(), 34), "end", TEXT, false);
            double x = labelWidth;
            double scale = max <= 0 ? 0 : barWidth / max;
            double spent = bar.spent().doubleValue() * scale;
            double committed = bar.committed().doubleValue() * scale;
            double available = Math.max(0, bar.available().doubleValue()) * scale;
            svg.rect(x, y, spent, 22, SPENT, null, lang.pick("ausgegeben ", "spent ") + Formats.money(bar.spent(), lang));
            svg.rect(x + spent, y, committed, 22, COMMITTED, null,
                    lang.pick("gebunden ", "committed ") + Formats.money(bar.committed(), lang));
            svg.rect(x + spent + committed, y, available, 22, AVAILABLE, OUTLINE,
                    lang.pick("verfügbar ", "available ") + Formats.money(bar.available(), lang));
        }
        return svg.end();
    }

    private static void legend(Svg svg, double x, double y, Lang lang) {
        String[][] entries = {{SPENT, lang.pick("ausgegeben (Ist)", "spent")},
                {COMMITTED, lang.pick("gebunden", "committed")}, {AVAILABLE, lang.pick("verfügbar", "available")}};
        double at = x;
        for (String[] entry : entries) {
            svg.rect(at, y - 10, 12, 12, entry[0], OUTLINE, null);
            svg.text(at + 16, y, entry[1], "start", TEXT, false);
            at += 130;
        }
    }

    /** One point of cumulative spending. */
    public record SpendingPoint(LocalDate date, BigDecimal cumulativeSpent) {
    }

    /** Cumulative spending through the fiscal year against the adjusted appropriation (dashed line). */
    public static String usageOverTime(int year, List<SpendingPoint> points, BigDecimal adjusted, Lang lang) {
        int width = 640;
        int height = 260;
        // room on the left for the largest amount's label (12 px sans-serif: about 7.5 px a character), so that
        // seven-digit amounts are not cut off at the picture's edge
        double left = Math.max(90, 14 + 7.5 * Formats.money(adjusted.max(points.stream()
                .map(SpendingPoint::cumulativeSpent).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO)), lang)
                .length());
        double right = width - 20;
        double top = 20;
        double bottom = height - 40;
        double max = Math.max(adjusted.doubleValue(),
                points.stream().mapToDouble(p -> p.cumulativeSpent().doubleValue()).max().orElse(0));
        double yScale = max <= 0 ? 0 : (bottom - top) / max;
        LocalDate start = LocalDate.of(year, 1, 1);
        double days = start.lengthOfYear();
        BigDecimal last = points.isEmpty() ? BigDecimal.ZERO : points.get(points.size() - 1).cumulativeSpent();
        String description = lang.pick("Bis ", "By ")
                + (points.isEmpty() ? "–" : Formats.date(points.get(points.size() - 1).date(), lang))
                + lang.pick(" ausgegeben: ", " spent: ") + Formats.money(last, lang)
                + lang.pick(" von ", " of ") + Formats.money(adjusted, lang)
                + lang.pick(" (fortgeschriebener Ansatz).", " (adjusted appropriation).");
        Svg svg = new Svg("budget-over-time", width, height,
                lang.pick("Mittelabfluss " + year, "Spending in " + year), description);
        svg.line(left, bottom, right, bottom, OUTLINE, 1, false).line(left, top, left, bottom, OUTLINE, 1, false);
        double adjustedY = bottom - adjusted.doubleValue() * yScale;
        svg.line(left, adjustedY, right, adjustedY, COMMITTED, 1.5, true);
        svg.text(left - 6, adjustedY + 4, Formats.money(adjusted, lang), "end", TEXT, false);
        svg.text(left - 6, bottom + 4, Formats.money(BigDecimal.ZERO, lang), "end", TEXT, false);
        for (int quarter = 0; quarter <= 4; quarter++) {
            double x = left + (right - left) * quarter / 4.0;
            svg.line(x, bottom, x, bottom + 5, OUTLINE, 1, false);
            if (quarter < 4) {
                svg.text(x + (right - left) / 8.0, bottom + 20, "Q" + (quarter + 1), "middle", TEXT, false);
            }
        }
        StringBuilder polyline = new StringBuilder(Svg.num(left) + "," + Svg.num(bottom));
        for (SpendingPoint point : points) {
            double x = left + (right - left) * (point.date().getDayOfYear() - 1) / days;
            double y = bottom - point.cumulativeSpent().doubleValue() * yScale;
            polyline.append(' ').append(Svg.num(x)).append(',').append(Svg.num(y));
        }
        svg.polyline(polyline.toString(), SPENT, 2.5);
        return svg.end();
    }

    /** One migration status with its number of dependencies (label already translated). */
    public record StatusCount(String label, long count) {
    }

    /** Horizontal bars: how many dependencies are in which migration status. */
    public static String statusDistribution(List<StatusCount> counts, Lang lang) {
        int labelWidth = 200;
        int barWidth = 380;
        int rowHeight = 26;
        long max = counts.stream().mapToLong(StatusCount::count).max().orElse(0);
        StringBuilder description = new StringBuilder();
        counts.forEach(c -> description.append(c.label()).append(": ").append(Formats.integer(c.count(), lang))
                .append(". "));
        Svg svg = new Svg("migration-status", labelWidth + barWidth + 60, 10 + rowHeight * counts.size(),
                lang.pick("Abhängigkeiten nach Migrationsstatus", "Dependencies by migration status"),
                description.toString().trim());
        for (int i = 0; i < counts.size(); i++) {
            StatusCount count = counts.get(i);
            double y = 6 + i * rowHeight;
            double width = max == 0 ? 0 : barWidth * (double) count.count() / max;
            svg.text(labelWidth - 8, y + 14, count.label(), "end", TEXT, false);
            svg.rect(labelWidth, y, width, 18, SPENT, null, count.label() + ": " + count.count());
            svg.text(labelWidth + width + 6, y + 14, Formats.integer(count.count(), lang), "start", TEXT, true);
        }
        return svg.end();
    }

    /**
     * The risk heat map: likelihood (rows, 5 at the top) × impact (columns), each cell the number of open risks,
     * coloured by likelihood × impact. {@code counts[likelihood - 1][impact - 1]}.
     */
    public static String riskHeatMap(long[][] counts, Lang lang) {
        int cell = 56;
        double left = 150;
        double top = 10;
        StringBuilder description = new StringBuilder();
        for (int likelihood = 5; likelihood >= 1; likelihood--) {
            for (int impact = 1; impact <= 5; impact++) {
                long n = counts[likelihood - 1][impact - 1];
                if (n > 0) {
                    description.append(lang.pick("Wahrscheinlichkeit ", "likelihood ")).append(likelihood)
                            .append(lang.pick(", Auswirkung ", ", impact ")).append(impact).append(": ").append(n)
                            .append(lang.pick(n == 1 ? " Risiko. " : " Risiken. ", n == 1 ? " risk. " : " risks. "));
                }
            }
        }
        if (description.length() == 0) {
            description.append(lang.pick("Keine offenen Risiken.", "No open risks."));
        }
        Svg svg = new Svg("risk-heat-map", (int) left + cell * 5 + 20, (int) top + cell * 5 + 50,
                lang.pick("Risikomatrix: Wahrscheinlichkeit × Auswirkung", "Risk heat map: likelihood × impact"),
                description.toString().trim());
        for (int likelihood = 5; likelihood >= 1; likelihood--) {
            double y = top + (5 - likelihood) * cell;
            svg.text(left - 8, y + cell / 2.0 + 4, String.valueOf(likelihood), "end", TEXT, false);
            for (int impact = 1; impact <= 5; impact++) {
                double x = left + (impact - 1) * cell;
                int score = likelihood * impact;
                int level = score >= 20 ? 4 : score >= 12 ? 3 : score >= 6 ? 2 : score >= 3 ? 1 : 0;
                long n = counts[likelihood - 1][impact - 1];
                svg.rect(x, y, cell, cell, HEAT[level], "#ffffff", null);
                if (n > 0) {
                    svg.text(x + cell / 2.0, y + cell / 2.0 + 5, String.valueOf(n), "middle",
                            level == 4 ? "#ffffff" : TEXT, true);
                }
            }
        }
        for (int impact = 1; impact <= 5; impact++) {
            svg.text(left + (impact - 0.5) * cell, top + 5 * cell + 16, String.valueOf(impact), "middle", TEXT, false);
        }
        svg.text(left + 2.5 * cell, top + 5 * cell + 36, lang.pick("Auswirkung →", "Impact →"), "middle", TEXT, false);
        svg.text(10, top + 12, lang.pick("Wahrscheinlichkeit ↑", "Likelihood ↑"), "start", TEXT, false);
        return svg.end();
    }

    /** Blues from light to dark for SEAL levels 0..4, each outlined (shapes reach 3:1 by their outline). */
    static final String[] SEAL = {"#f7fbff", "#c6dbef", "#6baed6", "#2171b5", "#08306b"};

    /** One quarter of the sovereignty trend: its label, the average score (null when none) and SEAL counts 0..4. */
    public record TrendBar(String label, BigDecimal averageScore, List<Long> sealLevels) {
    }

    /**
     * The sovereignty trend: per quarter a stacked column of the assessed dependencies by SEAL level (left axis:
     * count) and the average score 0..100 as a line with its value above each quarter (right axis).
     */
    public static String sovereigntyTrend(List<TrendBar> bars, Lang lang) {
        int width = 640;
        int height = 280;
        double left = 60;
        double right = width - 60;
        double top = 40;
        double bottom = height - 40;
        long max = Math.max(1, bars.stream().mapToLong(b -> b.sealLevels().stream().mapToLong(Long::longValue).sum())
                .max().orElse(1));
        StringBuilder description = new StringBuilder();
        for (TrendBar bar : bars) {
            description.append(bar.label()).append(": ")
                    .append(lang.pick("Durchschnitt ", "average ")).append(Formats.decimal(bar.averageScore(), 1, lang))
                    .append("; SEAL");
            for (int level = 0; level < 5; level++) {
                description.append(' ').append(level).append(": ").append(bar.sealLevels().get(level))
                        .append(level < 4 ? "," : ".");
            }
            description.append(' ');
        }
        if (bars.isEmpty()) {
            description.append(lang.pick("Noch keine Bewertungen.", "No assessments yet."));
        }
        Svg svg = new Svg("sovereignty-trend", width, height,
                lang.pick("Souveränitätswert und SEAL-Stufen je Quartal", "Sovereignty score and SEAL levels per quarter"),
                description.toString().trim());
        double at = left;
        for (int level = 0; level < 5; level++) {
            svg.rect(at, 8, 12, 12, SEAL[level], OUTLINE, null);
            svg.text(at + 16, 18, "SEAL " + level, "start", TEXT, false);
            at += 78;
        }
        svg.line(at + 4, 14, at + 24, 14, COMMITTED, 2.5, false);
        svg.text(at + 28, 18, lang.pick("Durchschnitt", "Average"), "start", TEXT, false);
        svg.line(left, bottom, right, bottom, OUTLINE, 1, false).line(left, top, left, bottom, OUTLINE, 1, false)
                .line(right, top, right, bottom, OUTLINE, 1, false);
        svg.text(left - 6, bottom + 4, "0", "end", TEXT, false);
        svg.text(left - 6, top + 4, Formats.integer(max, lang), "end", TEXT, false);
        svg.text(right + 6, bottom + 4, "0", "start", TEXT, false);
        svg.text(right + 6, top + 4, "100", "start", TEXT, false);
        double slot = bars.isEmpty() ? 0 : (right - left) / bars.size();
        double column = Math.min(48, slot * 0.6);
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < bars.size(); i++) {
            TrendBar bar = bars.get(i);
            double x = left + slot * i + (slot - column) / 2;
            double y = bottom;
            for (int level = 0; level < 5; level++) {
                long n = bar.sealLevels().get(level);
                double h = (bottom - top) * n / max;
                y -= h;
                if (n > 0) {
                    svg.rect(x, y, column, h, SEAL[level], OUTLINE, "SEAL " + level + ": " + n);
                }
            }
            svg.text(x + column / 2, bottom + 18, bar.label(), "middle", TEXT, false);
            if (bar.averageScore() != null) {
                double cx = x + column / 2;
                double cy = bottom - (bottom - top) * bar.averageScore().doubleValue() / 100.0;
                line.append(line.length() == 0 ? "" : " ").append(Svg.num(cx)).append(',').append(Svg.num(cy));
                svg.text(cx, cy - 6, Formats.decimal(bar.averageScore(), 1, lang), "middle", TEXT, true);
            }
        }
        if (line.length() > 0) {
            svg.polyline(line.toString(), COMMITTED, 2.5);
        }
        return svg.end();
    }

    private static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** The exposure at one quarter's end: yearly cost subject to non-EU law, of it under the CLOUD Act or similar. */
    public record ExposureBar(String period, long dependencies, BigDecimal annualCost, BigDecimal cloudActCost) {
    }

    /**
     * Vertical bars per quarter: the yearly cost of the dependencies subject to non-EU law (outlined), the part of it
     * under a foreign-access law such as the CLOUD Act (filled), the number of dependencies above each bar.
     */
    public static String exposureTrend(List<ExposureBar> bars, Lang lang) {
        int width = 640;
        int height = 240;
        double left = 100;
        double right = width - 20;
        double top = 40;
        double bottom = height - 40;
        BigDecimal maxCost = bars.stream().map(ExposureBar::annualCost).max(java.util.Comparator.naturalOrder())
                .orElse(BigDecimal.ZERO);
        double max = maxCost.doubleValue(); // geometry only: every label is formatted from the exact amounts
        double scale = max <= 0 ? 0 : (bottom - top) / max;
        StringBuilder description = new StringBuilder();
        for (ExposureBar bar : bars) {
            description.append(bar.period()).append(": ").append(Formats.integer(bar.dependencies(), lang))
                    .append(lang.pick(" Abhängigkeiten, ", " dependencies, ")).append(Formats.money(bar.annualCost(), lang))
                    .append(lang.pick(" Jahreskosten, davon CLOUD Act ", " a year, of it CLOUD Act "))
                    .append(Formats.money(bar.cloudActCost(), lang)).append(". ");
        }
        Svg svg = new Svg("exposure-trend", width, height,
                lang.pick("Jahreskosten unter Nicht-EU-Recht je Quartal", "Yearly cost under non-EU law per quarter"),
                description.toString().trim());
        svg.rect(left, 8, 12, 12, SPENT, OUTLINE, null);
        svg.text(left + 16, 18, lang.pick("davon CLOUD Act o. Ä.", "of it CLOUD Act or similar"), "start", TEXT, false);
        svg.rect(left + 220, 8, 12, 12, AVAILABLE, OUTLINE, null);
        svg.text(left + 236, 18, lang.pick("Nicht-EU-Recht gesamt", "non-EU law in total"), "start", TEXT, false);
        svg.line(left, bottom, right, bottom, OUTLINE, 1, false).line(left, top, left, bottom, OUTLINE, 1, false);
        svg.text(left - 6, bottom + 4, Formats.money(BigDecimal.ZERO, lang), "end", TEXT, false);
        if (max > 0) {
            svg.text(left - 6, top + 4, Formats.money(maxCost.setScale(0, java.math.RoundingMode.HALF_UP),
                    lang), "end", TEXT, false);
        }
        double slot = bars.isEmpty() ? 0 : (right - left) / bars.size();
        double barWidth = Math.min(40, slot * 0.6);
        for (int i = 0; i < bars.size(); i++) {
            ExposureBar bar = bars.get(i);
            double x = left + slot * i + (slot - barWidth) / 2;
            double total = bar.annualCost().doubleValue() * scale;
            double access = bar.cloudActCost().doubleValue() * scale;
            svg.rect(x, bottom - total, barWidth, total, AVAILABLE, OUTLINE,
                    bar.period() + ": " + Formats.money(bar.annualCost(), lang));
            svg.rect(x, bottom - access, barWidth, access, SPENT, null,
                    bar.period() + " CLOUD Act: " + Formats.money(bar.cloudActCost(), lang));
            svg.text(x + barWidth / 2, bottom - total - 4, Formats.integer(bar.dependencies(), lang), "middle", TEXT,
                    true);
            svg.text(x + barWidth / 2, bottom + 16, bar.period().replace("-", " "), "middle", TEXT, false);
        }
        return svg.end();
    }
}
