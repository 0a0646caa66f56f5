package de.souveraen.reporting.report;

import static de.souveraen.reporting.report.SectionSupport.list;
import static de.souveraen.reporting.report.SectionSupport.scoreOn;
import static de.souveraen.reporting.report.SectionSupport.share;
import static de.souveraen.reporting.report.SectionSupport.statusOn;
import static de.souveraen.reporting.report.SectionSupport.within;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.reporting.readmodel.Docs;
import de.souveraen.reporting.readmodel.Docs.DependencyDoc;
import de.souveraen.contracts.workgroup.ActionItemStatus;
import de.souveraen.contracts.workgroup.MeasureStatus;
import de.souveraen.reporting.readmodel.Docs.ActionItemDoc;
import de.souveraen.reporting.readmodel.Docs.BudgetLineDoc;
import de.souveraen.reporting.readmodel.Docs.MeasureDoc;
import de.souveraen.reporting.readmodel.Docs.MilestoneDoc;
import de.souveraen.reporting.readmodel.Docs.ScoreAt;
import de.souveraen.reporting.readmodel.Quarters;
import de.souveraen.reporting.report.QuarterlyReport.ActionItemEntry;
import de.souveraen.reporting.report.QuarterlyReport.ActionItems;
import de.souveraen.reporting.report.QuarterlyReport.MeasureItem;
import de.souveraen.reporting.report.QuarterlyReport.MilestoneItem;
import de.souveraen.reporting.report.QuarterlyReport.Progress;
import de.souveraen.reporting.report.QuarterlyReport.TrendPoint;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.UUID;
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
 * the change during it, the shares assessed and with an alternative selected, and the roadmap steps due in it;
 * the programme's measures with progress derived from their milestones (see ADR 0025), the sovereignty trend
 * per quarter, and the working group's action items.
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
        List<MeasureItem> measures = measures(period, docs, all);
        return new Progress(known.size(), atEnd, change, share(assessed, known.size()), share(selected, known.size()),
                due, due.stream().filter(RoadmapStep::done).count(), measures,
                measures.stream().filter(MeasureItem::onTrack).count(), trend(period, known), actionItems(period, docs));
    }

    /** The measures defined by the quarter's end, by mandate (the motion's order) and title. */
    static List<MeasureItem> measures(Period period, Map<String, List<JsonNode>> docs, List<DependencyDoc> deps) {
        LocalDate first = period.first();
        LocalDate last = period.last();
        Map<UUID, String> names = new HashMap<>();
        deps.forEach(d -> names.put(d.id(), d.name()));
        Map<String, String> lineTitles = new HashMap<>();
        list(docs, Docs.BUDGET_LINE, BudgetLineDoc.class).stream().filter(l -> l.year() == period.year())
                .forEach(l -> lineTitles.put(l.code(), l.title()));
        List<MeasureItem> items = new ArrayList<>();
        for (MeasureDoc m : list(docs, Docs.MEASURE, MeasureDoc.class)) {
            if (m.definedOn() == null || m.definedOn().isAfter(last)) {
                continue;
            }
            List<MilestoneDoc> counted = m.milestones().stream()
                    .filter(ms -> ms.plannedOn() == null || !ms.plannedOn().isAfter(last))
                    .filter(ms -> ms.droppedOn() == null || ms.droppedOn().isAfter(last)).toList();
            List<MilestoneDoc> reached = counted.stream()
                    .filter(ms -> ms.reachedOn() != null && !ms.reachedOn().isAfter(last)).toList();
            List<MilestoneItem> achieved = reached.stream().filter(ms -> within(ms.reachedOn(), first, last))
                    .sorted(Comparator.comparing(MilestoneDoc::reachedOn).thenComparing(MilestoneDoc::title))
                    .map(ms -> milestone(m, ms)).toList();
            List<MilestoneItem> late = counted.stream()
                    .filter(ms -> ms.due() != null && !ms.due().isAfter(last)
                            && (ms.reachedOn() == null || ms.reachedOn().isAfter(last)))
                    .sorted(Comparator.comparing(MilestoneDoc::due).thenComparing(MilestoneDoc::title))
                    .map(ms -> milestone(m, ms)).toList();
            MeasureStatus status = m.closedOn() != null && !m.closedOn().isAfter(last) ? m.status()
                    : MeasureStatus.ACTIVE;
            boolean onTrack = status != MeasureStatus.STOPPED && late.isEmpty();
            items.add(new MeasureItem(m.id(), m.title(), m.mandate(), m.responsible(), status, onTrack,
                    reached.size(), counted.size(), share(reached.size(), counted.size()), achieved, late,
                    m.budgetLine(), m.budgetLine() == null ? null : lineTitles.get(m.budgetLine()),
                    m.dependencies().stream().map(id -> names.getOrDefault(id, id.toString())).toList()));
        }
        items.sort(Comparator.comparing(MeasureItem::mandate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(MeasureItem::title));
        return items;
    }

    private static MilestoneItem milestone(MeasureDoc m, MilestoneDoc ms) {
        return new MilestoneItem(m.title(), ms.title(), ms.due(), ms.reachedOn(), ms.note());
    }

    /**
     * Per quarter from the first assessment's up to the report's: the dependencies registered and assessed by its
     * end, their average score (latest assessment each) and the SEAL level distribution.
     */
    static List<TrendPoint> trend(Period period, List<DependencyDoc> known) {
        LocalDate start = known.stream().flatMap(d -> d.assessments().stream()).map(ScoreAt::date)
                .min(Comparator.naturalOrder()).orElse(null);
        List<TrendPoint> points = new ArrayList<>();
        if (start == null || start.isAfter(period.last())) {
            return points;
        }
        Period q = new Period(start.getYear(), Quarters.of(start));
        while (!q.first().isAfter(period.last())) {
            LocalDate end = q.last();
            long[] seal = new long[5];
            BigDecimal sum = BigDecimal.ZERO;
            long n = 0;
            for (DependencyDoc d : known) {
                ScoreAt score = d.registeredOn().isAfter(end) ? null : scoreOn(d, end);
                if (score != null) {
                    n++;
                    sum = sum.add(score.score());
                    seal[Math.max(0, Math.min(4, score.sealLevel()))]++;
                }
            }
            points.add(new TrendPoint(q.toString(), n,
                    n == 0 ? null : sum.divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP),
                    List.of(seal[0], seal[1], seal[2], seal[3], seal[4])));
            q = q.next();
        }
        return points;
    }

    /** Action items assigned by the quarter's end: open ones, those done in the quarter, and the open ones past due. */
    static ActionItems actionItems(Period period, Map<String, List<JsonNode>> docs) {
        LocalDate last = period.last();
        List<ActionItemDoc> all = list(docs, Docs.ACTION_ITEM, ActionItemDoc.class).stream()
                .filter(a -> a.assignedOn() == null || !a.assignedOn().isAfter(last)).toList();
        Comparator<ActionItemEntry> order = Comparator.comparing(ActionItemEntry::due,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(ActionItemEntry::title);
        List<ActionItemEntry> open = new ArrayList<>();
        List<ActionItemEntry> done = new ArrayList<>();
        List<ActionItemEntry> overdue = new ArrayList<>();
        for (ActionItemDoc a : all) {
            boolean doneByEnd = a.doneOn() != null && !a.doneOn().isAfter(last);
            if (doneByEnd) {
                if (within(a.doneOn(), period.first(), last)) {
                    done.add(new ActionItemEntry(a.id(), a.title(), a.owner(), a.due(), ActionItemStatus.DONE,
                            a.doneOn()));
                }
                continue;
            }
            ActionItemStatus status = a.status() == ActionItemStatus.DONE ? ActionItemStatus.IN_PROGRESS : a.status();
            ActionItemEntry entry = new ActionItemEntry(a.id(), a.title(), a.owner(), a.due(), status, null);
            if (a.due() != null && !a.due().isAfter(last)) {
                overdue.add(entry);
            } else {
                open.add(entry);
            }
        }
        open.sort(order);
        done.sort(order);
        overdue.sort(order);
        return new ActionItems(open, done, overdue);
    }
}
