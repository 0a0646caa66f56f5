package de.souveraen.budget.commitment;

import de.souveraen.budget.fiscalyear.BudgetCommand.AdjustCommitment;
import de.souveraen.budget.fiscalyear.BudgetCommand.CommitFunds;
import de.souveraen.budget.fiscalyear.BudgetCommand.ReleaseCommitment;
import de.souveraen.budget.fiscalyear.BudgetRules;
import de.souveraen.budget.fiscalyear.BudgetState;
import de.souveraen.budget.fiscalyear.LineState;
import de.souveraen.budget.funds.Funds;
import de.souveraen.contracts.budget.CommitmentAdjusted;
import de.souveraen.contracts.budget.CommitmentReleased;
import de.souveraen.contracts.budget.FiscalYearEvent;
import de.souveraen.contracts.budget.FundsCommitted;
import de.souveraen.contracts.budget.OverPlan;
import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Rejection.Kind;
import de.souveraen.eventstore.text.German;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Mittelbindung: an order or signed contract binds funds of a line until expenses settle it or it is released.
 * Binding more than is available needs an over-plan approval; a frozen line takes no new or raised commitments.
 */
public final class Commitments {
    private Commitments() {
    }

    public static List<FiscalYearEvent> commit(CommitFunds c, BudgetState state) {
        int year = state.fiscalYear();
        UUID id = Check.id("commitmentId", "Die Kennung der Mittelbindung", c.commitmentId());
        BudgetRules.lineCode("lineCode", c.lineCode());
        BigDecimal amount = Check.positive("amount", "Der Betrag", c.amount());
        String vendor = Check.text("vendor", "Der Auftragnehmer", c.vendor(), 200);
        String reference = Check.text("reference", "Die Auftrags- oder Vertragsnummer", c.reference(), 100);
        String description = Check.optionalText("description", "Die Beschreibung", c.description(), 1000);
        BudgetRules.dateInYear("committedOn", "Das Datum der Mittelbindung", c.committedOn(), year);
        String approval = approval(c.overPlanApprovalReference());
        if (state.commitments().containsKey(id)) {
            throw Rejection.conflict("commitment-exists", "commitmentId", "Diese Mittelbindung ist bereits erfasst.",
                    "This commitment is already recorded.");
        }
        LineState line = BudgetRules.lineToBook(state, c.lineCode());
        BudgetRules.requireNotFrozen(line);
        OverPlan overPlan = Funds.cover(line, amount, approval);
        return List.of(new FundsCommitted(year, id, line.code(), amount, vendor, reference, description,
                c.committedOn(), overPlan));
    }

    public static List<FiscalYearEvent> adjust(AdjustCommitment c, BudgetState state) {
        int year = state.fiscalYear();
        UUID id = Check.id("commitmentId", "Die Kennung der Mittelbindung", c.commitmentId());
        BigDecimal amount = Check.positive("amount", "Der Betrag", c.amount());
        String reason = Check.text("reason", "Die Begründung", c.reason(), 1000);
        BudgetRules.dateInYear("adjustedOn", "Das Datum der Änderung", c.adjustedOn(), year);
        String approval = approval(c.overPlanApprovalReference());
        Commitment commitment = active(state, id);
        Check.notBefore("adjustedOn", "Das Datum der Änderung", c.adjustedOn(), commitment.committedOn(),
                "der Mittelbindung", "the commitment");
        if (amount.compareTo(commitment.settled()) < 0) {
            throw new Rejection(Kind.UNPROCESSABLE, "below-settled", "amount",
                    "Die Mittelbindung ist bereits mit " + German.money(commitment.settled())
                            + " abgerechnet; der Betrag darf nicht darunter liegen.",
                    "The commitment is already settled with " + Funds.english(commitment.settled())
                            + "; amount must not be lower.",
                    Map.of("settled", commitment.settled()));
        }
        BigDecimal delta = amount.subtract(commitment.amount());
        if (delta.signum() == 0) {
            return List.of();
        }
        OverPlan overPlan = null;
        if (delta.signum() > 0) {
            LineState line = state.line(commitment.lineCode()).orElseThrow();
            BudgetRules.requireNotFrozen(line);
            overPlan = Funds.cover(line, delta, approval);
        }
        return List.of(new CommitmentAdjusted(year, id, commitment.lineCode(), commitment.amount(), amount,
                amount.subtract(commitment.settled()), reason, c.adjustedOn(), overPlan));
    }

    public static List<FiscalYearEvent> release(ReleaseCommitment c, BudgetState state) {
        int year = state.fiscalYear();
        UUID id = Check.id("commitmentId", "Die Kennung der Mittelbindung", c.commitmentId());
        String reason = Check.text("reason", "Die Begründung", c.reason(), 1000);
        BudgetRules.dateInYear("releasedOn", "Das Datum der Freigabe", c.releasedOn(), year);
        Commitment commitment = active(state, id);
        Check.notBefore("releasedOn", "Das Datum der Freigabe", c.releasedOn(), commitment.committedOn(),
                "der Mittelbindung", "the commitment");
        return List.of(new CommitmentReleased(year, id, commitment.lineCode(), commitment.open(), reason,
                c.releasedOn()));
    }

    /** The commitment a command addresses: unknown is a 404, released a 409, both naming {@code commitmentId}. */
    private static Commitment active(BudgetState state, UUID id) {
        Commitment commitment = state.commitment(id).orElseThrow(() -> new Rejection(Kind.NOT_FOUND,
                "commitment-not-found", "commitmentId", "Diese Mittelbindung gibt es nicht.", "No such commitment.",
                Map.of()));
        requireOpen(commitment);
        return commitment;
    }

    /** Released: 409 {@code commitment-released}; carried over: 409 {@code commitment-carried-over}. */
    public static void requireOpen(Commitment commitment) {
        if (commitment.released()) {
            throw Rejection.conflict("commitment-released", "commitmentId",
                    "Diese Mittelbindung ist bereits freigegeben.", "This commitment has already been released.");
        }
        if (commitment.carriedTo() != null) {
            throw Rejection.conflict("commitment-carried-over", "commitmentId",
                    "Diese Mittelbindung ist in das Haushaltsjahr " + commitment.carriedTo() + " übertragen.",
                    "This commitment was carried over into fiscal year " + commitment.carriedTo() + ".");
        }
    }

    /** The optional reference of an over-plan approval (§ 83 GO NRW). */
    public static String approval(String reference) {
        return Check.optionalText("overPlanApprovalReference", "Die Fundstelle der überplanmäßigen Genehmigung",
                reference, 100);
    }

    public static BudgetState committed(BudgetState state, FundsCommitted e) {
        return state.updateLine(e.lineCode(), line -> withOverPlan(line.commitBy(e.amount()), e.overPlan()))
                .withCommitment(e.commitmentId(),
                        new Commitment(e.lineCode(), e.amount(), Funds.ZERO, false, e.committedOn(), e.vendor(),
                                e.reference(), e.description(), null));
    }

    public static BudgetState adjusted(BudgetState state, CommitmentAdjusted e) {
        Commitment commitment = state.commitments().get(e.commitmentId()).getOrNull();
        BigDecimal delta = e.amount().subtract(e.previousAmount());
        return state.updateLine(e.lineCode(), line -> withOverPlan(line.commitBy(delta), e.overPlan()))
                .withCommitment(e.commitmentId(), commitment.withAmount(e.amount()));
    }

    public static BudgetState released(BudgetState state, CommitmentReleased e) {
        Commitment commitment = state.commitments().get(e.commitmentId()).getOrNull();
        return state.updateLine(e.lineCode(), line -> line.commitBy(e.releasedAmount().negate()))
                .withCommitment(e.commitmentId(), commitment.release());
    }

    /** An approved over-plan part raises the line's adjusted appropriation (and is counted separately). */
    public static LineState withOverPlan(LineState line, OverPlan overPlan) {
        return overPlan == null ? line : line.overPlanBy(overPlan.amount());
    }
}
