package de.souveraen.reporting.report;

import static de.souveraen.reporting.report.QuarterFixture.day;
import static de.souveraen.reporting.report.QuarterFixture.eur;
import static de.souveraen.reporting.report.QuarterFixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.souveraen.contracts.inventory.OpportunityCategory;
import de.souveraen.contracts.inventory.OpportunityDetails;
import de.souveraen.contracts.inventory.OpportunityRecorded;
import de.souveraen.contracts.inventory.RiskCategory;
import de.souveraen.contracts.inventory.RiskDetails;
import de.souveraen.contracts.inventory.RiskRaised;
import de.souveraen.contracts.inventory.RiskUpdated;
import de.souveraen.reporting.readmodel.ViewHarness;
import de.souveraen.reporting.report.QuarterlyReport.OpportunityItem;
import de.souveraen.reporting.report.QuarterlyReport.RiskItem;
import de.souveraen.reporting.report.QuarterlyReport.RisksAndOpportunities;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Section 2, opportunities and risks: each risk with owner, mitigation and its trend since the last quarter. */
class RiskTrendSectionTest {
    private static final Period Q3 = new Period(2026, 3);
    private final ViewHarness views = new ViewHarness();

    private RisksAndOpportunities section() {
        return RisksAndOpportunitiesSection.of(Q3, views.documents(ReportBuilder.KINDS));
    }

    private static RiskDetails details(String title, int likelihood, int impact) {
        return new RiskDetails(title, "Beschreibung", RiskCategory.LOCK_IN, likelihood, impact, "Kämmerei",
                "Exit-Plan", List.of());
    }

    private void raised(String title, int likelihood, int impact, LocalDate on) {
        views.given(on, new RiskRaised(id(title), details(title, likelihood, impact), on));
    }

    @Test
    void theTrendComparesTheScoreNowWithTheScoreAtThePreviousQuartersEnd() {
        raised("Rising", 2, 3, day(2, 1));
        raised("Falling", 4, 4, day(2, 1));
        raised("Same", 3, 3, day(2, 1));
        raised("New", 2, 2, day(8, 1));
        views.given(day(5, 1), new RiskUpdated(id("Rising"), details("Rising", 2, 4), day(5, 1)));
        views.given(day(8, 5), new RiskUpdated(id("Rising"), details("Rising", 4, 4), day(8, 5)));
        views.given(day(8, 6), new RiskUpdated(id("Falling"), details("Falling", 2, 4), day(8, 6)));
        views.given(day(8, 7), new RiskUpdated(id("Same"), details("Same (umbenannt)", 3, 3), day(8, 7)));

        List<RiskItem> risks = section().topRisks();

        assertThat(risks).extracting(RiskItem::title, RiskItem::score, RiskItem::previousScore, RiskItem::trend)
                .containsExactly(tuple("Rising", 16, 8, "UP"), tuple("Same (umbenannt)", 9, 9, "SAME"),
                        tuple("Falling", 8, 16, "DOWN"), tuple("New", 4, null, "NEW"));
        assertThat(risks).allSatisfy(r -> {
            assertThat(r.owner()).isEqualTo("Kämmerei");
            assertThat(r.mitigation()).isEqualTo("Exit-Plan");
        });
    }

    @Test
    void opportunitiesStandNextToTheRisksWithTheirYearlySavings() {
        raised("Risk", 2, 2, day(2, 1));
        views.given(day(3, 1), new OpportunityRecorded(id("O1"), new OpportunityDetails("Landeslösung nutzen",
                "Beschreibung", OpportunityCategory.COST_SAVINGS, eur("12000.00"), eur("3000.00"), "IT", List.of()),
                day(3, 1)));

        RisksAndOpportunities ro = section();

        assertThat(ro.opportunities()).extracting(OpportunityItem::title, OpportunityItem::category,
                OpportunityItem::yearlySavings).containsExactly(tuple("Landeslösung nutzen", "COST_SAVINGS",
                        eur("12000.00")));
        assertThat(ro.yearlySavings()).isEqualByComparingTo("12000.00");
        assertThat(ro.topRisks()).hasSize(1);
    }
}
