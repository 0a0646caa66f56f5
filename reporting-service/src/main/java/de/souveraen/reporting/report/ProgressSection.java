package de.souveraen.reporting.report;

import static de.souveraen.reporting.report.SectionSupport.list;
import static de.souveraen.reporting.report.SectionSupport.scoreOn;
import static de.souveraen.reporting.report.SectionSupport.share;
import static de.souveraen.reporting.report.SectionSupport.statusOn;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.reporting.readmodel.Docs;
import de.souveraen.reporting.readmodel.Docs.DependencyDoc;
import de.souveraen.reporting.report.QuarterlyReport.Progress;
import de.souveraen.reporting.report.QuarterlyReport.RoadmapStep;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Progress and status: the dependencies registered by the quarter's end, per migration status at its end and
 * the change during it, the shares assessed and with an alternative selected, and the roadmap steps due in it.
 */
final class ProgressSection {
    private static final Set<MigrationStatus> ALTERNATIVE_SELECTED = Set.of(MigrationStatus.ALTERNATIVE_SELECTED,
            MigrationStatus.PILOT, MigrationStatus.MIGRATING, MigrationStatus.MIGRATED, MigrationStatus.RETIRED);

    private ProgressSection() {
    }

    static Progress of(Period period, Map<String, List<JsonNode>> docs) {
        List<DependencyDoc> all = list(docs, Docs.DEPENDENCY, DependencyDoc.class);
        LocalDate last = period.last();
        LocalDate before = period.first().minusDays(1);
        List<DependencyDoc> known = all.stream().filter(d -> !d.registeredOn().isAfter(last)).toList();
        Map<MigrationStatus, Long> atEnd = new EnumMap<>(MigrationStatus.class);
        Map<MigrationStatus, Long> change = new EnumMap<>(MigrationStatus.class);
        for (MigrationStatus s : MigrationStatus.values()) {
            atEnd.put(s, 0L);
            change.put(s, 0L);
        }
        long assessed = 0;
        long selected = 0;
        List<RoadmapStep> due = new ArrayList<>();
        for (DependencyDoc d : known) {
            MigrationStatus end = statusOn(d, last);
            atEnd.merge(end, 1L, Long::sum);
            change.merge(end, 1L, Long::sum);
            MigrationStatus start = statusOn(d, before);
            if (start != null) {
                change.merge(start, -1L, Long::sum);
            }
            if (scoreOn(d, last) != null) {
                assessed++;
            }
            if (ALTERNATIVE_SELECTED.contains(end)) {
                selected++;
            }
            d.plan().forEach((step, quarter) -> {
                if (period.toString().equals(quarter)) {
                    boolean done = end != MigrationStatus.KEPT && end.ordinal() >= step.ordinal();
                    due.add(new RoadmapStep(d.id(), d.name(), step, quarter, done));
                }
            });
        }
        due.sort(Comparator.comparing(RoadmapStep::dependency).thenComparing(RoadmapStep::step));
        return new Progress(known.size(), atEnd, change, share(assessed, known.size()), share(selected, known.size()),
                due, due.stream().filter(RoadmapStep::done).count());
    }
}
