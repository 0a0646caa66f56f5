package de.souveraen.reporting.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.souveraen.contracts.Json;
import de.souveraen.contracts.inventory.CancelBy;
import de.souveraen.contracts.inventory.CancellationDeadline;
import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.contracts.inventory.OpportunityStatus;
import de.souveraen.reporting.readmodel.Docs;
import de.souveraen.reporting.readmodel.Docs.BudgetBucket;
import de.souveraen.reporting.readmodel.Docs.BudgetLineDoc;
import de.souveraen.reporting.readmodel.Docs.DecisionDoc;
import de.souveraen.reporting.readmodel.Docs.DependencyDoc;
import de.souveraen.reporting.readmodel.Docs.EventCount;
import de.souveraen.reporting.readmodel.Docs.OpportunityDoc;
import de.souveraen.reporting.readmodel.Docs.OverPlanDoc;
import de.souveraen.reporting.readmodel.Docs.PlanDoc;
import de.souveraen.reporting.readmodel.Docs.ProposalDoc;
import de.souveraen.reporting.readmodel.Docs.RiskDoc;
import de.souveraen.reporting.readmodel.Docs.ScoreAt;
import de.souveraen.reporting.readmodel.Docs.StatusAt;
import de.souveraen.reporting.readmodel.Docs.TrainingDoc;
import de.souveraen.reporting.readmodel.Quarters;
import de.souveraen.reporting.report.QuarterlyReport.Correction;
import de.souveraen.reporting.report.QuarterlyReport.Deadline;
import de.souveraen.reporting.report.QuarterlyReport.Finances;
import de.souveraen.reporting.report.QuarterlyReport.Line;
import de.souveraen.reporting.report.QuarterlyReport.Meta;
import de.souveraen.reporting.report.QuarterlyReport.Money;
import de.souveraen.reporting.report.QuarterlyReport.OpenProposal;
import de.souveraen.reporting.report.QuarterlyReport.OpportunityItem;
import de.souveraen.reporting.report.QuarterlyReport.OverPlanItem;
import de.souveraen.reporting.report.QuarterlyReport.PlanItem;
import de.souveraen.reporting.report.QuarterlyReport.Progress;
import de.souveraen.reporting.report.QuarterlyReport.Recommendation;
import de.souveraen.reporting.report.QuarterlyReport.RiskItem;
import de.souveraen.reporting.report.QuarterlyReport.RisksAndOpportunities;
import de.souveraen.reporting.report.QuarterlyReport.RoadmapStep;
import de.souveraen.reporting.report.QuarterlyReport.TrainingItem;
import de.souveraen.reporting.report.QuarterlyReport.Trainings;
import de.souveraen.reporting.report.QuarterlyReport.UpcomingDecisions;
import de.souveraen.reporting.report.QuarterlyReport.WeakDependency;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Builds the quarterly report from read-model documents only (pure): business time up to the quarter's end.
 * The same documents give the same content and the same SHA-256 hash (over the canonical JSON without
 * {@code generatedAt}, the hash itself and the publication fields).
 */
public final class ReportBuilder {
    public static final List<String> KINDS = List.of(Docs.BUDGET_BUCKET, Docs.BUDGET_LINE, Docs.OVER_PLAN,
            Docs.BUDGET_PLAN, Docs.DEPENDENCY, Docs.RISK, Docs.OPPORTUNITY, Docs.PROPOSAL, Docs.DECISION,
            Docs.TRAINING, Docs.EVENT_COUNT);
    private static final BigDecimal ZERO = new BigDecimal("0.00");
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final Set<MigrationStatus> ALTERNATIVE_SELECTED = Set.of(MigrationStatus.ALTERNATIVE_SELECTED,
            MigrationStatus.PILOT, MigrationStatus.MIGRATING, MigrationStatus.MIGRATED, MigrationStatus.RETIRED);
    private static final int TOP = 5;

    private ReportBuilder() {
    }

    public static QuarterlyReport build(Period period, Map<String, List<JsonNode>> docs, Instant generatedAt,
            List<Correction> corrections) {
        LocalDate last = period.last();
        Instant asOf = period.next().first().atStartOfDay(Quarters.BERLIN).toInstant();
        QuarterlyReport content = new QuarterlyReport(
                new Meta(period.toString(), period.first(), last, asOf, null, events(period, docs), null, false,
                        null),
                progress(period, list(docs, Docs.DEPENDENCY, DependencyDoc.class)),
                risks(period, docs),
                upcoming(period, docs),
                finances(period, docs),
                trainings(period, list(docs, Docs.TRAINING, TrainingDoc.class)),
                corrections);
        String hash = hash(content);
        Meta meta = content.meta();
        return new QuarterlyReport(new Meta(meta.period(), meta.from(), meta.to(), meta.asOf(), generatedAt,
                meta.events(), hash, false, null), content.progress(), content.risksAndOpportunities(),
                content.upcomingDecisions(), content.finances(), content.trainings(), content.corrections());
    }

    /** SHA-256 over the canonical JSON of the content (generatedAt, hash and publication fields left out). */
    public static String hash(QuarterlyReport report) {
        ObjectNode tree = Json.mapper().valueToTree(report);
        ObjectNode meta = (ObjectNode) tree.get("meta");
        meta.remove(List.of("generatedAt", "contentHash", "published", "publishedAt"));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Json.text(tree).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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

    static MigrationStatus statusOn(DependencyDoc d, LocalDate date) {
        MigrationStatus status = null;
        for (StatusAt s : d.statuses()) {
            if (!s.date().isAfter(date)) {
                status = s.status();
            }
        }
        return status;
    }

    private static ScoreAt scoreOn(DependencyDoc d, LocalDate date) {
        ScoreAt latest = null;
        for (ScoreAt s : d.assessments()) {
            if (!s.date().isAfter(date) && (latest == null || !s.date().isBefore(latest.date()))) {
                latest = s;
            }
        }
        return latest;
    }

    private static Progress progress(Period period, List<DependencyDoc> all) {
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

    private static RisksAndOpportunities risks(Period period, Map<String, List<JsonNode>> docs) {
        LocalDate first = period.first();
        LocalDate last = period.last();
        List<RiskDoc> risks = list(docs, Docs.RISK, RiskDoc.class);
        List<RiskItem> open = risks.stream()
                .filter(r -> !r.raisedOn().isAfter(last) && (r.closedOn() == null || r.closedOn().isAfter(last)))
                .map(r -> new RiskItem(r.id(), r.title(), r.category(), r.likelihood(), r.impact(),
                        r.likelihood() * r.impact(), r.owner(), r.mitigation()))
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

    private static UpcomingDecisions upcoming(Period period, Map<String, List<JsonNode>> docs) {
        LocalDate last = period.last();
        LocalDate from = period.next().first();
        LocalDate to = period.next().next().last();
        List<Deadline> deadlines = new ArrayList<>();
        for (DependencyDoc d : list(docs, Docs.DEPENDENCY, DependencyDoc.class)) {
            MigrationStatus status = statusOn(d, last);
            if (d.registeredOn().isAfter(last) || status == MigrationStatus.MIGRATED
                    || status == MigrationStatus.RETIRED) {
                continue;
            }
            CancellationDeadline deadline = CancelBy.of(d.contract(), from).orElse(null);
            if (deadline != null && within(deadline.cancelBy(), from, to)) {
                // a contract that ends unless renewed asks the council to renew or let it lapse, not to cancel
                String kind = de.souveraen.contracts.inventory.DeadlineDecision.of(d.contract().renewal())
                        == de.souveraen.contracts.inventory.DeadlineDecision.RENEW_OR_LAPSE ? "RENEW_OR_LAPSE"
                                : "CANCEL_BY";
                deadlines.add(new Deadline(deadline.cancelBy(), kind, d.id(), d.name(), d.vendor(),
                        money(d.annualCost())));
            }
            if (d.endOfLife() != null && within(d.endOfLife(), from, to)) {
                deadlines.add(new Deadline(d.endOfLife(), "END_OF_LIFE", d.id(), d.name(), d.vendor(),
                        money(d.annualCost())));
            }
        }
        deadlines.sort(Comparator.comparing(Deadline::date).thenComparing(Deadline::dependency)
                .thenComparing(Deadline::kind));
        List<OpenProposal> proposals = list(docs, Docs.PROPOSAL, ProposalDoc.class).stream()
                .filter(p -> !p.submittedOn().isAfter(last))
                .filter(p -> p.decidedOn() == null || p.decidedOn().isAfter(last))
                .filter(p -> p.withdrawnOn() == null || p.withdrawnOn().isAfter(last))
                .map(p -> new OpenProposal(p.id(), p.reference(), p.title(), p.submittedOn()))
                .sorted(Comparator.comparing(OpenProposal::submittedOn).thenComparing(OpenProposal::title))
                .toList();
        List<Recommendation> recommendations = list(docs, Docs.DECISION, DecisionDoc.class).stream()
                .filter(d -> d.recommendation() != null && !d.meetingDate().isAfter(last)
                        && d.recommendation().councilSessionDate() != null
                        && d.recommendation().councilSessionDate().isAfter(last))
                .map(d -> new Recommendation(d.recommendation().councilSessionDate(), d.recommendation().text(),
                        d.meetingDate(), d.title(), d.outcome()))
                .sorted(Comparator.comparing(Recommendation::councilSessionDate).thenComparing(Recommendation::title))
                .toList();
        return new UpcomingDecisions(from, to, deadlines, proposals, recommendations);
    }

    private static Finances finances(Period period, Map<String, List<JsonNode>> docs) {
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

    private static Trainings trainings(Period period, List<TrainingDoc> all) {
        LocalDate first = period.first();
        LocalDate last = period.last();
        List<TrainingDoc> held = all.stream().filter(TrainingDoc::held).filter(t -> t.date() != null).toList();
        List<TrainingDoc> quarter = held.stream().filter(t -> within(t.date(), first, last))
                .sorted(Comparator.comparing(TrainingDoc::date).thenComparing(TrainingDoc::title)).toList();
        List<TrainingDoc> yearToDate = held.stream()
                .filter(t -> within(t.date(), LocalDate.of(period.year(), 1, 1), last)).toList();
        long responses = quarter.stream().mapToLong(TrainingDoc::responses).sum();
        BigDecimal weighted = quarter.stream().filter(t -> t.averageSatisfaction() != null)
                .map(t -> t.averageSatisfaction().multiply(BigDecimal.valueOf(t.responses())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal satisfaction = responses == 0 ? null
                : weighted.divide(BigDecimal.valueOf(responses), 2, RoundingMode.HALF_UP);
        BigDecimal hours = quarter.stream().map(t -> t.hours() == null ? BigDecimal.ZERO : t.hours())
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(1, RoundingMode.HALF_UP);
        return new Trainings(quarter.size(), quarter.stream().mapToLong(TrainingDoc::participants).sum(), hours,
                satisfaction, quarter.stream().map(t -> new TrainingItem(t.id(), t.title(), t.date(), t.format(),
                        t.participants(), t.hours(), t.averageSatisfaction(), t.outcomes())).toList(),
                yearToDate.size(), yearToDate.stream().mapToLong(TrainingDoc::participants).sum());
    }

    /** What changed in a published quarter since its publication: the finance figures, per line and in total. */
    public static List<Correction> corrections(QuarterlyReport published, QuarterlyReport now) {
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

    private static <T> List<T> list(Map<String, List<JsonNode>> docs, String kind, Class<T> type) {
        return docs.getOrDefault(kind, List.of()).stream().map(node -> Docs.read(node, type)).toList();
    }

    private static BigDecimal sum(List<BudgetBucket> buckets, Function<BudgetBucket, BigDecimal> field) {
        return buckets.stream().map(field).reduce(ZERO, BigDecimal::add);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? new BigDecimal("0.0")
                : part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal share(long part, long whole) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount == null ? ZERO : amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }
}
