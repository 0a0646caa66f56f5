package de.souveraen.reporting.report;

import static de.souveraen.reporting.report.SectionSupport.list;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.reporting.readmodel.Docs;
import de.souveraen.reporting.readmodel.Docs.EventCount;
import de.souveraen.reporting.readmodel.Quarters;
import de.souveraen.reporting.report.QuarterlyReport.Meta;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report's meta before generation: the quarter, its business dates, the instant the figures stand at (the
 * start of the next quarter, Berlin time) and the events per source up to the quarter's end.
 */
final class MetaSection {
    private MetaSection() {
    }

    static Meta of(Period period, Map<String, List<JsonNode>> docs) {
        Instant asOf = period.next().first().atStartOfDay(Quarters.BERLIN).toInstant();
        return new Meta(period.toString(), period.first(), period.last(), asOf, null, events(period, docs), null,
                false, null);
    }

    private static Map<String, Long> events(Period period, Map<String, List<JsonNode>> docs) {
        Map<String, Long> counts = new TreeMap<>(Map.of("budget", 0L, "inventory", 0L, "workgroup", 0L));
        for (EventCount c : list(docs, Docs.EVENT_COUNT, EventCount.class)) {
            if (c.year() < period.year() || (c.year() == period.year() && c.quarter() <= period.quarter())) {
                counts.merge(c.source(), c.events(), Long::sum);
            }
        }
        return counts;
    }
}
