package de.souveraen.budget.imports;

import de.souveraen.budget.appropriation.Classifications;
import de.souveraen.budget.expense.Expenses;
import de.souveraen.budget.expense.InvoiceRefs;
import de.souveraen.budget.fiscalyear.BudgetCommand.BookExpense;
import de.souveraen.budget.fiscalyear.BudgetCommand.ImportBookings;
import de.souveraen.budget.fiscalyear.BudgetCommand.ImportRow;
import de.souveraen.budget.fiscalyear.BudgetState;
import de.souveraen.budget.fiscalyear.LineState;
import de.souveraen.contracts.budget.ExpenseBooked;
import de.souveraen.contracts.budget.FiscalYearEvent;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Rejection.Kind;
import de.souveraen.eventstore.text.German;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Import of actual bookings (Ist) exported from the finance software: every row becomes an expense
 * ({@code budget.ExpenseBooked.v1}) with the voucher number (Belegnummer) as its invoice reference, so the year's
 * rule "each invoice reference once" makes the import idempotent: a voucher already booked (and not reversed) is
 * skipped and reported as such. All or nothing: one bad row refuses the whole import, naming every bad row and
 * column. Pure: the rows arrive as text and are parsed here (German amounts {@code 1.234,56}, dates
 * {@code 29.01.2026}), so that a dry run and the real import give the same answer per row.
 */
public final class Imports {
    /** The columns as the file names them (German) and the API fields they feed. */
    public static final String DATE = "Buchungsdatum";
    public static final String LINE = "Haushaltsposition";
    public static final String ACCOUNT = "Sachkonto";
    public static final String AMOUNT = "Betrag";
    public static final String VENDOR = "Lieferant";
    public static final String VOUCHER = "Belegnummer";
    public static final String PURPOSE = "Verwendungszweck";

    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("bookedOn", DATE, "lineCode", LINE,
            "amount", AMOUNT, "vendor", VENDOR, "invoiceRef", VOUCHER, "description", PURPOSE);

    /** What happens to a row: booked now (or in a dry run: would be), already booked earlier, or refused. */
    public enum Status {
        BOOK, ALREADY_BOOKED, ERROR
    }

    /** A problem of a row: the column (German header), the cell as found, a stable code and both messages. */
    public record Problem(String column, String value, String code, String messageDe, String messageEn) {
    }

    /** The answer for one row: its physical line in the file, what was read, its status and problems. */
    public record RowResult(int line, String voucher, String lineCode, LocalDate bookedOn, BigDecimal amount,
            String vendor, String purpose, Status status, List<Problem> problems) {
    }

    /** Rows and the events booking them (in row order). */
    public record Plan(List<RowResult> rows, List<FiscalYearEvent> events) {
        public boolean clean() {
            return rows.stream().noneMatch(r -> r.status() == Status.ERROR);
        }
    }

    private Imports() {
    }

    public static List<FiscalYearEvent> book(ImportBookings c, BudgetState state) {
        Plan plan = plan(c, state);
        if (!plan.clean()) {
            throw hasErrors(plan);
        }
        return plan.events();
    }

    /** 422 {@code import-has-errors}: nothing is booked; {@code rows} lists every bad row with its problems. */
    public static Rejection hasErrors(Plan plan) {
        List<RowResult> bad = plan.rows().stream().filter(r -> r.status() == Status.ERROR).toList();
        RowResult first = bad.get(0);
        Problem problem = first.problems().get(0);
        return new Rejection(Kind.UNPROCESSABLE, "import-has-errors", problem.column(),
                bad.size() + (bad.size() == 1 ? " Zeile ist" : " Zeilen sind") + " fehlerhaft; es wird nichts "
                        + "gebucht. Zeile " + first.line() + ", Spalte " + problem.column() + ": "
                        + problem.messageDe(),
                bad.size() + (bad.size() == 1 ? " row is" : " rows are") + " bad; nothing is booked. Line "
                        + first.line() + ", column " + problem.column() + ": " + problem.messageEn(),
                Map.of("badLines", bad.stream().map(RowResult::line).toList(), "rows", bad));
    }

    /** What the import does with each row against {@code state}; books nothing. */
    public static Plan plan(ImportBookings c, BudgetState state) {
        if (c.rows().isEmpty()) {
            throw new Rejection(Kind.UNPROCESSABLE, "no-rows", "file", "Die Datei enthält keine Buchungen.",
                    "The file holds no bookings.", Map.of());
        }
        BudgetState current = state;
        List<RowResult> results = new ArrayList<>();
        List<FiscalYearEvent> events = new ArrayList<>();
        Map<String, Integer> vouchersInFile = new HashMap<>();
        for (ImportRow row : c.rows()) {
            List<Problem> problems = new ArrayList<>();
            LocalDate bookedOn = date(row.bookedOn(), problems);
            BigDecimal amount = amount(row.amount(), problems);
            String voucher = blankToNull(row.voucher());
            String vendor = blankToNull(row.vendor());
            String purpose = blankToNull(row.purpose());
            String code = lineCode(row, current, problems);
            if (voucher == null) {
                problems.add(new Problem(VOUCHER, "", "required", "Die Belegnummer fehlt.",
                        "The voucher number is missing."));
            } else {
                Integer earlier = vouchersInFile.putIfAbsent(InvoiceRefs.key(voucher), row.line());
                if (earlier != null) {
                    problems.add(new Problem(VOUCHER, voucher, "duplicate-voucher",
                            "Die Belegnummer " + voucher + " steht schon in Zeile " + earlier + " der Datei.",
                            "Voucher " + voucher + " is already in line " + earlier + " of the file."));
                } else if (current.activeInvoice(InvoiceRefs.key(voucher)).isPresent()) {
                    results.add(new RowResult(row.line(), voucher, code, bookedOn, amount, vendor, purpose,
                            Status.ALREADY_BOOKED, List.of()));
                    continue;
                }
            }
            if (problems.isEmpty()) {
                try {
                    List<FiscalYearEvent> booked = Expenses.book(new BookExpense(current.fiscalYear(),
                            row.expenseId(), code, amount, bookedOn, vendor, purpose, voucher, null, null), current);
                    for (FiscalYearEvent event : booked) {
                        current = Expenses.booked(current, (ExpenseBooked) event);
                    }
                    events.addAll(booked);
                } catch (Rejection refused) {
                    String column = COLUMN_OF_FIELD.getOrDefault(refused.field(), AMOUNT);
                    problems.add(new Problem(column, cell(row, column), refused.code(), refused.messageDe(),
                            refused.messageEn()));
                }
            }
            results.add(new RowResult(row.line(), voucher, code, bookedOn, amount, vendor, purpose,
                    problems.isEmpty() ? Status.BOOK : Status.ERROR, List.copyOf(problems)));
        }
        return new Plan(List.copyOf(results), List.copyOf(events));
    }

    private static LocalDate date(String raw, List<Problem> problems) {
        String s = blankToNull(raw);
        if (s == null) {
            problems.add(new Problem(DATE, "", "required", "Das Buchungsdatum fehlt.", "The booking date is missing."));
            return null;
        }
        LocalDate date = German.parseDate(s);
        if (date == null) {
            problems.add(new Problem(DATE, s, "invalid-date",
                    "„" + s + "“ ist kein Datum; erwartet wird TT.MM.JJJJ, z. B. 29.01.2026.",
                    "'" + s + "' is not a date; expected dd.mm.yyyy, e.g. 29.01.2026."));
        }
        return date;
    }

    private static BigDecimal amount(String raw, List<Problem> problems) {
        String s = blankToNull(raw);
        if (s == null) {
            problems.add(new Problem(AMOUNT, "", "required", "Der Betrag fehlt.", "The amount is missing."));
            return null;
        }
        BigDecimal amount = German.parseAmount(s);
        if (amount == null) {
            problems.add(new Problem(AMOUNT, s, "invalid-number",
                    "„" + s + "“ ist kein Betrag; erwartet wird z. B. 1.234,56.",
                    "'" + s + "' is not an amount; expected e.g. 1.234,56 (decimal comma)."));
            return null;
        }
        return amount.scale() < 2 ? amount.setScale(2) : amount; // 800 → 800.00; three decimals stay and are refused
    }

    /** The row's line: named by its code, or found by its Sachkonto among the classified lines. */
    private static String lineCode(ImportRow row, BudgetState state, List<Problem> problems) {
        String code = blankToNull(row.lineCode());
        String account = blankToNull(row.sachkonto());
        if (code != null) {
            code = code.toUpperCase(Locale.ROOT);
            LineState line = state.line(code).orElse(null);
            if (line != null && account != null && line.sachkonto() != null && !line.sachkonto().equals(account)) {
                problems.add(new Problem(ACCOUNT, account, "account-mismatch",
                        "Die Position " + code + " ist dem Sachkonto " + line.sachkonto() + " zugeordnet, nicht "
                                + account + ".",
                        "Line " + code + " is classified with account " + line.sachkonto() + ", not " + account
                                + "."));
            }
            return code;
        }
        if (account == null) {
            problems.add(new Problem(LINE, "", "required",
                    "Haushaltsposition oder Sachkonto muss angegeben sein.",
                    "Either the budget line or the account is required."));
            return null;
        }
        try {
            Classifications.sachkonto("sachkonto", account);
        } catch (Rejection invalid) {
            problems.add(new Problem(ACCOUNT, account, invalid.code(), invalid.messageDe(), invalid.messageEn()));
            return null;
        }
        List<LineState> lines = Classifications.linesWithAccount(state, account);
        if (lines.size() == 1) {
            return lines.get(0).code();
        }
        if (lines.isEmpty()) {
            problems.add(new Problem(ACCOUNT, account, "unknown-account",
                    "Keine Position des Haushalts " + state.fiscalYear() + " ist dem Sachkonto " + account
                            + " zugeordnet.",
                    "No line of budget " + state.fiscalYear() + " is classified with account " + account + "."));
        } else {
            problems.add(new Problem(ACCOUNT, account, "ambiguous-account",
                    "Dem Sachkonto " + account + " sind mehrere Positionen zugeordnet ("
                            + String.join(", ", lines.stream().map(LineState::code).toList())
                            + "); bitte die Haushaltsposition angeben.",
                    "Several lines are classified with account " + account + "; please name the line."));
        }
        return null;
    }

    private static String cell(ImportRow row, String column) {
        String value = switch (column) {
            case DATE -> row.bookedOn();
            case LINE -> row.lineCode();
            case ACCOUNT -> row.sachkonto();
            case VENDOR -> row.vendor();
            case VOUCHER -> row.voucher();
            case PURPOSE -> row.purpose();
            default -> row.amount();
        };
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
