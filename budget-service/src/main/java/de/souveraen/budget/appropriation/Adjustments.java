package de.souveraen.budget.appropriation;

import de.souveraen.budget.fiscalyear.BudgetCommand.AdjustAppropriation;
import de.souveraen.budget.fiscalyear.BudgetRules;
import de.souveraen.budget.fiscalyear.BudgetState;
import de.souveraen.budget.fiscalyear.LineState;
import de.souveraen.budget.funds.Funds;
import de.souveraen.contracts.budget.AdjustmentKind;
import de.souveraen.contracts.budget.AppropriationAdjusted;
import de.souveraen.contracts.budget.BudgetLineAdded;
import de.souveraen.contracts.budget.FiscalYearEvent;
import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Violations.Codes;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Changes of the adjusted appropriation during the year, each with its approval reference: a supplementary
 * budget (raises or lowers a line, or adds one), an over-plan amount for a line that has an appropriation, an
 * unplanned amount for a purpose without one (adds the line if needed). A reduction cannot take away funds that
 * are already committed or spent. {@code lineTitle} is only used for a new line; an existing line keeps its title.
 */
public final class Adjustments {
    private Adjustments() {
    }

    public static List<FiscalYearEvent> adjust(AdjustAppropriation c, BudgetState state) {
        int year = state.fiscalYear();
        AdjustmentKind kind = Check.present("kind", "Die Art der Änderung", c.kind());
        String code = BudgetRules.lineCode("lineCode", c.lineCode());
        BigDecimal amount = kind == AdjustmentKind.SUPPLEMENTARY
                ? Check.nonZero("amount", "Der Betrag", c.amount())
                : Check.positive("amount", "Der Betrag", c.amount());
        String approval = Check.text("approvalReference", "Die Fundstelle der Genehmigung", c.approvalReference(), 100);
        BudgetRules.dateInYear("approvedOn", "Das Genehmigungsdatum", c.approvedOn(), year);
        String reason = Check.optionalText("reason", "Die Begründung", c.reason(), 1000);
        String lineTitle = Check.optionalText("lineTitle", "Der Titel der Position", c.lineTitle(), 200);

        Optional<LineState> existing = state.line(code);
        if (existing.isEmpty()) {
            return newLine(c, state, kind, code, amount, approval, reason, lineTitle);
        }
        LineState line = existing.get();
        if (kind == AdjustmentKind.UNPLANNED && line.appropriated().signum() > 0) {
            throw Check.invalid("planned-line", "kind",
                    "Die Position " + code + " hat einen Ansatz; Mehrbedarf ist überplanmäßig (OVER_PLAN).",
                    "Line " + code + " has an appropriation; additional funds are OVER_PLAN, not UNPLANNED.");
        }
        if (amount.signum() < 0 && amount.negate().compareTo(line.available()) > 0) {
            throw Funds.insufficient(line, amount.negate());
        }
        return List.of(new AppropriationAdjusted(year, code, kind, amount, approval, c.approvedOn(), reason,
                line.adjusted().add(amount)));
    }

    private static List<FiscalYearEvent> newLine(AdjustAppropriation c, BudgetState state, AdjustmentKind kind,
            String code, BigDecimal amount, String approval, String reason, String lineTitle) {
        if (kind == AdjustmentKind.OVER_PLAN) {
            BudgetRules.lineToChange(state, code);
        }
        if (lineTitle == null) {
            throw Check.invalid(Codes.REQUIRED, "lineTitle",
                    "Für die neue Position " + code + " fehlt der Titel.", "lineTitle is required for new line " + code + ".");
        }
        if (amount.signum() < 0) {
            throw Check.invalid(Codes.NOT_POSITIVE, "amount", "Eine neue Position braucht einen Betrag größer als 0,00 €.",
                    "amount must be greater than 0.00 for a new line.");
        }
        return List.of(new BudgetLineAdded(state.fiscalYear(), code, lineTitle, c.approvedOn()),
                new AppropriationAdjusted(state.fiscalYear(), code, kind, amount, approval, c.approvedOn(), reason,
                        amount));
    }

    public static BudgetState lineAdded(BudgetState state, BudgetLineAdded e) {
        return state.withLine(new LineState(e.lineCode(), e.title(), Funds.ZERO, Funds.ZERO, Funds.ZERO, Funds.ZERO,
                Funds.ZERO, Funds.ZERO, false));
    }

    public static BudgetState adjusted(BudgetState state, AppropriationAdjusted e) {
        boolean section83 = e.kind() == AdjustmentKind.OVER_PLAN || e.kind() == AdjustmentKind.UNPLANNED;
        return state.updateLine(e.lineCode(),
                line -> section83 ? line.overPlanBy(e.amount()) : line.adjustBy(e.amount()));
    }
}
