package de.souveraen.reporting.report;

import static de.souveraen.reporting.report.QuarterFixture.day;
import static de.souveraen.reporting.report.QuarterFixture.dependency;
import static de.souveraen.reporting.report.QuarterFixture.eur;
import static de.souveraen.reporting.report.QuarterFixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.souveraen.contracts.budget.BudgetAdopted;
import de.souveraen.contracts.budget.BudgetLine;
import de.souveraen.contracts.budget.ExpenseBooked;
import de.souveraen.contracts.inventory.DependencyAssessed;
import de.souveraen.contracts.inventory.DependencyRegistered;
import de.souveraen.contracts.workgroup.Mandate;
import de.souveraen.contracts.workgroup.MeasureClosed;
import de.souveraen.contracts.workgroup.MeasureDefined;
import de.souveraen.contracts.workgroup.MeasureDetails;
import de.souveraen.contracts.workgroup.MeasureStatus;
import de.souveraen.contracts.workgroup.MilestoneDropped;
import de.souveraen.contracts.workgroup.MilestonePlanned;
import de.souveraen.contracts.workgroup.MilestoneReached;
import de.souveraen.reporting.readmodel.ViewHarness;
import de.souveraen.reporting.report.QuarterlyReport.MeasureItem;
import de.souveraen.reporting.report.QuarterlyReport.MilestoneItem;
import de.souveraen.reporting.report.QuarterlyReport.Progress;
import de.souveraen.reporting.report.QuarterlyReport.TrendPoint;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Section 1, "Sachstand und Fortschritt": the programme's measures and the sovereignty trend. */
class MeasuresSectionTest {
    private static final Period Q3 = new Period(2026, 3);
    private final ViewHarness views = new ViewHarness();

    private Progress progress(Period period) {
        return ProgressSection.of(period, views.documents(ReportBuilder.KINDS));
    }

    private UUID measure(String title, Mandate mandate, String line, List<UUID> dependencies, LocalDate on) {
        UUID id = id(title);
        views.given(on, new MeasureDefined(id, new MeasureDetails(title, mandate, "Beschreibung", "IT-Leitung", line,
                dependencies), on));
        return id;
    }

    private UUID milestone(UUID measure, String title, LocalDate due, LocalDate plannedOn) {
        UUID id = id(measure + title);
        views.given(plannedOn, new MilestonePlanned(measure, id, title, due));
        return id;
    }

    @Test
    void progressIsDerivedFromTheMilestonesReachedByTheQuartersEndDroppedOnesLeftOut() {
        views.given(day(1, 5), new DependencyRegistered(id("Mail"), dependency("Mail", "1000", null, null), null));
        views.given(day(1, 5), new BudgetAdopted(2026, "Haushalt 2026", "RB 1", day(1, 5),
                List.of(new BudgetLine("IT-1", "Analyse", eur("10000.00"))), List.of()));
        UUID analysis = measure("Abhängigkeiten analysieren", Mandate.ANALYSIS, "IT-1", List.of(id("Mail")),
                day(2, 1));
        UUID inventory = milestone(analysis, "Inventar erfasst", day(4, 30), day(2, 1));
        UUID assessment = milestone(analysis, "Bewertung abgeschlossen", day(8, 31), day(2, 1));
        milestone(analysis, "Bericht an den Rat", day(9, 15), day(2, 1));
        UUID dropped = milestone(analysis, "Externes Gutachten", day(9, 30), day(2, 1));
        milestone(analysis, "Zweite Runde", day(12, 1), day(10, 2));
        views.given(day(4, 28), new MilestoneReached(analysis, inventory, day(4, 28), "42 Verfahren"));
        views.given(day(8, 20), new MilestoneReached(analysis, assessment, day(8, 20), "alle bewertet"));
        views.given(day(9, 1), new MilestoneDropped(analysis, dropped, "nicht nötig"));

        Progress p = progress(Q3);

        MeasureItem m = p.measures().get(0);
        // the fifth milestone was planned after the quarter, the dropped one no longer counts
        assertThat(m.reached()).isEqualTo(2);
        assertThat(m.planned()).isEqualTo(3);
        assertThat(m.progress()).isEqualByComparingTo("66.7");
        assertThat(m.achieved()).extracting(MilestoneItem::title, MilestoneItem::note)
                .containsExactly(tuple("Bewertung abgeschlossen", "alle bewertet"));
        assertThat(m.late()).extracting(MilestoneItem::title, MilestoneItem::due)
                .containsExactly(tuple("Bericht an den Rat", day(9, 15)));
        assertThat(m.onTrack()).isFalse();
        assertThat(m.status()).isEqualTo(MeasureStatus.ACTIVE);
        assertThat(m.responsible()).isEqualTo("IT-Leitung");
        assertThat(m.budgetLine()).isEqualTo("IT-1");
        assertThat(m.budgetLineTitle()).isEqualTo("Analyse");
        assertThat(m.dependencies()).containsExactly("Mail");
        assertThat(p.measuresOnTrack()).isZero();
        // in the second quarter the first milestone was reached then, and nothing was late yet
        MeasureItem q2 = progress(new Period(2026, 2)).measures().get(0);
        assertThat(q2.achieved()).extracting(MilestoneItem::title).containsExactly("Inventar erfasst");
        assertThat(q2.late()).isEmpty();
        assertThat(q2.onTrack()).isTrue();
        assertThat(q2.progress()).isEqualByComparingTo("25.0");
    }

    @Test
    void measuresAreOrderedByTheMotionsMandatesAndAStoppedMeasureIsNotOnTrack() {
        measure("Weitere Maßnahme", Mandate.FURTHER, null, List.of(), day(2, 1));
        UUID training = measure("Schulungen", Mandate.TRAINING, null, List.of(), day(2, 1));
        UUID prototypes = measure("Prototypen", Mandate.PROTOTYPES, null, List.of(), day(2, 1));
        measure("Später", Mandate.ANALYSIS, null, List.of(), day(10, 1));
        views.given(day(8, 1), new MeasureClosed(prototypes, MeasureStatus.STOPPED, day(8, 1), "kein Personal"));
        views.given(day(10, 3), new MeasureClosed(training, MeasureStatus.COMPLETED, day(10, 3), null));

        Progress p = progress(Q3);

        assertThat(p.measures()).extracting(MeasureItem::title, MeasureItem::status, MeasureItem::onTrack)
                .containsExactly(tuple("Prototypen", MeasureStatus.STOPPED, false),
                        tuple("Schulungen", MeasureStatus.ACTIVE, true),
                        tuple("Weitere Maßnahme", MeasureStatus.ACTIVE, true));
        assertThat(p.measuresOnTrack()).isEqualTo(2);
        // without milestones there is no progress to show, not a division by zero
        assertThat(p.measures().get(1).progress()).isEqualByComparingTo("0.0");
    }

    @Test
    void theSovereigntyTrendShowsEachQuarterSinceTheFirstAssessmentWithAverageAndSealLevels() {
        views.given(day(1, 5), new DependencyRegistered(id("A"), dependency("A", "1000", null, null), null),
                new DependencyRegistered(id("B"), dependency("B", "1000", null, null), null));
        views.given(day(2, 10), assessed(id("A"), day(2, 10), "40.00", 1));
        views.given(day(5, 10), assessed(id("B"), day(5, 10), "60.00", 2));
        views.given(day(8, 10), assessed(id("A"), day(8, 10), "70.00", 3));

        List<TrendPoint> trend = progress(Q3).sovereigntyTrend();

        assertThat(trend).extracting(TrendPoint::period, TrendPoint::assessed)
                .containsExactly(tuple("2026-Q1", 1L), tuple("2026-Q2", 2L), tuple("2026-Q3", 2L));
        assertThat(trend.get(0).averageScore()).isEqualByComparingTo("40.0");
        assertThat(trend.get(1).averageScore()).isEqualByComparingTo("50.0");
        assertThat(trend.get(2).averageScore()).isEqualByComparingTo("65.0");
        assertThat(trend.get(1).sealLevels()).containsExactly(0L, 1L, 1L, 0L, 0L);
        assertThat(trend.get(2).sealLevels()).containsExactly(0L, 0L, 1L, 1L, 0L);
        assertThat(progress(new Period(2025, 4)).sovereigntyTrend()).isEmpty();
    }

    private static DependencyAssessed assessed(UUID dependency, LocalDate on, String score, int seal) {
        return new DependencyAssessed(dependency, id(dependency + "-" + on), on, Map.of(), "Begründung", null,
                eur(score), seal, 3);
    }

    @Test
    void aMeasuresSpendingIsItsLinkedBudgetLine() {
        views.given(day(1, 5), new BudgetAdopted(2026, "Haushalt 2026", "RB 1", day(1, 5),
                List.of(new BudgetLine("IT-1", "Analyse", eur("10000.00"))), List.of()));
        measure("Analyse", Mandate.ANALYSIS, "IT-1", List.of(), day(2, 1));
        measure("Ohne Mittel", Mandate.FURTHER, null, List.of(), day(2, 1));
        views.given(day(8, 3), new ExpenseBooked(2026, id("e1"), "IT-1", eur("2500.00"), day(8, 3), "Vendor",
                "Gutachten", "R-1", null, null, null));

        var spending = FinancesSection.of(Q3, views.documents(ReportBuilder.KINDS)).measureSpending();

        assertThat(spending).hasSize(1);
        assertThat(spending.get(0).measure()).isEqualTo("Analyse");
        assertThat(spending.get(0).spent()).isEqualByComparingTo("2500.00");
        assertThat(spending.get(0).spentInQuarter()).isEqualByComparingTo("2500.00");
        assertThat(spending.get(0).adjusted()).isEqualByComparingTo("10000.00");
    }
}
