package de.souveraen.budget.fiscalyear;

import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Rejection.Kind;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The budget's own rules, shared by the features (the general input rules and their codes are the kernel's
 * {@link Check}): line codes, the fiscal years the software accepts, dates inside the fiscal year, and the guards
 * on the year's state (the budget is adopted, a line exists, a line is not frozen).
 */
public final class BudgetRules {
    /**
     * Line codes: upper-case letters, digits, {@code .}, {@code _} and {@code -}, starting with a letter or digit,
     * at most 20 characters — enough for NKF product/account codes like {@code 011103.529100} or short codes like
     * {@code SCHULUNG}.
     */
    public static final Pattern LINE_CODE = Pattern.compile("^[A-Z0-9][A-Z0-9._-]{0,19}$");

    /** Fiscal years the software accepts (calendar years). */
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    private BudgetRules() {
    }

    /** A line code matching {@link #LINE_CODE}. */
    public static String lineCode(String field, String code) {
        if (code == null || code.isBlank()) {
            throw Check.missing(field, "Der Code der Haushaltsposition");
        }
        if (!LINE_CODE.matcher(code).matches()) {
            throw Check.invalid("invalid-line-code", field,
                    "Der Code der Haushaltsposition muss aus 1 bis 20 Großbuchstaben, Ziffern, '.', '_' oder '-' "
                            + "bestehen und mit einem Buchstaben oder einer Ziffer beginnen.",
                    field + " must be 1 to 20 upper-case letters, digits, '.', '_' or '-', starting with a letter "
                            + "or digit.");
        }
        return code;
    }

    /** A fiscal year within {@link #MIN_YEAR}..{@link #MAX_YEAR}. */
    public static int fiscalYear(String field, int year) {
        return Check.range(field, "Das Haushaltsjahr", year, MIN_YEAR, MAX_YEAR);
    }

    /** A date (required) within the calendar years {@code firstYear}..{@code lastYear}. */
    public static LocalDate dateInYears(String field, String de, LocalDate date, int firstYear, int lastYear) {
        Check.present(field, de, date);
        if (date.getYear() < firstYear || date.getYear() > lastYear) {
            String span = firstYear == lastYear ? "im Haushaltsjahr " + firstYear
                    : "in den Jahren " + firstYear + " bis " + lastYear;
            String spanEn = firstYear == lastYear ? "in fiscal year " + firstYear
                    : "in the years " + firstYear + " to " + lastYear;
            throw Check.invalid("outside-fiscal-year", field, de + " muss " + span + " liegen.",
                    field + " must lie " + spanEn + ".");
        }
        return date;
    }

    /** A date (required) within the fiscal (calendar) year. */
    public static LocalDate dateInYear(String field, String de, LocalDate date, int fiscalYear) {
        return dateInYears(field, de, date, fiscalYear, fiscalYear);
    }

    /** 404: no budget is adopted for {@code fiscalYear}. */
    public static Rejection notAdopted(int fiscalYear) {
        return new Rejection(Kind.NOT_FOUND, "budget-not-found", "fiscalYear",
                "Für das Haushaltsjahr " + fiscalYear + " ist kein Haushalt beschlossen.",
                "No budget has been adopted for fiscal year " + fiscalYear + ".", Map.of("fiscalYear", fiscalYear));
    }

    /** Every command but the adoption needs an adopted budget of the command's year. */
    static void requireAdopted(BudgetState state, int fiscalYear) {
        if (!state.adopted()) {
            throw notAdopted(fiscalYear);
        }
        if (state.fiscalYear() != fiscalYear) {
            throw Check.invalid("fiscal-year-mismatch", "fiscalYear",
                    "Das Haushaltsjahr " + fiscalYear + " passt nicht zum Haushalt " + state.fiscalYear() + ".",
                    "Fiscal year " + fiscalYear + " does not match budget " + state.fiscalYear() + ".");
        }
    }

    /** The line a command acts on (freeze, adjust, carry over): unknown is a 404 naming {@code lineCode}. */
    public static LineState lineToChange(BudgetState state, String code) {
        lineCode("lineCode", code);
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
        lineCode(field, code);
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
