package de.souveraen.budget.appropriation;

import de.souveraen.budget.fiscalyear.BudgetCommand.AdoptBudget;
import de.souveraen.budget.fiscalyear.BudgetCommand.LineInput;
import de.souveraen.budget.fiscalyear.BudgetRules;
import de.souveraen.budget.fiscalyear.BudgetState;
import de.souveraen.budget.fiscalyear.LineState;
import de.souveraen.budget.funds.Funds;
import de.souveraen.contracts.budget.BudgetAdopted;
import de.souveraen.contracts.budget.BudgetLine;
import de.souveraen.contracts.budget.FiscalYearEvent;
import de.souveraen.contracts.budget.LineClassified;
import de.souveraen.contracts.budget.PlannedAmount;
import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Violations.Codes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The council adopts the budget of a fiscal year once, with its lines (Ansatz) and optionally the plan ahead. */
public final class Adoption {
    /** Lines per budget: a programme budget has a handful; the bound keeps the state small. */
    public static final int MAX_LINES = 200;

    private Adoption() {
    }

    public static List<FiscalYearEvent> adopt(AdoptBudget c, BudgetState state) {
        int year = BudgetRules.fiscalYear("fiscalYear", c.fiscalYear());
        if (state.adopted()) {
            throw Rejection.conflict("budget-exists", "fiscalYear",
                    "Der Haushalt " + year + " ist bereits beschlossen.", "Budget " + year + " is already adopted.");
        }
        String title = Check.text("title", "Der Titel", c.title(), 200);
        String resolution = Check.text("resolution", "Der Ratsbeschluss", c.resolution(), 100);
        BudgetRules.dateInYears("adoptedOn", "Das Beschlussdatum", c.adoptedOn(), year - 1, year);
        List<BudgetLine> lines = lines(c.lines());
        List<PlannedAmount> plan = FinancialPlanning.plan(c.financialPlan(), year);
        List<FiscalYearEvent> events = new ArrayList<>();
        events.add(new BudgetAdopted(year, title, resolution, c.adoptedOn(), lines, plan));
        for (int i = 0; i < lines.size(); i++) {
            LineInput input = c.lines().get(i);
            String[] nkf = Classifications.optional("lines[" + i + "].", input.produkt(), input.sachkonto());
            if (nkf != null) {
                events.add(new LineClassified(year, lines.get(i).code(), nkf[0], nkf[1], resolution, c.adoptedOn()));
            }
        }
        return events;
    }

    private static List<BudgetLine> lines(List<LineInput> input) {
        if (input == null || input.isEmpty()) {
            throw Check.invalid(Codes.REQUIRED, "lines", "Der Haushalt braucht mindestens eine Position.",
                    "lines must contain at least one line.");
        }
        if (input.size() > MAX_LINES) {
            throw Check.invalid(Codes.TOO_MANY, "lines",
                    "Der Haushalt darf höchstens " + MAX_LINES + " Positionen haben.",
                    "lines must contain at most " + MAX_LINES + " lines.");
        }
        List<BudgetLine> lines = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < input.size(); i++) {
            String at = "lines[" + i + "]";
            LineInput line = Check.present(at, "Die Position", input.get(i));
            String code = BudgetRules.lineCode(at + ".code", line.code());
            if (!codes.add(code)) {
                throw Check.invalid("duplicate-line-code", at + ".code",
                        "Der Code " + code + " kommt mehrfach vor.", "Line code " + code + " occurs more than once.");
            }
            String title = Check.text(at + ".title", "Der Titel der Position", line.title(), 200);
            lines.add(new BudgetLine(code, title, Check.positive(at + ".amount", "Der Ansatz", line.amount())));
        }
        return lines;
    }

    public static BudgetState adopted(BudgetAdopted e) {
        Map<String, LineState> lines = new LinkedHashMap<>();
        for (BudgetLine line : e.lines()) {
            lines.put(line.code(), new LineState(line.code(), line.title(), line.amount(), line.amount(), Funds.ZERO,
                    Funds.ZERO, Funds.ZERO, Funds.ZERO, false));
        }
        return new BudgetState(e.fiscalYear(), e.title(), e.resolution(), e.adoptedOn(),
                Collections.unmodifiableMap(lines), e.financialPlan(), BudgetState.NONE.commitments(),
                BudgetState.NONE.expenses(), BudgetState.NONE.invoices(), BudgetState.NONE.carryOvers(),
                BudgetState.NONE.coverages());
    }
}
