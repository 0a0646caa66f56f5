package de.souveraen.budget.appropriation;

import de.souveraen.budget.fiscalyear.BudgetCommand.CarryOverAppropriation;
import de.souveraen.budget.fiscalyear.BudgetCommand.ReceiveCarryOver;
import de.souveraen.budget.fiscalyear.BudgetRules;
import de.souveraen.budget.fiscalyear.BudgetState;
import de.souveraen.budget.fiscalyear.CarryOver;
import de.souveraen.budget.fiscalyear.LineState;
import de.souveraen.budget.funds.Funds;
import de.souveraen.contracts.budget.AppropriationCarriedOver;
import de.souveraen.contracts.budget.BudgetLineAdded;
import de.souveraen.contracts.budget.CarryOverReceived;
import de.souveraen.contracts.budget.FiscalYearEvent;
import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Rejection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Ermächtigungsübertragung (§ 22 KomHVO NRW) in two steps, because each year is its own stream: the giving year
 * records {@link AppropriationCarriedOver} (only what is unused, i.e. available: open commitments must be
 * released first and committed again next year), a process manager then sends {@link ReceiveCarryOver} to the
 * next year, which records {@link CarryOverReceived}. The decision may be taken in the year or in the following
 * year (year-end closing); the receiving year books it on a date within itself.
 */
public final class CarryOvers {
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
        if (amount.compareTo(line.available()) > 0) {
            throw Funds.insufficient(line, amount);
        }
        return List.of(new AppropriationCarriedOver(year, id, line.code(), line.title(), year + 1, amount, reference,
                reason, c.decidedOn(), line.adjusted().subtract(amount)));
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
        List<FiscalYearEvent> events = new ArrayList<>();
        BigDecimal before = Funds.ZERO;
        if (state.line(code).isPresent()) {
            before = state.line(code).get().adjusted();
        } else {
            events.add(new BudgetLineAdded(year, code, title, c.effectiveOn()));
        }
        events.add(new CarryOverReceived(year, id, c.fromFiscalYear(), code, amount, reference, c.effectiveOn(),
                before.add(amount)));
        return events;
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
