package de.souveraen.reporting.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.Json;
import de.souveraen.contracts.inventory.Category;
import de.souveraen.contracts.inventory.ContractTerms;
import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.contracts.inventory.OpportunityStatus;
import de.souveraen.contracts.inventory.RiskStatus;
import de.souveraen.contracts.budget.FreezeAuthority;
import de.souveraen.contracts.workgroup.ActionItemStatus;
import de.souveraen.contracts.workgroup.CouncilRecommendation;
import de.souveraen.contracts.workgroup.Mandate;
import de.souveraen.contracts.workgroup.MeasureStatus;
import de.souveraen.contracts.workgroup.DecisionOutcome;
import de.souveraen.contracts.workgroup.Tally;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The read-model documents (stored as JSONB in {@code rm_doc}). Money as BigDecimal, dates as business dates. */
public final class Docs {
    private Docs() {
    }

    public static final String BUDGET_BUCKET = "budget-bucket";
    public static final String BUDGET_LINE = "budget-line";
    public static final String OVER_PLAN = "over-plan";
    public static final String BUDGET_PLAN = "budget-plan";
    public static final String DEPENDENCY = "dependency";
    /** A dependency's jurisdiction, users and cost over time: what the report's exposure counts. */
    public static final String EXPOSURE = "exposure";
    public static final String RISK = "risk";
    public static final String OPPORTUNITY = "opportunity";
    public static final String PROPOSAL = "proposal";
    public static final String DECISION = "decision";
    public static final String TRAINING = "training";
    public static final String EVENT_COUNT = "event-count";
    public static final String MEASURE = "measure";
    public static final String MEETING = "meeting";
    public static final String ACTION_ITEM = "action-item";
    public static final String FREEZE = "freeze";
    public static final String CARRY_OVER = "carry-over";

    /** Changes to a budget line within one quarter of its year (by business date): summed up to a quarter's end. */
    public record BudgetBucket(int year, int quarter, String line, BigDecimal appropriated, BigDecimal adjusted,
            BigDecimal committed, BigDecimal spent, BigDecimal overPlan) {
        public static BudgetBucket empty(int year, int quarter, String line) {
            BigDecimal zero = new BigDecimal("0.00");
            return new BudgetBucket(year, quarter, line, zero, zero, zero, zero, zero);
        }

        public BudgetBucket plus(BigDecimal appropriatedBy, BigDecimal adjustedBy, BigDecimal committedBy,
                BigDecimal spentBy, BigDecimal overPlanBy) {
            return new BudgetBucket(year, quarter, line, appropriated.add(appropriatedBy), adjusted.add(adjustedBy),
                    committed.add(committedBy), spent.add(spentBy), overPlan.add(overPlanBy));
        }
    }

    public record BudgetLineDoc(int year, String code, String title, boolean frozen, String budgetTitle,
            String resolution) {
    }

    public record OverPlanDoc(int year, String lineCode, String approvalReference, BigDecimal amount, LocalDate date,
            String what) {
    }

    public record PlanDoc(int year, List<PlanEntry> plan) {
    }

    public record PlanEntry(int fiscalYear, BigDecimal amount) {
    }

    public record StatusAt(LocalDate date, MigrationStatus status) {
    }

    public record ScoreAt(LocalDate date, BigDecimal score, int sds, int sealLevel) {
    }

    public record DependencyDoc(UUID id, String name, String vendor, Category category, BigDecimal annualCost,
            ContractTerms contract, LocalDate endOfLife, LocalDate registeredOn, List<StatusAt> statuses,
            List<ScoreAt> assessments, Map<MigrationStatus, String> plan) {
    }

    /** The jurisdiction history of one dependency (one entry per change of its details or retirement). */
    public record ExposureDoc(UUID id, List<ExposureAt> history) {
    }

    /**
     * One dependency from {@code date} on: {@code group} is the ultimate parent company (or the vendor itself when
     * none is recorded), {@code country} the effective country with its flags (the parent's seat when recorded),
     * {@code retired} once the dependency is switched off (it no longer counts).
     */
    public record ExposureAt(LocalDate date, String name, String vendor, String group, boolean parentRecorded,
            String country, boolean eu, boolean extraterritorialAccessLaw, int users, BigDecimal annualCost,
            boolean retired) {
    }

    /** A risk; {@code history} holds likelihood and impact from each business date on (null in older documents). */
    public record RiskDoc(UUID id, String title, String category, Integer likelihood, Integer impact,
            LocalDate raisedOn, LocalDate closedOn, RiskStatus status, String owner, String mitigation,
            List<RiskScoreAt> history) {
        public RiskDoc {
            history = history == null ? List.of() : List.copyOf(history);
        }
    }

    /** A risk's likelihood and impact from {@code date} on. */
    public record RiskScoreAt(LocalDate date, Integer likelihood, Integer impact) {
    }

    public record OpportunityDoc(UUID id, String title, String category, BigDecimal yearlySavings,
            BigDecimal oneOffCost, LocalDate recordedOn, OpportunityStatus status) {
    }

    /** A proposal; {@code meetingId} is the meeting it is placed on (null when on none). */
    public record ProposalDoc(UUID id, String reference, String title, LocalDate submittedOn,
            DecisionOutcome outcome, LocalDate decidedOn, LocalDate withdrawnOn, UUID meetingId) {
        public ProposalDoc withMeeting(UUID meeting) {
            return new ProposalDoc(id, reference, title, submittedOn, outcome, decidedOn, withdrawnOn, meeting);
        }
    }

    /** A meeting's date (its start, Berlin time) and whether it was cancelled. */
    public record MeetingDoc(UUID id, String title, LocalDate date, boolean cancelled) {
    }

    /** A task from a meeting: who does it, by when, where it stands and when it was done. */
    public record ActionItemDoc(UUID id, UUID meetingId, String title, String owner, LocalDate due,
            LocalDate assignedOn, ActionItemStatus status, LocalDate doneOn) {
    }

    /**
     * A measure of the programme with its milestones; {@code status} and {@code closedOn} from its closure. Its
     * progress is derived in the report from the milestones.
     */
    public record MeasureDoc(UUID id, String title, Mandate mandate, String description, String responsible,
            String budgetLine, List<UUID> dependencies, LocalDate definedOn, MeasureStatus status,
            LocalDate closedOn, String closeReason, List<MilestoneDoc> milestones) {
        public MeasureDoc {
            dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
            milestones = milestones == null ? List.of() : List.copyOf(milestones);
        }
    }

    /** A milestone: planned on {@code plannedOn} (business date), due, reached (with a note) or dropped. */
    public record MilestoneDoc(UUID id, String title, LocalDate due, LocalDate plannedOn, LocalDate reachedOn,
            String note, LocalDate droppedOn, String dropReason) {
    }

    /** The freezes of one budget line in one year, in order. */
    public record FreezeDoc(int year, String lineCode, List<FreezePeriod> periods) {
        public FreezeDoc {
            periods = periods == null ? List.of() : List.copyOf(periods);
        }
    }

    /** One freeze: by whom, under which order, from when, and its release (null while frozen). */
    public record FreezePeriod(FreezeAuthority authority, String reference, String reason, LocalDate frozenOn,
            String releaseReference, LocalDate releasedOn) {
    }

    /**
     * A carry-over of authorisation (§ 22 KomHVO NRW) as one year sees it: {@code outgoing} when {@code year}
     * gives it to {@code otherYear}, else received from {@code otherYear}.
     */
    public record CarryOverDoc(int year, UUID carryOverId, String lineCode, boolean outgoing, int otherYear,
            BigDecimal amount, String reference, LocalDate date) {
    }

    public record DecisionDoc(UUID meetingId, UUID agendaItemId, LocalDate meetingDate, String title,
            boolean publicItem, UUID proposalId, DecisionOutcome outcome, String resolution, Tally tally,
            CouncilRecommendation recommendation) {
    }

    public record TrainingDoc(UUID id, String title, LocalDate date, String format, BigDecimal hours,
            int participants, boolean held, boolean cancelled, int responses, BigDecimal averageSatisfaction,
            List<String> outcomes) {
    }

    /** Events counted per source and quarter of their business time. */
    public record EventCount(String source, int year, int quarter, long events) {
    }

    public static <T> T read(JsonNode node, Class<T> type) {
        try {
            return node == null ? null : Json.mapper().treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable read-model document " + type.getSimpleName(), e);
        }
    }
}
