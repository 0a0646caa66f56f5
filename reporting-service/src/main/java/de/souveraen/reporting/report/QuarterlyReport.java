package de.souveraen.reporting.report;

import de.souveraen.contracts.budget.FreezeAuthority;
import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.contracts.workgroup.ActionItemStatus;
import de.souveraen.contracts.workgroup.Mandate;
import de.souveraen.contracts.workgroup.MeasureStatus;
import de.souveraen.contracts.workgroup.DecisionOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The quarterly report to the council: the five things the motion asks for, with figures, plus meta. A record tree
 * of plain values (money as BigDecimal with two decimals, business dates) that the portal and the documents format
 * for German readers.
 */
public record QuarterlyReport(Meta meta, Progress progress, RisksAndOpportunities risksAndOpportunities,
        UpcomingDecisions upcomingDecisions, Finances finances, Trainings trainings, List<Correction> corrections,
        Exposure exposure) {

    /** A report without the jurisdiction exposure (reports stored before it existed read with {@code null}). */
    public QuarterlyReport(Meta meta, Progress progress, RisksAndOpportunities risksAndOpportunities,
            UpcomingDecisions upcomingDecisions, Finances finances, Trainings trainings, List<Correction> corrections) {
        this(meta, progress, risksAndOpportunities, upcomingDecisions, finances, trainings, corrections, null);
    }

    public record Meta(String period, LocalDate from, LocalDate to, Instant asOf, Instant generatedAt,
            Map<String, Long> events, String contentHash, boolean published, Instant publishedAt) {
    }

    /**
     * Status and progress: the dependencies' migration state, the programme's measures (progress from their
     * milestones, {@code measuresOnTrack} of them on track), the sovereignty trend per quarter since the first
     * assessment, and the working group's action items.
     */
    public record Progress(long dependencies, Map<MigrationStatus, Long> byStatus,
            Map<MigrationStatus, Long> changeDuringQuarter, BigDecimal shareAssessed,
            BigDecimal shareWithAlternativeSelected, List<RoadmapStep> roadmapDue, long roadmapDone,
            List<MeasureItem> measures, long measuresOnTrack, List<TrendPoint> sovereigntyTrend,
            ActionItems actionItems) {
    }

    /**
     * A measure at the quarter's end: {@code reached} of {@code planned} milestones (dropped ones left out) give
     * {@code progress} in percent; {@code achieved} are the milestones reached in the quarter, {@code late} those
     * due by its end and not reached. On track: running or completed, and nothing late.
     */
    public record MeasureItem(UUID id, String title, Mandate mandate, String responsible, MeasureStatus status,
            boolean onTrack, int reached, int planned, BigDecimal progress, List<MilestoneItem> achieved,
            List<MilestoneItem> late, String budgetLine, String budgetLineTitle, List<String> dependencies) {
    }

    public record MilestoneItem(String measure, String title, LocalDate due, LocalDate reachedOn, String note) {
    }

    /**
     * The sovereignty of the assessed dependencies at a quarter's end: how many, their average score and how many
     * stand at each SEAL level ({@code sealLevels[0..4]}).
     */
    public record TrendPoint(String period, long assessed, BigDecimal averageScore, List<Long> sealLevels) {
    }

    /** The working group's action items: open at the quarter's end, done in it, and overdue (open past due). */
    public record ActionItems(List<ActionItemEntry> open, List<ActionItemEntry> done,
            List<ActionItemEntry> overdue) {
    }

    public record ActionItemEntry(UUID id, String title, String owner, LocalDate due, ActionItemStatus status,
            LocalDate doneOn) {
    }

    public record RoadmapStep(UUID dependencyId, String dependency, MigrationStatus step, String targetQuarter,
            boolean done) {
    }

    public record RisksAndOpportunities(List<RiskItem> topRisks, List<WeakDependency> weakestSovereignty,
            long newRisks, long closedRisks, List<OpportunityItem> opportunities, BigDecimal yearlySavings) {
    }

    /**
     * An open risk; {@code previousScore} its score at the previous quarter's end (null when raised since), and
     * {@code trend} {@code UP}, {@code DOWN}, {@code SAME} or {@code NEW}.
     */
    public record RiskItem(UUID id, String title, String category, int likelihood, int impact, int score,
            String owner, String mitigation, Integer previousScore, String trend) {
    }

    public record WeakDependency(UUID id, String name, BigDecimal score, int sds) {
    }

    public record OpportunityItem(UUID id, String title, String category, BigDecimal yearlySavings, String status) {
    }

    /**
     * What is to be decided in the two quarters after the report's: contract deadlines, open proposals (with the
     * date of the meeting they are placed on), recommendations to the council, milestones due; and apart from
     * them, what is overdue at the quarter's end (never among the upcoming).
     */
    public record UpcomingDecisions(LocalDate from, LocalDate to, List<Deadline> deadlines,
            List<OpenProposal> openProposals, List<Recommendation> recommendations,
            List<MilestoneDue> milestones, List<Overdue> overdue) {
    }

    public record MilestoneDue(LocalDate due, String measure, String milestone, String responsible) {
    }

    /** An overdue item: {@code kind} is {@code CANCEL_BY}, {@code RENEW_OR_LAPSE}, {@code PROPOSAL} or {@code MILESTONE}. */
    public record Overdue(LocalDate date, String kind, String title, String detail) {
    }

    public record Deadline(LocalDate date, String kind, UUID dependencyId, String dependency, String vendor,
            BigDecimal annualCost) {
    }

    /** An open proposal; {@code councilDate} the date of the meeting it is placed on (null when on none). */
    public record OpenProposal(UUID id, String reference, String title, LocalDate submittedOn,
            LocalDate councilDate) {
    }

    public record Recommendation(LocalDate councilSessionDate, String text, LocalDate decidedOn, String title,
            DecisionOutcome outcome) {
    }

    public record Finances(int fiscalYear, String title, String resolution, Money total, List<Line> lines,
            BigDecimal spentInQuarter, List<OverPlanItem> overPlan, List<PlanItem> multiYearPlan,
            List<FreezeItem> freezes, List<CarryOverItem> carryOvers, List<MeasureSpending> measureSpending) {
    }

    /** A freeze in force during the quarter: by whom, under which order, and its release (null while frozen). */
    public record FreezeItem(String lineCode, String lineTitle, FreezeAuthority authority, String reference,
            String reason, LocalDate frozenOn, String releaseReference, LocalDate releasedOn) {
    }

    /** A carry-over of the fiscal year up to the quarter's end: given to ({@code outgoing}) or received from {@code otherYear}. */
    public record CarryOverItem(String lineCode, String lineTitle, boolean outgoing, int otherYear, BigDecimal amount,
            String reference, LocalDate date) {
    }

    /** What the budget line linked to a measure shows at the quarter's end. */
    public record MeasureSpending(String measure, String lineCode, String lineTitle, BigDecimal adjusted,
            BigDecimal spent, BigDecimal spentInQuarter) {
    }

    public record Money(BigDecimal appropriated, BigDecimal adjusted, BigDecimal committed, BigDecimal spent,
            BigDecimal available, BigDecimal percentUsed, BigDecimal overPlan) {
    }

    public record Line(String code, String title, BigDecimal appropriated, BigDecimal adjusted, BigDecimal committed,
            BigDecimal spent, BigDecimal available, BigDecimal percentUsed, BigDecimal spentInQuarter,
            boolean frozen) {
    }

    public record OverPlanItem(String lineCode, String approvalReference, BigDecimal amount, LocalDate date,
            String what) {
    }

    public record PlanItem(int fiscalYear, BigDecimal amount) {
    }

    public record Trainings(long sessions, long participants, BigDecimal hours, BigDecimal averageSatisfaction,
            List<TrainingItem> items, long sessionsYearToDate, long participantsYearToDate,
            BigDecimal hoursYearToDate, BigDecimal satisfactionYearToDate) {
    }

    public record TrainingItem(UUID id, String title, LocalDate date, String format, int participants,
            BigDecimal hours, BigDecimal satisfaction, List<String> outcomes) {
    }

    /** A published earlier quarter whose figures changed after publication (late bookings, reversals). */
    public record Correction(String period, String field, BigDecimal published, BigDecimal now) {
    }

    /**
     * Jurisdiction exposure at the quarter's end (issue 20): of the dependencies in use, how many with how many users
     * and how much yearly cost are subject to non-EU law ({@code exposed*}), and of those to a law giving a foreign
     * state access to data stored abroad such as the US CLOUD Act ({@code cloudAct*}); by the vendor's ultimate
     * parent company, and the trend per quarter.
     */
    public record Exposure(long dependencies, long users, BigDecimal annualCost, long exposedDependencies,
            long exposedUsers, BigDecimal exposedAnnualCost, BigDecimal exposedShareOfCost, long cloudActDependencies,
            long cloudActUsers, BigDecimal cloudActAnnualCost, List<ExposureGroup> byParent,
            List<ExposurePoint> trend) {
    }

    /**
     * One ultimate parent company (or a vendor without a recorded parent) with its seat; {@code law} is
     * {@code CLOUD_ACT}, {@code FOREIGN_ACCESS_LAW} or {@code NON_EU_LAW}, {@code lawLabel} its German name.
     */
    public record ExposureGroup(String parentCompany, String country, String countryName, String law,
            String lawLabel, long dependencies, long users, BigDecimal annualCost, List<String> vendors) {
    }

    /** The exposure at the end of one quarter ({@code 2026-Q1}). */
    public record ExposurePoint(String period, long exposedDependencies, long exposedUsers,
            BigDecimal exposedAnnualCost, long cloudActDependencies, BigDecimal cloudActAnnualCost) {
    }
}
