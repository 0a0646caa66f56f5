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
import de.souveraen.reporting.report.QuarterlyReport.Finances;
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
 * quarter, frozen), the totals, the over-plan approvals up to the quarter and the multi-year financial plan.
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
        return new Finances(year, any == null ? null : any.budgetTitle(), any == null ? null : any.resolution(),
                new Money(total[0], total[1], total[2], total[3], available, percent(total[3], total[1]), total[4]),
                lines, total[5], overPlan, plan);
    }

    private static BigDecimal sum(List<BudgetBucket> buckets, Function<BudgetBucket, BigDecimal> field) {
        return buckets.stream().map(field).reduce(ZERO, BigDecimal::add);
    }
}
