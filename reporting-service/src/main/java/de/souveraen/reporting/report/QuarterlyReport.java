package de.souveraen.reporting.report;

import de.souveraen.contracts.inventory.MigrationStatus;
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

    public record Progress(long dependencies, Map<MigrationStatus, Long> byStatus,
            Map<MigrationStatus, Long> changeDuringQuarter, BigDecimal shareAssessed,
            BigDecimal shareWithAlternativeSelected, List<RoadmapStep> roadmapDue, long roadmapDone) {
    }

    public record RoadmapStep(UUID dependencyId, String dependency, MigrationStatus step, String targetQuarter,
            boolean done) {
    }

    public record RisksAndOpportunities(List<RiskItem> topRisks, List<WeakDependency> weakestSovereignty,
            long newRisks, long closedRisks, List<OpportunityItem> opportunities, BigDecimal yearlySavings) {
    }

    public record RiskItem(UUID id, String title, String category, int likelihood, int impact, int score,
            String owner, String mitigation) {
    }

    public record WeakDependency(UUID id, String name, BigDecimal score, int sds) {
    }

    public record OpportunityItem(UUID id, String title, String category, BigDecimal yearlySavings, String status) {
    }

    public record UpcomingDecisions(LocalDate from, LocalDate to, List<Deadline> deadlines,
            List<OpenProposal> openProposals, List<Recommendation> recommendations) {
    }

    public record Deadline(LocalDate date, String kind, UUID dependencyId, String dependency, String vendor,
            BigDecimal annualCost) {
    }

    public record OpenProposal(UUID id, String reference, String title, LocalDate submittedOn) {
    }

    public record Recommendation(LocalDate councilSessionDate, String text, LocalDate decidedOn, String title,
            DecisionOutcome outcome) {
    }

    public record Finances(int fiscalYear, String title, String resolution, Money total, List<Line> lines,
            BigDecimal spentInQuarter, List<OverPlanItem> overPlan, List<PlanItem> multiYearPlan) {
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
            List<TrainingItem> items, long sessionsYearToDate, long participantsYearToDate) {
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
