package de.souveraen.budget.appropriation;

import de.souveraen.budget.commitment.Commitment;
import de.souveraen.budget.fiscalyear.BudgetCommand.CarryOverAppropriation;
import de.souveraen.budget.fiscalyear.BudgetCommand.ReceiveCarryOver;
import de.souveraen.budget.fiscalyear.BudgetRules;
import de.souveraen.budget.fiscalyear.BudgetState;
import de.souveraen.budget.fiscalyear.CarryOver;
import de.souveraen.budget.fiscalyear.LineState;
import de.souveraen.budget.funds.Funds;
import de.souveraen.contracts.budget.AppropriationCarriedOver;
import de.souveraen.contracts.budget.BudgetLineAdded;
import de.souveraen.contracts.budget.CarriedCommitment;
import de.souveraen.contracts.budget.CarryOverReceived;
import de.souveraen.contracts.budget.CommitmentsCarriedOver;
import de.souveraen.contracts.budget.CommitmentsReceived;
import de.souveraen.contracts.budget.LineClassified;
import de.souveraen.contracts.budget.FiscalYearEvent;
import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Rejection.Kind;
import de.souveraen.eventstore.domain.Violations.Codes;
import de.souveraen.eventstore.text.German;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Ermächtigungsübertragung (§ 22 KomHVO NRW) in two steps, because each year is its own stream: the giving year
 * records {@link AppropriationCarriedOver}, a process manager then sends {@link ReceiveCarryOver} to the next
 * year, which records {@link CarryOverReceived}. The decision may be taken in the year or in the following year
 * (year-end closing); the receiving year books it on a date within itself.
 * <p>
 * Orders already placed move with their money: a carry-over may name open commitments of the line
 * ({@code commitmentIds}). Their open parts leave this year's line ({@link CommitmentsCarriedOver}: committed falls,
 * the commitments are closed here) and arrive as open commitments of next year's line
 * ({@link CommitmentsReceived}); the amount carried over must cover them and may add at most what is available.
 * Nothing is counted twice: this year's adjusted appropriation and committed sum fall by the open parts, next
 * year's rise by them. Commitments move only into a next year whose budget is adopted.
 */
public final class CarryOvers {
    /** Commitments one carry-over may take along. */
    public static final int MAX_COMMITMENTS = 200;

    private CarryOvers() {
    }

    public static List<FiscalYearEvent> carryOver(CarryOverAppropriation c, BudgetState state) {
        int year = state.fiscalYear();
        UUID id = Check.id("carryOverId", "Die Kennung der Übertragung", c.carryOverId());
        LineState line = BudgetRules.lineToChange(state, c.lineCode());
        BigDecimal amount = Check.positive("amount", "Der Betrag", c.amount());
        String reference = Check.text("reference", "Die Fundstelle der Übertragungsentscheidung", c.reference(), 100);
        String reason = Check.optionalText("reason", "Die Begründung", c.reason(), 1000);
        BudgetRules.dateInYears("decidedOn", "Das Entscheidungsdatum", c.decidedOn(), year, year + 1);
        if (state.carryOvers().containsKey(id)) {
            throw Rejection.conflict("carry-over-exists", "carryOverId", "Diese Übertragung ist bereits erfasst.",
                    "This carry-over is already recorded.");
        }
        List<CarriedCommitment> carried = commitments(c, state, line);
        BigDecimal open = carried.stream().map(CarriedCommitment::openAmount).reduce(Funds.ZERO, BigDecimal::add);
        if (amount.compareTo(open) < 0) {
            throw new Rejection(Kind.UNPROCESSABLE, "below-commitments", "amount",
                    "Die übertragenen Mittelbindungen sind noch mit " + German.money(open)
                            + " offen; der Betrag der Übertragung darf nicht darunter liegen.",
                    "The commitments carried over are open with " + Funds.english(open)
                            + "; amount must not be lower.",
                    Map.of("committed", open, "requested", amount));
        }
        if (amount.subtract(open).compareTo(line.available()) > 0) {
            throw Funds.insufficient(line, amount.subtract(open)).with("committed", open);
        }
        List<FiscalYearEvent> events = new ArrayList<>();
        if (!carried.isEmpty()) {
            events.add(new CommitmentsCarriedOver(year, id, year + 1, line.code(), carried, c.decidedOn()));
        }
        events.add(new AppropriationCarriedOver(year, id, line.code(), line.title(), year + 1, amount, reference,
                reason, c.decidedOn(), line.adjusted().subtract(amount)));
        return events;
    }

    /** The open commitments named by the carry-over, each once, open, of the line; they need next year adopted. */
    private static List<CarriedCommitment> commitments(CarryOverAppropriation c, BudgetState state, LineState line) {
        if (c.commitmentIds() == null || c.commitmentIds().isEmpty()) {
            return List.of();
        }
        if (c.commitmentIds().size() > MAX_COMMITMENTS) {
            throw Check.invalid(Codes.TOO_MANY, "commitmentIds",
                    "Eine Übertragung kann höchstens " + MAX_COMMITMENTS + " Mittelbindungen mitnehmen.",
                    "commitmentIds must hold at most " + MAX_COMMITMENTS + " commitments.");
        }
        if (!c.nextYearAdopted()) {
            throw new Rejection(Kind.CONFLICT, "next-budget-not-adopted", "commitmentIds",
                    "Mittelbindungen können erst übertragen werden, wenn der Haushalt " + (state.fiscalYear() + 1)
                            + " beschlossen ist.",
                    "Commitments can be carried over only once budget " + (state.fiscalYear() + 1)
                            + " is adopted.",
                    Map.of("fiscalYear", state.fiscalYear() + 1));
        }
        List<CarriedCommitment> carried = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < c.commitmentIds().size(); i++) {
            String field = "commitmentIds[" + i + "]";
            UUID commitmentId = Check.id(field, "Die Kennung der Mittelbindung", c.commitmentIds().get(i));
            if (!seen.add(commitmentId)) {
                throw Check.invalid("duplicate-commitment", field, "Diese Mittelbindung ist doppelt angegeben.",
                        "This commitment is named twice.");
            }
            Commitment commitment = state.commitment(commitmentId).orElseThrow(() -> Check.invalid(
                    "unknown-commitment", field, "Diese Mittelbindung gibt es nicht.", "No such commitment."));
            if (commitment.closed()) {
                throw Rejection.conflict(commitment.released() ? "commitment-released" : "commitment-carried-over",
                        field, "Diese Mittelbindung ist nicht mehr offen.", "This commitment is no longer open.");
            }
            if (!commitment.lineCode().equals(line.code())) {
                throw new Rejection(Kind.UNPROCESSABLE, "commitment-line-mismatch", field,
                        "Die Mittelbindung gehört zur Position " + commitment.lineCode() + ", nicht zu "
                                + line.code() + ".",
                        "The commitment belongs to line " + commitment.lineCode() + ", not " + line.code() + ".",
                        Map.of("lineCode", commitment.lineCode()));
            }
            if (commitment.open().signum() <= 0) {
                throw Rejection.conflict("commitment-settled", field,
                        "Diese Mittelbindung ist vollständig abgerechnet.", "This commitment is fully settled.");
            }
            carried.add(new CarriedCommitment(commitmentId, commitment.vendor(), commitment.reference(),
                    commitment.description(), commitment.committedOn(), commitment.open()));
        }
        return carried;
    }

    public static List<FiscalYearEvent> receive(ReceiveCarryOver c, BudgetState state) {
        int year = state.fiscalYear();
        UUID id = Check.id("carryOverId", "Die Kennung der Übertragung", c.carryOverId());
        if (c.fromFiscalYear() != year - 1) {
            throw Check.invalid("not-previous-year", "fromFiscalYear",
                    "Übertragen werden kann nur aus dem Vorjahr " + (year - 1) + ".",
                    "fromFiscalYear must be the previous year " + (year - 1) + ".");
        }
        String code = BudgetRules.lineCode("lineCode", c.lineCode());
        String title = Check.text("lineTitle", "Der Titel der Position", c.lineTitle(), 200);
        BigDecimal amount = Check.positive("amount", "Der Betrag", c.amount());
        String reference = Check.text("reference", "Die Fundstelle der Übertragungsentscheidung", c.reference(), 100);
        BudgetRules.dateInYear("effectiveOn", "Das Buchungsdatum", c.effectiveOn(), year);
        CarryOver known = state.carryOvers().get(id).getOrNull();
        if (known != null) {
            if (!known.outgoing() && known.lineCode().equals(code) && known.amount().compareTo(amount) == 0) {
                return List.of();
            }
            throw Rejection.conflict("carry-over-exists", "carryOverId",
                    "Unter dieser Kennung ist eine andere Übertragung erfasst.",
                    "A different carry-over is recorded under this id.");
        }
        List<CarriedCommitment> carried = c.commitments() == null ? List.of() : c.commitments();
        BigDecimal open = Funds.ZERO;
        for (CarriedCommitment commitment : carried) {
            if (state.commitments().containsKey(commitment.commitmentId())) {
                throw Rejection.conflict("commitment-exists", "commitments",
                        "Eine übertragene Mittelbindung ist in diesem Jahr bereits erfasst.",
                        "A carried-over commitment is already recorded in this year.");
            }
            open = open.add(Check.positive("commitments.openAmount", "Der offene Betrag", commitment.openAmount()));
        }
        if (open.compareTo(amount) > 0) {
            throw Check.invalid("below-commitments", "amount",
                    "Der Betrag deckt die übertragenen Mittelbindungen nicht.",
                    "amount does not cover the commitments carried over.");
        }
        List<FiscalYearEvent> events = new ArrayList<>();
        BigDecimal before = Funds.ZERO;
        if (state.line(code).isPresent()) {
            before = state.line(code).get().adjusted();
        } else {
            events.add(new BudgetLineAdded(year, code, title, c.effectiveOn()));
            String[] nkf = Classifications.optional("", c.produkt(), c.sachkonto());
            if (nkf != null) {
                events.add(new LineClassified(year, code, nkf[0], nkf[1], reference, c.effectiveOn()));
            }
        }
        events.add(new CarryOverReceived(year, id, c.fromFiscalYear(), code, amount, reference, c.effectiveOn(),
                before.add(amount)));
        if (!carried.isEmpty()) {
            events.add(new CommitmentsReceived(year, id, c.fromFiscalYear(), code, carried, c.effectiveOn()));
        }
        return events;
    }

    public static BudgetState commitmentsCarriedOver(BudgetState state, CommitmentsCarriedOver e) {
        BudgetState next = state;
        BigDecimal open = Funds.ZERO;
        for (CarriedCommitment carried : e.commitments()) {
            Commitment commitment = next.commitments().get(carried.commitmentId()).get();
            next = next.withCommitment(carried.commitmentId(), commitment.carryOverTo(e.toFiscalYear()));
            open = open.add(carried.openAmount());
        }
        BigDecimal released = open;
        return next.updateLine(e.lineCode(), line -> line.commitBy(released.negate()));
    }

    public static BudgetState commitmentsReceived(BudgetState state, CommitmentsReceived e) {
        BudgetState next = state;
        BigDecimal open = Funds.ZERO;
        for (CarriedCommitment carried : e.commitments()) {
            next = next.withCommitment(carried.commitmentId(), new Commitment(e.lineCode(), carried.openAmount(),
                    Funds.ZERO, false, carried.committedOn(), carried.vendor(), carried.reference(),
                    carried.description(), null));
            open = open.add(carried.openAmount());
        }
        BigDecimal committed = open;
        return next.updateLine(e.lineCode(), line -> line.commitBy(committed));
    }

    public static BudgetState carriedOver(BudgetState state, AppropriationCarriedOver e) {
        return state.updateLine(e.lineCode(), line -> line.adjustBy(e.amount().negate()))
                .withCarryOver(e.carryOverId(), new CarryOver(true, e.lineCode(), e.amount()));
    }

    public static BudgetState received(BudgetState state, CarryOverReceived e) {
        return state.updateLine(e.lineCode(), line -> line.adjustBy(e.amount()))
                .withCarryOver(e.carryOverId(), new CarryOver(false, e.lineCode(), e.amount()));
    }
}
