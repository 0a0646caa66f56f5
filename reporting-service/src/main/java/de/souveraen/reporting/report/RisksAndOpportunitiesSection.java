package de.souveraen.reporting.report;

import static de.souveraen.reporting.report.SectionSupport.ZERO;
import static de.souveraen.reporting.report.SectionSupport.list;
import static de.souveraen.reporting.report.SectionSupport.money;
import static de.souveraen.reporting.report.SectionSupport.scoreOn;
import static de.souveraen.reporting.report.SectionSupport.within;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.inventory.OpportunityStatus;
import de.souveraen.reporting.readmodel.Docs;
import de.souveraen.reporting.readmodel.Docs.DependencyDoc;
import de.souveraen.reporting.readmodel.Docs.OpportunityDoc;
import de.souveraen.reporting.readmodel.Docs.RiskDoc;
import de.souveraen.reporting.readmodel.Docs.RiskScoreAt;
import de.souveraen.reporting.readmodel.Docs.ScoreAt;
import de.souveraen.reporting.report.QuarterlyReport.OpportunityItem;
import de.souveraen.reporting.report.QuarterlyReport.RiskItem;
import de.souveraen.reporting.report.QuarterlyReport.RisksAndOpportunities;
import de.souveraen.reporting.report.QuarterlyReport.WeakDependency;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Opportunities and risks: the five highest open risks at the quarter's end (likelihood × impact, with owner,
 * mitigation and the trend against the previous quarter's end: a risk without history keeps its score), the risks
 * raised and closed in it, the five dependencies with the weakest sovereignty score, and the opportunities not
 * dropped with their yearly savings.
 */
final class RisksAndOpportunitiesSection {
    private static final int TOP = 5;

    private RisksAndOpportunitiesSection() {
    }

    /** The risk now, with its score at {@code before} (the previous quarter's end) and the trend. */
    private static RiskItem item(RiskDoc r, LocalDate before) {
        int score = r.likelihood() * r.impact();
        Integer previous = null;
        if (!r.raisedOn().isAfter(before)) {
            RiskScoreAt at = null;
            for (RiskScoreAt h : r.history()) {
                if (!h.date().isAfter(before)) {
                    at = h;
                }
            }
            previous = at == null || at.likelihood() == null || at.impact() == null ? score
                    : at.likelihood() * at.impact();
        }
        String trend = previous == null ? "NEW" : score > previous ? "UP" : score < previous ? "DOWN" : "SAME";
        return new RiskItem(r.id(), r.title(), r.category(), r.likelihood(), r.impact(), score, r.owner(),
                r.mitigation(), previous, trend);
    }

    static RisksAndOpportunities of(Period period, Map<String, List<JsonNode>> docs) {
        LocalDate first = period.first();
        LocalDate last = period.last();
        List<RiskDoc> risks = list(docs, Docs.RISK, RiskDoc.class);
        List<RiskItem> open = risks.stream()
                .filter(r -> !r.raisedOn().isAfter(last) && (r.closedOn() == null || r.closedOn().isAfter(last)))
                .map(r -> item(r, period.previous().last()))
                .sorted(Comparator.comparingInt(RiskItem::score).reversed().thenComparing(RiskItem::title)
                        .thenComparing(r -> r.id().toString()))
                .limit(TOP).toList();
        long raised = risks.stream().filter(r -> within(r.raisedOn(), first, last)).count();
        long closed = risks.stream().filter(r -> r.closedOn() != null && within(r.closedOn(), first, last)).count();
        List<WeakDependency> weakest = new ArrayList<>();
        for (DependencyDoc d : list(docs, Docs.DEPENDENCY, DependencyDoc.class)) {
            ScoreAt score = scoreOn(d, last);
            if (score != null && !d.registeredOn().isAfter(last)) {
                weakest.add(new WeakDependency(d.id(), d.name(), score.score(), score.sds()));
            }
        }
        weakest.sort(Comparator.comparing(WeakDependency::score).thenComparing(WeakDependency::name)
                .thenComparing(w -> w.id().toString()));
        List<OpportunityItem> opportunities = list(docs, Docs.OPPORTUNITY, OpportunityDoc.class).stream()
                .filter(o -> !o.recordedOn().isAfter(last) && o.status() != OpportunityStatus.DROPPED)
                .map(o -> new OpportunityItem(o.id(), o.title(), o.category(), money(o.yearlySavings()),
                        o.status().name()))
                .sorted(Comparator.comparing(OpportunityItem::yearlySavings).reversed()
                        .thenComparing(OpportunityItem::title))
                .toList();
        BigDecimal savings = opportunities.stream().map(OpportunityItem::yearlySavings).reduce(ZERO, BigDecimal::add);
        return new RisksAndOpportunities(open, weakest.stream().limit(TOP).toList(), raised, closed, opportunities,
                savings);
    }
}
