package de.souveraen.budget.testing;

import de.souveraen.budget.fiscalyear.BudgetCommand.AdoptBudget;
import de.souveraen.budget.fiscalyear.BudgetCommand.BookExpense;
import de.souveraen.budget.fiscalyear.BudgetCommand.CommitFunds;
import de.souveraen.budget.fiscalyear.BudgetCommand.LineInput;
import de.souveraen.budget.fiscalyear.BudgetCommand.PlanInput;
import de.souveraen.budget.fiscalyear.BudgetCommand.ReverseExpense;
import de.souveraen.contracts.budget.BudgetAdopted;
import de.souveraen.contracts.budget.BudgetLine;
import de.souveraen.contracts.budget.ExpenseBooked;
import de.souveraen.contracts.budget.FundsCommitted;
import de.souveraen.contracts.budget.OverPlan;
import de.souveraen.contracts.budget.PlannedAmount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Blankenheim's programme budget 2026 (council resolution of 29.01.2026, 15,000 EUR in five lines) and builders
 * for the commands and events the tests use most.
 */
public final class Budget2026 {
    public static final int YEAR = 2026;
    public static final String ANALYSE = "ANALYSE";
    public static final String KONZEPT = "KONZEPT";
    public static final String PROTOTYPEN = "PROTOTYPEN";
    public static final String SCHULUNG = "SCHULUNG";
    public static final String EMPFEHLUNG = "EMPFEHLUNG";
    public static final String TITLE = "Digitale Souveränität & Open Source";
    public static final String RESOLUTION = "Ratsbeschluss 2026/017";
    public static final LocalDate ADOPTED_ON = LocalDate.of(2026, 1, 29);
    public static final List<BudgetLine> LINES = List.of(
            new BudgetLine(ANALYSE, "Analyse der digitalen Abhängigkeiten", eur("3000.00")),
            new BudgetLine(KONZEPT, "Dreijahreskonzept", eur("4000.00")),
            new BudgetLine(PROTOTYPEN, "Open-Source-Prototypen", eur("4500.00")),
            new BudgetLine(SCHULUNG, "Schulungen und Workshops", eur("2000.00")),
            new BudgetLine(EMPFEHLUNG, "Handlungsempfehlungen", eur("1500.00")));
    public static final List<PlannedAmount> PLAN = List.of(new PlannedAmount(2027, eur("20000.00")),
            new PlannedAmount(2028, eur("20000.00")));

    private Budget2026() {
    }

    public static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    public static LocalDate day(int month, int day) {
        return LocalDate.of(YEAR, month, day);
    }

    /** A readable, deterministic id: {@code id(7)} is {@code 00000000-0000-0000-0000-000000000007}. */
    public static UUID id(long n) {
        return new UUID(0, n);
    }

    public static BudgetAdopted adopted() {
        return new BudgetAdopted(YEAR, TITLE, RESOLUTION, ADOPTED_ON, LINES, PLAN);
    }

    public static AdoptBudget adopt() {
        return new AdoptBudget(YEAR, TITLE, RESOLUTION, ADOPTED_ON,
                LINES.stream().map(l -> new LineInput(l.code(), l.title(), l.amount())).toList(),
                PLAN.stream().map(p -> new PlanInput(p.fiscalYear(), p.amount())).toList());
    }

    public static AdoptBudget adoptWithLines(List<LineInput> lines) {
        return new AdoptBudget(YEAR, TITLE, RESOLUTION, ADOPTED_ON, lines, List.of());
    }

    public static CommitFunds commit(long id, String line, String amount) {
        return new CommitFunds(YEAR, id(id), line, eur(amount), "KDN Dachverband kommunaler IT-Dienstleister",
                "Bestellung 2026-" + id, "Auftrag " + id, day(3, 2), null);
    }

    public static CommitFunds commitOverPlan(long id, String line, String amount, String approval) {
        CommitFunds c = commit(id, line, amount);
        return new CommitFunds(c.fiscalYear(), c.commitmentId(), c.lineCode(), c.amount(), c.vendor(), c.reference(),
                c.description(), c.committedOn(), approval);
    }

    public static FundsCommitted committed(long id, String line, String amount) {
        return new FundsCommitted(YEAR, id(id), line, eur(amount), "KDN Dachverband kommunaler IT-Dienstleister",
                "Bestellung 2026-" + id, "Auftrag " + id, day(3, 2), null);
    }

    public static BookExpense book(long id, String line, String amount) {
        return book(id, line, amount, "RE-" + id, null);
    }

    public static BookExpense book(long id, String line, String amount, String invoiceRef, UUID commitmentId) {
        return new BookExpense(YEAR, id(id), line, eur(amount), day(4, 15), "Beratung Nord GmbH", "Leistung " + id,
                invoiceRef, commitmentId, null);
    }

    public static BookExpense bookOverPlan(long id, String line, String amount, String approval) {
        BookExpense c = book(id, line, amount);
        return new BookExpense(c.fiscalYear(), c.expenseId(), c.lineCode(), c.amount(), c.bookedOn(), c.vendor(),
                c.description(), c.invoiceRef(), c.commitmentId(), approval);
    }

    public static ExpenseBooked booked(long id, String line, String amount) {
        return new ExpenseBooked(YEAR, id(id), line, eur(amount), day(4, 15), "Beratung Nord GmbH", "Leistung " + id,
                "RE-" + id, null, eur("0.00"), null);
    }

    public static ExpenseBooked bookedSettling(long id, String line, String amount, long commitment, String settled) {
        return new ExpenseBooked(YEAR, id(id), line, eur(amount), day(4, 15), "Beratung Nord GmbH", "Leistung " + id,
                "RE-" + id, id(commitment), eur(settled), null);
    }

    public static ExpenseBooked bookedOverPlan(long id, String line, String amount, String approval, String part) {
        return new ExpenseBooked(YEAR, id(id), line, eur(amount), day(4, 15), "Beratung Nord GmbH", "Leistung " + id,
                "RE-" + id, null, eur("0.00"), new OverPlan(approval, eur(part)));
    }

    public static ReverseExpense reverse(long reversal, long expense) {
        return new ReverseExpense(YEAR, id(reversal), id(expense), "Falscher Betrag erfasst", day(5, 2));
    }
}
