package de.souveraen.reporting.report;

import static de.souveraen.reporting.report.QuarterFixture.day;
import static de.souveraen.reporting.report.QuarterFixture.eur;
import static de.souveraen.reporting.report.QuarterFixture.id;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.budget.AdjustmentKind;
import de.souveraen.contracts.budget.AppropriationAdjusted;
import de.souveraen.contracts.budget.BudgetAdopted;
import de.souveraen.contracts.budget.BudgetLine;
import de.souveraen.contracts.budget.BudgetLineAdded;
import de.souveraen.contracts.budget.ExpenseBooked;
import de.souveraen.contracts.budget.FundsCommitted;
import de.souveraen.reporting.readmodel.ViewHarness;
import de.souveraen.reporting.report.QuarterlyReport.Finances;
import de.souveraen.reporting.report.QuarterlyReport.Line;
import de.souveraen.reporting.report.QuarterlyReport.OverPlanItem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FinancesSectionTest {
    private static final Period Q2 = new Period(2026, 2);
    private final ViewHarness views = new ViewHarness();

    private Finances finances(Period period) {
        return FinancesSection.of(period, views.documents(ReportBuilder.KINDS));
    }

    private void adopted(int year, String amount) {
        LocalDate on = LocalDate.of(year - 1, 12, 1);
        views.given(on, new BudgetAdopted(year, "Haushalt " + year, "RB " + year, on,
                List.of(new BudgetLine("B-2", "Zweite", eur(amount)), new BudgetLine("A-1", "Erste", eur(amount))),
                List.of()));
    }

    private void expense(String line, String amount, LocalDate on) {
        views.given(on, new ExpenseBooked(on.getYear(), id(line + on + amount), line, eur(amount), on, "V", "D",
                "R", null, null, null));
    }

    @Test
    void withoutABudgetTheTotalsAreZeroAndThereIsNoTitle() {
        Finances f = finances(Q2);

        assertThat(f.fiscalYear()).isEqualTo(2026);
        assertThat(f.title()).isNull();
        assertThat(f.lines()).isEmpty();
        assertThat(f.total().adjusted()).isEqualByComparingTo("0.00");
        assertThat(f.total().percentUsed()).isEqualByComparingTo("0.0");
    }

    @Test
    void linesAreSortedByCodeAndOnlyTheQuartersFiscalYearCounts() {
        adopted(2026, "1000.00");
        adopted(2025, "99999.00");

        Finances f = finances(Q2);

        assertThat(f.lines()).extracting(Line::code).containsExactly("A-1", "B-2");
        assertThat(f.total().appropriated()).isEqualByComparingTo("2000.00");
        assertThat(f.title()).isEqualTo("Haushalt 2026");
    }

    @Test
    void spendingIsSummedUpToTheQuarterEndAndSpentInTheQuarterOnlyWithinIt() {
        adopted(2026, "1000.00");
        expense("A-1", "100.00", day(2, 1));
        expense("A-1", "250.00", day(5, 1));
        expense("A-1", "50.00", day(6, 30));
        expense("A-1", "600.00", day(7, 1));
        views.given(day(4, 2), new FundsCommitted(2026, id("c"), "B-2", eur("300.00"), "V", "B", "D", day(4, 2),
                null));

        Finances f = finances(Q2);

        Line a = f.lines().get(0);
        assertThat(a.spent()).isEqualByComparingTo("400.00");
        assertThat(a.spentInQuarter()).isEqualByComparingTo("300.00");
        assertThat(a.available()).isEqualByComparingTo("600.00");
        assertThat(a.percentUsed()).isEqualByComparingTo("40.0");
        Line b = f.lines().get(1);
        assertThat(b.committed()).isEqualByComparingTo("300.00");
        assertThat(b.available()).isEqualByComparingTo("700.00");
        assertThat(f.total().available()).isEqualByComparingTo("1300.00");
        assertThat(f.total().percentUsed()).isEqualByComparingTo("20.0");
        assertThat(f.spentInQuarter()).isEqualByComparingTo("300.00");
    }

    @Test
    void aLineWithoutAppropriationShowsZeroPercentInsteadOfDividingByZero() {
        adopted(2026, "1000.00");
        views.given(day(4, 1), new BudgetLineAdded(2026, "C-3", "Neu", day(4, 1)));

        Line added = finances(Q2).lines().get(2);

        assertThat(added.code()).isEqualTo("C-3");
        assertThat(added.adjusted()).isEqualByComparingTo("0.00");
        assertThat(added.percentUsed()).isEqualByComparingTo("0.0");
    }

    @Test
    void overPlanApprovalsAreListedFromTheQuarterOfTheirDateOn() {
        adopted(2026, "1000.00");
        views.given(day(8, 3), new AppropriationAdjusted(2026, "B-2", AdjustmentKind.UNPLANNED, eur("90.00"),
                "§83-b", day(8, 3), "neu", eur("1090.00")));
        views.given(day(5, 3), new AppropriationAdjusted(2026, "A-1", AdjustmentKind.OVER_PLAN, eur("10.00"),
                "§83-a", day(5, 3), "mehr", eur("1010.00")));

        assertThat(finances(Q2).overPlan()).extracting(OverPlanItem::approvalReference).containsExactly("§83-a");
        assertThat(finances(Q2).total().overPlan()).isEqualByComparingTo("10.00");
        Finances q3 = finances(new Period(2026, 3));
        assertThat(q3.overPlan()).extracting(OverPlanItem::approvalReference).containsExactly("§83-a", "§83-b");
        assertThat(q3.total().overPlan()).isEqualByComparingTo("100.00");
        assertThat(q3.total().adjusted()).isEqualByComparingTo("2100.00");
    }
}
