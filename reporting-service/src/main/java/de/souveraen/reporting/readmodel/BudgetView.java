package de.souveraen.reporting.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.DomainEvent;
import de.souveraen.contracts.EventEnvelope;
import de.souveraen.contracts.budget.AdjustmentKind;
import de.souveraen.contracts.budget.AppropriationAdjusted;
import de.souveraen.contracts.budget.AppropriationCarriedOver;
import de.souveraen.contracts.budget.BudgetAdopted;
import de.souveraen.contracts.budget.BudgetLine;
import de.souveraen.contracts.budget.BudgetLineAdded;
import de.souveraen.contracts.budget.BudgetLineFrozen;
import de.souveraen.contracts.budget.BudgetLineReleased;
import de.souveraen.contracts.budget.CarriedCommitment;
import de.souveraen.contracts.budget.CarryOverReceived;
import de.souveraen.contracts.budget.CommitmentAdjusted;
import de.souveraen.contracts.budget.CommitmentReleased;
import de.souveraen.contracts.budget.CommitmentsCarriedOver;
import de.souveraen.contracts.budget.CommitmentsReceived;
import de.souveraen.contracts.budget.ExpenseBooked;
import de.souveraen.contracts.budget.ExpenseReversed;
import de.souveraen.contracts.budget.FinancialPlanRecorded;
import de.souveraen.contracts.budget.FundsCommitted;
import de.souveraen.contracts.budget.FundsTransferred;
import de.souveraen.contracts.budget.OverPlan;
import de.souveraen.reporting.readmodel.Docs.BudgetBucket;
import de.souveraen.contracts.budget.FreezeAuthority;
import de.souveraen.reporting.readmodel.Docs.BudgetLineDoc;
import de.souveraen.reporting.readmodel.Docs.CarryOverDoc;
import de.souveraen.reporting.readmodel.Docs.FreezeDoc;
import de.souveraen.reporting.readmodel.Docs.FreezePeriod;
import de.souveraen.reporting.readmodel.Docs.OverPlanDoc;
import de.souveraen.reporting.readmodel.Docs.PlanDoc;
import de.souveraen.reporting.readmodel.Docs.PlanEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Budget events as quarter buckets of changes per line (appropriated, adjusted, committed = open part, spent,
 * over-plan), by business date: a report sums the buckets up to its quarter's end. The arithmetic follows the
 * published meaning of the events (an approved over-plan part raises the adjusted appropriation; settling a
 * commitment frees its open part; a reversal restores it; a transfer within a coverage lowers the giving line's
 * adjusted appropriation and raises the receiving line's by the same amount). A declared coverage changes no
 * figure and has no document. Freezes (with their authority and release) are kept per line and year, carry-overs
 * per event, for the report's list of the period's freezes and carry-overs.
 */
public final class BudgetView implements ViewProjection {
    private static final BigDecimal ZERO = new BigDecimal("0.00");

    @Override
    public List<DocKey> keys(EventEnvelope envelope, DomainEvent event) {
        List<DocKey> keys = new ArrayList<>();
        if (event instanceof BudgetAdopted e) {
            for (BudgetLine line : e.lines()) {
                keys.add(bucket(e.fiscalYear(), 1, line.code()));
                keys.add(line(e.fiscalYear(), line.code()));
            }
            keys.add(new DocKey(Docs.BUDGET_PLAN, String.valueOf(e.fiscalYear())));
        } else if (event instanceof BudgetLineAdded e) {
            keys.add(line(e.fiscalYear(), e.lineCode()));
        } else if (event instanceof BudgetLineFrozen e) {
            keys.add(line(e.fiscalYear(), e.lineCode()));
            keys.add(freeze(e.fiscalYear(), e.lineCode()));
        } else if (event instanceof BudgetLineReleased e) {
            keys.add(line(e.fiscalYear(), e.lineCode()));
            keys.add(freeze(e.fiscalYear(), e.lineCode()));
        } else if (event instanceof FinancialPlanRecorded e) {
            keys.add(new DocKey(Docs.BUDGET_PLAN, String.valueOf(e.fiscalYear())));
        } else if (event instanceof AppropriationAdjusted e) {
            keys.add(bucket(e.fiscalYear(), Quarters.within(e.fiscalYear(), e.approvedOn()), e.lineCode()));
            if (overPlanKind(e.kind())) {
                keys.add(overPlan(envelope));
            }
        } else if (event instanceof AppropriationCarriedOver e) {
            keys.add(bucket(e.fiscalYear(), Quarters.within(e.fiscalYear(), e.decidedOn()), e.lineCode()));
            keys.add(carryOver(envelope));
        } else if (event instanceof CarryOverReceived e) {
            keys.add(bucket(e.fiscalYear(), Quarters.within(e.fiscalYear(), e.effectiveOn()), e.lineCode()));
            keys.add(carryOver(envelope));
        } else if (event instanceof CommitmentsCarriedOver e) {
            keys.add(bucket(e.fiscalYear(), Quarters.within(e.fiscalYear(), e.decidedOn()), e.lineCode()));
        } else if (event instanceof CommitmentsReceived e) {
            keys.add(bucket(e.fiscalYear(), Quarters.within(e.fiscalYear(), e.effectiveOn()), e.lineCode()));
        } else if (event instanceof FundsTransferred e) {
            int quarter = Quarters.within(e.fiscalYear(), e.transferredOn());
            keys.add(bucket(e.fiscalYear(), quarter, e.fromLine()));
            keys.add(bucket(e.fiscalYear(), quarter, e.toLine()));
        } else if (event instanceof FundsCommitted e) {
            keys.add(bucket(e.fiscalYear(), Quarters.within(e.fiscalYear(), e.committedOn()), e.lineCode()));
            if (e.overPlan() != null) {
                keys.add(overPlan(envelope));
            }
        } else if (event instanceof CommitmentAdjusted e) {
            keys.add(bucket(e.fiscalYear(), Quarters.within(e.fiscalYear(), e.adjustedOn()), e.lineCode()));
            if (e.overPlan() != null) {
                keys.add(overPlan(envelope));
            }
        } else if (event instanceof CommitmentReleased e) {
            keys.add(bucket(e.fiscalYear(), Quarters.within(e.fiscalYear(), e.releasedOn()), e.lineCode()));
        } else if (event instanceof ExpenseBooked e) {
            keys.add(bucket(e.fiscalYear(), Quarters.within(e.fiscalYear(), e.bookedOn()), e.lineCode()));
            if (e.overPlan() != null) {
                keys.add(overPlan(envelope));
            }
        } else if (event instanceof ExpenseReversed e) {
            keys.add(bucket(e.fiscalYear(), Quarters.within(e.fiscalYear(), e.reversedOn()), e.lineCode()));
        }
        return keys;
    }

    @Override
    public Map<DocKey, Object> apply(Map<DocKey, JsonNode> views, EventEnvelope envelope, DomainEvent event) {
        Map<DocKey, Object> out = new LinkedHashMap<>();
        if (event instanceof BudgetAdopted e) {
            for (BudgetLine line : e.lines()) {
                DocKey key = bucket(e.fiscalYear(), 1, line.code());
                out.put(key, bucketOf(views, key).plus(line.amount(), line.amount(), ZERO, ZERO, ZERO));
                out.put(line(e.fiscalYear(), line.code()), new BudgetLineDoc(e.fiscalYear(), line.code(),
                        line.title(), false, e.title(), e.resolution()));
            }
            out.put(new DocKey(Docs.BUDGET_PLAN, String.valueOf(e.fiscalYear())), new PlanDoc(e.fiscalYear(),
                    e.financialPlan() == null ? List.of() : e.financialPlan().stream()
                            .map(p -> new PlanEntry(p.fiscalYear(), p.amount())).toList()));
        } else if (event instanceof BudgetLineAdded e) {
            out.put(line(e.fiscalYear(), e.lineCode()), new BudgetLineDoc(e.fiscalYear(), e.lineCode(), e.title(),
                    false, null, null));
        } else if (event instanceof BudgetLineFrozen e) {
            out.put(line(e.fiscalYear(), e.lineCode()), withFrozen(views, line(e.fiscalYear(), e.lineCode()), true));
            DocKey key = freeze(e.fiscalYear(), e.lineCode());
            FreezeDoc before = Docs.read(views.get(key), FreezeDoc.class);
            List<FreezePeriod> periods = new ArrayList<>(before == null ? List.of() : before.periods());
            periods.add(new FreezePeriod(e.authority() == null ? FreezeAuthority.COUNCIL : e.authority(),
                    e.reference(), e.reason(), e.frozenOn(), null, null));
            out.put(key, new FreezeDoc(e.fiscalYear(), e.lineCode(), periods));
        } else if (event instanceof BudgetLineReleased e) {
            out.put(line(e.fiscalYear(), e.lineCode()), withFrozen(views, line(e.fiscalYear(), e.lineCode()), false));
            DocKey key = freeze(e.fiscalYear(), e.lineCode());
            FreezeDoc before = Docs.read(views.get(key), FreezeDoc.class);
            if (before != null && !before.periods().isEmpty()) {
                List<FreezePeriod> periods = new ArrayList<>(before.periods());
                FreezePeriod open = periods.get(periods.size() - 1);
                if (open.releasedOn() == null) {
                    periods.set(periods.size() - 1, new FreezePeriod(open.authority(), open.reference(),
                            open.reason(), open.frozenOn(), e.reference(), e.releasedOn()));
                    out.put(key, new FreezeDoc(before.year(), before.lineCode(), periods));
                }
            }
        } else if (event instanceof FinancialPlanRecorded e) {
            out.put(new DocKey(Docs.BUDGET_PLAN, String.valueOf(e.fiscalYear())), new PlanDoc(e.fiscalYear(),
                    e.financialPlan().stream().map(p -> new PlanEntry(p.fiscalYear(), p.amount())).toList()));
        } else if (event instanceof AppropriationAdjusted e) {
            boolean section83 = overPlanKind(e.kind());
            change(out, views, bucket(e.fiscalYear(), Quarters.within(e.fiscalYear(), e.approvedOn()), e.lineCode()),
                    ZERO, e.amount(), ZERO, ZERO, section83 ? e.amount() : ZERO);
            if (section83) {
                out.put(overPlan(envelope), new OverPlanDoc(e.fiscalYear(), e.lineCode(), e.approvalReference(),
                        e.amount(), e.approvedOn(), e.kind().name()));
            }
        } else if (event instanceof AppropriationCarriedOver e) {
            change(out, views, bucket(e.fiscalYear(), Quarters.within(e.fiscalYear(), e.decidedOn()), e.lineCode()),
                    ZERO, e.amount().negate(), ZERO, ZERO, ZERO);
            out.put(carryOver(envelope), new CarryOverDoc(e.fiscalYear(), e.carryOverId(), e.lineCode(), true,
                    e.toFiscalYear(), e.amount(), e.reference(), e.decidedOn()));
        } else if (event instanceof CarryOverReceived e) {
            change(out, views, bucket(e.fiscalYear(), Quarters.within(e.fiscalYear(), e.effectiveOn()),
                    e.lineCode()), ZERO, e.amount(), ZERO, ZERO, ZERO);
            out.put(carryOver(envelope), new CarryOverDoc(e.fiscalYear(), e.carryOverId(), e.lineCode(), false,
                    e.fromFiscalYear(), e.amount(), e.reference(), e.effectiveOn()));
        } else if (event instanceof CommitmentsCarriedOver e) {
            // the open commitments leave this year's line with the carry-over (its money: AppropriationCarriedOver)
            change(out, views, bucket(e.fiscalYear(), Quarters.within(e.fiscalYear(), e.decidedOn()), e.lineCode()),
                    ZERO, ZERO, openOf(e.commitments()).negate(), ZERO, ZERO);
        } else if (event instanceof CommitmentsReceived e) {
            change(out, views, bucket(e.fiscalYear(), Quarters.within(e.fiscalYear(), e.effectiveOn()),
                    e.lineCode()), ZERO, ZERO, openOf(e.commitments()), ZERO, ZERO);
        } else if (event instanceof FundsTransferred e) {
            int quarter = Quarters.within(e.fiscalYear(), e.transferredOn());
            change(out, views, bucket(e.fiscalYear(), quarter, e.fromLine()), ZERO, e.amount().negate(), ZERO, ZERO,
                    ZERO);
            change(out, views, bucket(e.fiscalYear(), quarter, e.toLine()), ZERO, e.amount(), ZERO, ZERO, ZERO);
        } else if (event instanceof FundsCommitted e) {
            BigDecimal over = overPlanAmount(e.overPlan());
            change(out, views, bucket(e.fiscalYear(), Quarters.within(e.fiscalYear(), e.committedOn()), e.lineCode()),
                    ZERO, over, e.amount(), ZERO, over);
            overPlanDoc(out, envelope, e.fiscalYear(), e.lineCode(), e.overPlan(), e.committedOn(), "COMMITMENT");
        } else if (event instanceof CommitmentAdjusted e) {
            BigDecimal over = overPlanAmount(e.overPlan());
            change(out, views, bucket(e.fiscalYear(), Quarters.within(e.fiscalYear(), e.adjustedOn()), e.lineCode()),
                    ZERO, over, e.amount().subtract(e.previousAmount()), ZERO, over);
            overPlanDoc(out, envelope, e.fiscalYear(), e.lineCode(), e.overPlan(), e.adjustedOn(), "COMMITMENT");
        } else if (event instanceof CommitmentReleased e) {
            change(out, views, bucket(e.fiscalYear(), Quarters.within(e.fiscalYear(), e.releasedOn()), e.lineCode()),
                    ZERO, ZERO, e.releasedAmount().negate(), ZERO, ZERO);
        } else if (event instanceof ExpenseBooked e) {
            BigDecimal over = overPlanAmount(e.overPlan());
            BigDecimal settled = e.settledAmount() == null ? ZERO : e.settledAmount();
            change(out, views, bucket(e.fiscalYear(), Quarters.within(e.fiscalYear(), e.bookedOn()), e.lineCode()),
                    ZERO, over, settled.negate(), e.amount(), over);
            overPlanDoc(out, envelope, e.fiscalYear(), e.lineCode(), e.overPlan(), e.bookedOn(), "EXPENSE");
        } else if (event instanceof ExpenseReversed e) {
            BigDecimal restored = e.restoredToCommitment() == null ? ZERO : e.restoredToCommitment();
            change(out, views, bucket(e.fiscalYear(), Quarters.within(e.fiscalYear(), e.reversedOn()), e.lineCode()),
                    ZERO, ZERO, restored, e.amount().negate(), ZERO);
        }
        return out;
    }

    private static BigDecimal openOf(List<CarriedCommitment> commitments) {
        return commitments.stream().map(CarriedCommitment::openAmount).reduce(ZERO, BigDecimal::add);
    }

    private static boolean overPlanKind(AdjustmentKind kind) {
        return kind == AdjustmentKind.OVER_PLAN || kind == AdjustmentKind.UNPLANNED;
    }

    private static BigDecimal overPlanAmount(OverPlan overPlan) {
        return overPlan == null ? ZERO : overPlan.amount();
    }

    private static void overPlanDoc(Map<DocKey, Object> out, EventEnvelope envelope, int year, String line,
            OverPlan overPlan, LocalDate date, String what) {
        if (overPlan != null) {
            out.put(overPlan(envelope), new OverPlanDoc(year, line, overPlan.approvalReference(), overPlan.amount(),
                    date, what));
        }
    }

    private static void change(Map<DocKey, Object> out, Map<DocKey, JsonNode> views, DocKey key,
            BigDecimal appropriated, BigDecimal adjusted, BigDecimal committed, BigDecimal spent,
            BigDecimal overPlan) {
        out.put(key, bucketOf(views, key).plus(appropriated, adjusted, committed, spent, overPlan));
    }

    private static BudgetBucket bucketOf(Map<DocKey, JsonNode> views, DocKey key) {
        BudgetBucket bucket = Docs.read(views.get(key), BudgetBucket.class);
        if (bucket != null) {
            return bucket;
        }
        String[] parts = key.id().split(":", 3);
        return BudgetBucket.empty(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts[2]);
    }

    private static BudgetLineDoc withFrozen(Map<DocKey, JsonNode> views, DocKey key, boolean frozen) {
        BudgetLineDoc line = Docs.read(views.get(key), BudgetLineDoc.class);
        String[] parts = key.id().split(":", 2);
        if (line == null) {
            return new BudgetLineDoc(Integer.parseInt(parts[0]), parts[1], parts[1], frozen, null, null);
        }
        return new BudgetLineDoc(line.year(), line.code(), line.title(), frozen, line.budgetTitle(),
                line.resolution());
    }

    static DocKey bucket(int year, int quarter, String line) {
        return new DocKey(Docs.BUDGET_BUCKET, year + ":" + quarter + ":" + line);
    }

    static DocKey line(int year, String code) {
        return new DocKey(Docs.BUDGET_LINE, year + ":" + code);
    }

    static DocKey freeze(int year, String code) {
        return new DocKey(Docs.FREEZE, year + ":" + code);
    }

    static DocKey carryOver(EventEnvelope envelope) {
        return new DocKey(Docs.CARRY_OVER, envelope.eventId().toString());
    }

    static DocKey overPlan(EventEnvelope envelope) {
        return new DocKey(Docs.OVER_PLAN, envelope.eventId().toString());
    }
}
