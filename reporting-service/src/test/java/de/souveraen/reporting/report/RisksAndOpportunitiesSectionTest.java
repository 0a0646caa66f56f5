package de.souveraen.reporting.report;

import static de.souveraen.reporting.report.QuarterFixture.assessed;
import static de.souveraen.reporting.report.QuarterFixture.day;
import static de.souveraen.reporting.report.QuarterFixture.dependency;
import static de.souveraen.reporting.report.QuarterFixture.eur;
import static de.souveraen.reporting.report.QuarterFixture.id;
import static de.souveraen.reporting.report.QuarterFixture.opportunity;
import static de.souveraen.reporting.report.QuarterFixture.risk;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.inventory.DependencyAssessed;
import de.souveraen.contracts.inventory.DependencyRegistered;
import de.souveraen.contracts.inventory.OpportunityCategory;
import de.souveraen.contracts.inventory.OpportunityDetails;
import de.souveraen.contracts.inventory.OpportunityRecorded;
import de.souveraen.contracts.inventory.OpportunityStatus;
import de.souveraen.contracts.inventory.OpportunityStatusChanged;
import de.souveraen.contracts.inventory.RiskStatus;
import de.souveraen.contracts.inventory.RiskStatusChanged;
import de.souveraen.reporting.readmodel.ViewHarness;
import de.souveraen.reporting.report.QuarterlyReport.OpportunityItem;
import de.souveraen.reporting.report.QuarterlyReport.RiskItem;
import de.souveraen.reporting.report.QuarterlyReport.RisksAndOpportunities;
import de.souveraen.reporting.report.QuarterlyReport.WeakDependency;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RisksAndOpportunitiesSectionTest {
    private static final Period Q2 = new Period(2026, 2);
    private final ViewHarness views = new ViewHarness();

    private RisksAndOpportunities section() {
        return RisksAndOpportunitiesSection.of(Q2, views.documents(ReportBuilder.KINDS));
    }

    private void closed(String title, java.time.LocalDate on) {
        views.given(on, new RiskStatusChanged(id(title), RiskStatus.OPEN, RiskStatus.CLOSED, null, on));
    }

    @Test
    void theFiveHighestOpenRisksByLikelihoodTimesImpactWithTiesByTitle() {
        risk(views, "B", 3, 4, day(1, 2));
        risk(views, "A", 4, 3, day(1, 3));
        risk(views, "C", 5, 5, day(4, 1));
        risk(views, "D", 1, 1, day(1, 4));
        risk(views, "E", 2, 3, day(1, 5));
        risk(views, "F", 2, 2, day(1, 6));
        risk(views, "G", 1, 3, day(1, 7));

        List<RiskItem> top = section().topRisks();

        assertThat(top).extracting(RiskItem::title).containsExactly("C", "A", "B", "E", "F");
        assertThat(top).extracting(RiskItem::score).containsExactly(25, 12, 12, 6, 4);
    }

    @Test
    void aRiskClosedOnTheQuartersLastDayIsClosedAndOneClosedLaterIsStillOpen() {
        risk(views, "closed in Q1", 5, 5, day(1, 2));
        closed("closed in Q1", day(3, 1));
        risk(views, "closed on 30 June", 5, 4, day(1, 2));
        closed("closed on 30 June", day(6, 30));
        risk(views, "closed in July", 4, 4, day(4, 2));
        closed("closed in July", day(7, 1));
        risk(views, "raised in July", 5, 5, day(7, 2));

        RisksAndOpportunities r = section();

        assertThat(r.topRisks()).extracting(RiskItem::title).containsExactly("closed in July");
        assertThat(r.newRisks()).isEqualTo(1);
        assertThat(r.closedRisks()).isEqualTo(1);
    }

    @Test
    void theWeakestDependenciesByTheirLatestScoreUpToTheQuarterEnd() {
        UUID[] ids = new UUID[7];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = id("dep" + i);
            views.given(day(1, 10), new DependencyRegistered(ids[i], dependency("D" + i, "0", null, null), null));
            views.given(day(2, 1), assessed(ids[i], day(2, 1), String.valueOf(i + 1), i));
        }
        // the weakest by its first score recovered in May; a later score after the quarter does not count
        views.given(day(5, 1), assessed(ids[0], day(5, 1), "9.5", 7));
        views.given(day(7, 1), assessed(ids[6], day(7, 1), "0.1", 0));
        // two assessments on one day: the one recorded last counts
        views.given(day(5, 2), new DependencyAssessed(ids[3], UUID.randomUUID(), day(5, 2), Map.of(), "a", null,
                eur("8.0"), 0, 1), new DependencyAssessed(ids[3], UUID.randomUUID(), day(5, 2), Map.of(), "b", null,
                eur("1.5"), 0, 1));
        UUID unassessed = id("unassessed");
        views.given(day(1, 10), new DependencyRegistered(unassessed, dependency("Z", "0", null, null), null));

        List<WeakDependency> weakest = section().weakestSovereignty();

        assertThat(weakest).extracting(WeakDependency::name).containsExactly("D3", "D1", "D2", "D4", "D5");
        assertThat(weakest.get(0).score()).isEqualByComparingTo("1.5");
    }

    @Test
    void opportunitiesNotDroppedBySavingsWithTheirSum() {
        opportunity(views, "small", "100.5", day(2, 1));
        opportunity(views, "large", "900", day(3, 1));
        opportunity(views, "dropped", "5000", day(3, 1));
        views.given(day(3, 2), new OpportunityStatusChanged(id("dropped"), OpportunityStatus.OPEN,
                OpportunityStatus.DROPPED, null, day(3, 2)));
        opportunity(views, "later", "7000", day(7, 1));
        views.given(day(4, 4), new OpportunityRecorded(id("no savings"), new OpportunityDetails("no savings", "-",
                OpportunityCategory.INTEROPERABILITY, null, null, "IT", List.of()), day(4, 4)));

        RisksAndOpportunities r = section();

        assertThat(r.opportunities()).extracting(OpportunityItem::title).containsExactly("large", "small",
                "no savings");
        assertThat(r.opportunities()).extracting(OpportunityItem::yearlySavings).containsExactly(
                new BigDecimal("900.00"), new BigDecimal("100.50"), new BigDecimal("0.00"));
        assertThat(r.yearlySavings()).isEqualTo(new BigDecimal("1000.50"));
    }
}
