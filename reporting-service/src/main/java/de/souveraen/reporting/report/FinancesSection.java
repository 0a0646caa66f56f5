package de.souveraen.reporting.report;

import static de.souveraen.reporting.report.SectionSupport.ZERO;
import static de.souveraen.reporting.report.SectionSupport.list;
import static de.souveraen.reporting.report.SectionSupport.percent;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.reporting.readmodel.Docs;
import de.souveraen.reporting.readmodel.Docs.BudgetBucket;
import de.souveraen.reporting.readmodel.Docs.BudgetLineDoc;
import de.souveraen.reporting.readmodel.Docs.OverPlanDoc;
import de.souveraen.reporting.readmodel.Docs.PlanDoc;
import de.souveraen.reporting.readmodel.Quarters;
import de.souveraen.reporting.readmodel.Docs.CarryOverDoc;
import de.souveraen.reporting.readmodel.Docs.FreezeDoc;
import de.souveraen.reporting.readmodel.Docs.FreezePeriod;
import de.souveraen.reporting.readmodel.Docs.MeasureDoc;
import de.souveraen.reporting.report.QuarterlyReport.CarryOverItem;
import de.souveraen.reporting.report.QuarterlyReport.Finances;
import de.souveraen.reporting.report.QuarterlyReport.FreezeItem;
import de.souveraen.reporting.report.QuarterlyReport.MeasureSpending;
import java.time.LocalDate;
import java.util.HashMap;
import de.souveraen.reporting.report.QuarterlyReport.Line;
import de.souveraen.reporting.report.QuarterlyReport.Money;
import de.souveraen.reporting.report.QuarterlyReport.OverPlanItem;
import de.souveraen.reporting.report.QuarterlyReport.PlanItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finances: per budget line of the quarter's fiscal year the buckets summed up to the quarter's end
 * (appropriated, adjusted, committed, spent, available = adjusted − committed − spent, percent used, spent in the
 * quarter, frozen), the totals, the over-plan approvals up to the quarter and the multi-year financial plan; the
 * freezes in force in the quarter (treasurer § 25 KomHVO NRW or council § 81 GO NRW) with their releases, the
 * carry-overs of the year so far, and the spending per measure (through the measure's linked budget line).
 */
final class FinancesSection {
    private FinancesSection() {
    }

    static Finances of(Period period, Map<String, List<JsonNode>> docs) {
        int year = period.year();
        List<BudgetLineDoc> lineDocs = list(docs, Docs.BUDGET_LINE, BudgetLineDoc.class).stream()
                .filter(l -> l.year() == year).sorted(Comparator.comparing(BudgetLineDoc::code)).toList();
        List<BudgetBucket> buckets = list(docs, Docs.BUDGET_BUCKET, BudgetBucket.class).stream()
                .filter(b -> b.year() == year && b.quarter() <= period.quarter()).toList();
        List<Line> lines = new ArrayList<>();
        BigDecimal[] total = {ZERO, ZERO, ZERO, ZERO, ZERO, ZERO};
        for (BudgetLineDoc l : lineDocs) {
            List<BudgetBucket> mine = buckets.stream().filter(b -> b.line().equals(l.code())).toList();
            BigDecimal appropriated = sum(mine, BudgetBucket::appropriated);
            BigDecimal adjusted = sum(mine, BudgetBucket::adjusted);
            BigDecimal committed = sum(mine, BudgetBucket::committed);
            BigDecimal spent = sum(mine, BudgetBucket::spent);
            BigDecimal overPlan = sum(mine, BudgetBucket::overPlan);
            BigDecimal inQuarter = sum(mine.stream().filter(b -> b.quarter() == period.quarter()).toList(),
                    BudgetBucket::spent);
            BigDecimal available = adjusted.subtract(committed).subtract(spent);
            lines.add(new Line(l.code(), l.title(), appropriated, adjusted, committed, spent, available,
                    percent(spent, adjusted), inQuarter, l.frozen()));
            total[0] = total[0].add(appropriated);
            total[1] = total[1].add(adjusted);
            total[2] = total[2].add(committed);
            total[3] = total[3].add(spent);
            total[4] = total[4].add(overPlan);
            total[5] = total[5].add(inQuarter);
        }
        BigDecimal available = total[1].subtract(total[2]).subtract(total[3]);
        List<OverPlanItem> overPlan = list(docs, Docs.OVER_PLAN, OverPlanDoc.class).stream()
                .filter(o -> o.year() == year && Quarters.within(year, o.date()) <= period.quarter())
                .map(o -> new OverPlanItem(o.lineCode(), o.approvalReference(), o.amount(), o.date(), o.what()))
                .sorted(Comparator.comparing(OverPlanItem::date).thenComparing(OverPlanItem::lineCode)
                        .thenComparing(OverPlanItem::approvalReference))
                .toList();
        List<PlanItem> plan = list(docs, Docs.BUDGET_PLAN, PlanDoc.class).stream().filter(p -> p.year() == year)
                .flatMap(p -> p.plan().stream()).map(p -> new PlanItem(p.fiscalYear(), p.amount()))
                .sorted(Comparator.comparingInt(PlanItem::fiscalYear)).toList();
        BudgetLineDoc any = lineDocs.stream().filter(l -> l.budgetTitle() != null).findFirst().orElse(null);
        Map<String, String> titles = new HashMap<>();
        lineDocs.forEach(l -> titles.put(l.code(), l.title()));
        return new Finances(year, any == null ? null : any.budgetTitle(), any == null ? null : any.resolution(),
                new Money(total[0], total[1], total[2], total[3], available, percent(total[3], total[1]), total[4]),
                lines, total[5], overPlan, plan, freezes(period, docs, titles), carryOvers(period, docs, titles),
                measureSpending(period, docs, lines));
    }

    /** The freezes of the fiscal year in force at some time in the quarter, as they stood at its end. */
    static List<FreezeItem> freezes(Period period, Map<String, List<JsonNode>> docs, Map<String, String> titles) {
        LocalDate first = period.first();
        LocalDate last = period.last();
        List<FreezeItem> items = new ArrayList<>();
        for (FreezeDoc doc : list(docs, Docs.FREEZE, FreezeDoc.class)) {
            if (doc.year() != period.year()) {
                continue;
            }
            for (FreezePeriod f : doc.periods()) {
                boolean released = f.releasedOn() != null && !f.releasedOn().isAfter(last);
                if (f.frozenOn().isAfter(last) || released && f.releasedOn().isBefore(first)) {
                    continue;
                }
                items.add(new FreezeItem(doc.lineCode(), titles.getOrDefault(doc.lineCode(), doc.lineCode()),
                        f.authority(), f.reference(), f.reason(), f.frozenOn(),
                        released ? f.releaseReference() : null, released ? f.releasedOn() : null));
            }
        }
        items.sort(Comparator.comparing(FreezeItem::frozenOn).thenComparing(FreezeItem::lineCode));
        return items;
    }

    /** The carry-overs the fiscal year gave or received up to the quarter's end. */
    static List<CarryOverItem> carryOvers(Period period, Map<String, List<JsonNode>> docs,
            Map<String, String> titles) {
        return list(docs, Docs.CARRY_OVER, CarryOverDoc.class).stream()
                .filter(c -> c.year() == period.year() && c.date() != null && !c.date().isAfter(period.last()))
                .map(c -> new CarryOverItem(c.lineCode(), titles.getOrDefault(c.lineCode(), c.lineCode()),
                        c.outgoing(), c.otherYear(), c.amount(), c.reference(), c.date()))
                .sorted(Comparator.comparing(CarryOverItem::date).thenComparing(CarryOverItem::lineCode))
                .toList();
    }

    /** Each measure defined by the quarter's end with a budget line of the year: that line's figures. */
    static List<MeasureSpending> measureSpending(Period period, Map<String, List<JsonNode>> docs, List<Line> lines) {
        Map<String, Line> byCode = new HashMap<>();
        lines.forEach(l -> byCode.put(l.code(), l));
        return list(docs, Docs.MEASURE, MeasureDoc.class).stream()
                .filter(m -> m.definedOn() != null && !m.definedOn().isAfter(period.last()))
                .filter(m -> m.budgetLine() != null && byCode.containsKey(m.budgetLine()))
                .map(m -> {
                    Line l = byCode.get(m.budgetLine());
                    return new MeasureSpending(m.title(), l.code(), l.title(), l.adjusted(), l.spent(),
                            l.spentInQuarter());
                })
                .sorted(Comparator.comparing(MeasureSpending::lineCode).thenComparing(MeasureSpending::measure))
                .toList();
    }

    private static BigDecimal sum(List<BudgetBucket> buckets, Function<BudgetBucket, BigDecimal> field) {
        return buckets.stream().map(field).reduce(ZERO, BigDecimal::add);
    }
}
