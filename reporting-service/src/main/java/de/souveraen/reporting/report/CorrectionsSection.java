package de.souveraen.reporting.report;

import static de.souveraen.reporting.report.SectionSupport.ZERO;

import de.souveraen.reporting.report.QuarterlyReport.Correction;
import de.souveraen.reporting.report.QuarterlyReport.Line;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Corrections: what changed in a published quarter since its publication (late bookings, reversals), compared
 * on the finance figures, in total (adjusted, committed, spent) and per line (spent; a line gone counts as zero).
 */
final class CorrectionsSection {
    private CorrectionsSection() {
    }

    static List<Correction> between(QuarterlyReport published, QuarterlyReport now) {
        List<Correction> out = new ArrayList<>();
        String period = published.meta().period();
        compare(out, period, "finances.total.adjusted", published.finances().total().adjusted(),
                now.finances().total().adjusted());
        compare(out, period, "finances.total.committed", published.finances().total().committed(),
                now.finances().total().committed());
        compare(out, period, "finances.total.spent", published.finances().total().spent(),
                now.finances().total().spent());
        for (Line before : published.finances().lines()) {
            Line after = now.finances().lines().stream().filter(l -> l.code().equals(before.code())).findFirst()
                    .orElse(null);
            BigDecimal spentNow = after == null ? ZERO : after.spent();
            compare(out, period, "finances.lines." + before.code() + ".spent", before.spent(), spentNow);
        }
        return out;
    }

    private static void compare(List<Correction> out, String period, String field, BigDecimal published,
            BigDecimal now) {
        if (published.compareTo(now) != 0) {
            out.add(new Correction(period, field, published, now));
        }
    }
}
