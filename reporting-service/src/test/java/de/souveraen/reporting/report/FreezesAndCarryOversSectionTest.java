package de.souveraen.reporting.report;

import static de.souveraen.reporting.report.QuarterFixture.day;
import static de.souveraen.reporting.report.QuarterFixture.eur;
import static de.souveraen.reporting.report.QuarterFixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.souveraen.contracts.budget.AdjustmentKind;
import de.souveraen.contracts.budget.AppropriationAdjusted;
import de.souveraen.contracts.budget.AppropriationCarriedOver;
import de.souveraen.contracts.budget.BudgetAdopted;
import de.souveraen.contracts.budget.BudgetLine;
import de.souveraen.contracts.budget.BudgetLineFrozen;
import de.souveraen.contracts.budget.BudgetLineReleased;
import de.souveraen.contracts.budget.CarryOverReceived;
import de.souveraen.contracts.budget.FreezeAuthority;
import de.souveraen.reporting.readmodel.ViewHarness;
import de.souveraen.reporting.report.QuarterlyReport.CarryOverItem;
import de.souveraen.reporting.report.QuarterlyReport.Finances;
import de.souveraen.reporting.report.QuarterlyReport.FreezeItem;
import de.souveraen.reporting.report.QuarterlyReport.OverPlanItem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Section 4, finances: freezes by kind with their releases, carry-overs and over-plan approvals of the period. */
class FreezesAndCarryOversSectionTest {
    private static final Period Q3 = new Period(2026, 3);
    private final ViewHarness views = new ViewHarness();

    private Finances section(Period period) {
        return FinancesSection.of(period, views.documents(ReportBuilder.KINDS));
    }

    private void adopted() {
        views.given(LocalDate.of(2025, 12, 15), new BudgetAdopted(2026, "Haushalt 2026", "RB 1",
                LocalDate.of(2025, 12, 15), List.of(new BudgetLine("IT", "Lizenzen", eur("100000.00")),
                        new BudgetLine("OSS", "Open Source", eur("40000.00"))), List.of()));
    }

    @Test
    void freezesInForceDuringTheQuarterAreListedWithTheirAuthorityAndRelease() {
        adopted();
        views.given(day(2, 1), new BudgetLineFrozen(2026, "IT", FreezeAuthority.COUNCIL, "RB 2026/3", null,
                day(2, 1)));
        views.given(day(3, 1), new BudgetLineReleased(2026, "IT", "RB 2026/9", null, day(3, 1)));
        views.given(day(6, 20), new BudgetLineFrozen(2026, "IT", FreezeAuthority.COUNCIL, "RB 2026/20", "Prüfung",
                day(6, 20)));
        views.given(day(8, 10), new BudgetLineReleased(2026, "IT", "RB 2026/31", null, day(8, 10)));
        views.given(day(9, 15), new BudgetLineFrozen(2026, "OSS", FreezeAuthority.TREASURER, "HSP-1",
                "Haushaltssperre", day(9, 15)));
        views.given(day(10, 20), new BudgetLineReleased(2026, "OSS", "HSP-1a", null, day(10, 20)));

        List<FreezeItem> freezes = section(Q3).freezes();

        // the first freeze ended before the quarter; the treasurer's was still in force at its end
        assertThat(freezes).extracting(FreezeItem::lineCode, FreezeItem::authority, FreezeItem::reference,
                FreezeItem::releasedOn, FreezeItem::releaseReference).containsExactly(
                        tuple("IT", FreezeAuthority.COUNCIL, "RB 2026/20", day(8, 10), "RB 2026/31"),
                        tuple("OSS", FreezeAuthority.TREASURER, "HSP-1", null, null));
        assertThat(freezes.get(1).lineTitle()).isEqualTo("Open Source");
        assertThat(section(new Period(2026, 1)).freezes()).extracting(FreezeItem::reference)
                .containsExactly("RB 2026/3");
    }

    @Test
    void carryOversOfTheYearUpToTheQuartersEndAreListedBothWays() {
        adopted();
        views.given(day(3, 10), new CarryOverReceived(2026, id("c1"), 2025, "IT", eur("8000.00"), "VfG 2026/1",
                day(3, 10), eur("108000.00")));
        views.given(day(9, 20), new AppropriationCarriedOver(2026, id("c2"), "OSS", "Open Source", 2027,
                eur("5000.00"), "VfG 2026/7", null, day(9, 20), eur("35000.00")));
        views.given(day(12, 20), new AppropriationCarriedOver(2026, id("c3"), "IT", "Lizenzen", 2027,
                eur("1000.00"), "VfG 2026/9", null, day(12, 20), eur("107000.00")));

        List<CarryOverItem> carryOvers = section(Q3).carryOvers();

        assertThat(carryOvers).extracting(CarryOverItem::lineCode, CarryOverItem::outgoing, CarryOverItem::otherYear,
                CarryOverItem::amount).containsExactly(tuple("IT", false, 2025, eur("8000.00")),
                        tuple("OSS", true, 2027, eur("5000.00")));
    }

    @Test
    void overPlanApprovalsAreListedForTheCouncilWithTheirKind() {
        adopted();
        views.given(day(8, 1), new AppropriationAdjusted(2026, "OSS", AdjustmentKind.UNPLANNED, eur("3000.00"),
                "§83-2026-2", day(8, 1), "Sicherheitslücke", eur("43000.00")));

        List<OverPlanItem> overPlan = section(Q3).overPlan();

        assertThat(overPlan).extracting(OverPlanItem::lineCode, OverPlanItem::approvalReference, OverPlanItem::what)
                .containsExactly(tuple("OSS", "§83-2026-2", "UNPLANNED"));
    }
}
