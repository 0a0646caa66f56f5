package de.souveraen.budget.fiscalyear;

import de.souveraen.budget.shared.Check;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Rejection.Kind;
import java.util.Map;

/** Checks shared by the features: the budget exists, a line exists, a line is not frozen. */
public final class BudgetGuards {
    private BudgetGuards() {
    }

    /** Every command but the adoption needs an adopted budget of the command's year. */
    static void requireAdopted(BudgetState state, int fiscalYear) {
        if (!state.adopted()) {
            throw new Rejection(Kind.NOT_FOUND, "budget-not-found", "fiscalYear",
                    "Für das Haushaltsjahr " + fiscalYear + " ist kein Haushalt beschlossen.",
                    "No budget has been adopted for fiscal year " + fiscalYear + ".", Map.of("fiscalYear", fiscalYear));
        }
        if (state.fiscalYear() != fiscalYear) {
            throw Check.invalid("fiscal-year-mismatch", "fiscalYear",
                    "Das Haushaltsjahr " + fiscalYear + " passt nicht zum Haushalt " + state.fiscalYear() + ".",
                    "Fiscal year " + fiscalYear + " does not match budget " + state.fiscalYear() + ".");
        }
    }

    /** The line a command acts on (freeze, adjust, carry over): unknown is a 404 naming {@code lineCode}. */
    public static LineState lineToChange(BudgetState state, String code) {
        Check.lineCode("lineCode", code);
        return state.line(code).orElseThrow(() -> new Rejection(Kind.NOT_FOUND, "line-not-found", "lineCode",
                "Der Haushalt " + state.fiscalYear() + " hat keine Position " + code + ".",
                "Budget " + state.fiscalYear() + " has no line " + code + ".", Map.of("lineCode", code)));
    }

    /** The line a new commitment or expense is booked on: unknown is a 422 naming {@code lineCode}. */
    public static LineState lineToBook(BudgetState state, String code) {
        return lineToBook(state, "lineCode", code);
    }

    /** As {@link #lineToBook(BudgetState, String)} for a line named by {@code field} (e.g. {@code fromLine}). */
    public static LineState lineToBook(BudgetState state, String field, String code) {
        Check.lineCode(field, code);
        return state.line(code).orElseThrow(() -> new Rejection(Kind.UNPROCESSABLE, "unknown-line", field,
                "Der Haushalt " + state.fiscalYear() + " hat keine Position " + code + ".",
                "Budget " + state.fiscalYear() + " has no line " + code + ".", Map.of("lineCode", code)));
    }

    /** A frozen line (§ 81 GO NRW) takes no new obligations. */
    public static void requireNotFrozen(LineState line) {
        requireNotFrozen(line, "lineCode");
    }

    /** As {@link #requireNotFrozen(LineState)} for a line named by {@code field} (e.g. {@code toLine}). */
    public static void requireNotFrozen(LineState line, String field) {
        if (line.frozen()) {
            throw new Rejection(Kind.CONFLICT, "line-frozen", field,
                    "Die Haushaltsposition " + line.code() + " ist gesperrt (§ 81 GO NRW).",
                    "Budget line " + line.code() + " is frozen (§ 81 GO NRW).", Map.of("lineCode", line.code()));
        }
    }
}
