package de.souveraen.reporting.report;

import static de.souveraen.reporting.report.QuarterFixture.FILES;
import static de.souveraen.reporting.report.QuarterFixture.IT;
import static de.souveraen.reporting.report.QuarterFixture.LEGACY;
import static de.souveraen.reporting.report.QuarterFixture.MAIL;
import static de.souveraen.reporting.report.QuarterFixture.OFFICE;
import static de.souveraen.reporting.report.QuarterFixture.OSS;
import static de.souveraen.reporting.report.QuarterFixture.Q3;
import static de.souveraen.reporting.report.QuarterFixture.WIKI;
import static de.souveraen.reporting.report.QuarterFixture.day;
import static de.souveraen.reporting.report.QuarterFixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.budget.ExpenseBooked;
import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.contracts.workgroup.DecisionOutcome;
import de.souveraen.reporting.readmodel.ViewHarness;
import de.souveraen.reporting.report.QuarterlyReport.Deadline;
import de.souveraen.reporting.report.QuarterlyReport.Line;
import de.souveraen.reporting.report.QuarterlyReport.OpenProposal;
import de.souveraen.reporting.report.QuarterlyReport.OpportunityItem;
import de.souveraen.reporting.report.QuarterlyReport.RiskItem;
import de.souveraen.reporting.report.QuarterlyReport.RoadmapStep;
import de.souveraen.reporting.report.QuarterlyReport.TrainingItem;
import de.souveraen.reporting.report.QuarterlyReport.WeakDependency;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole quarterly report built from the fixture's read-model documents: every section's key figures, worked
 * out from the events by hand, and the content hash, which pins the canonical JSON the portal and the documents
 * are made from.
 */
class ReportBuilderTest {
    private static final Instant GENERATED = Instant.parse("2026-10-06T08:00:00Z");
    /**
     * SHA-256 of the canonical JSON of the fixture's 2026-Q3 report (since the report carries measures, the
     * sovereignty trend, action items, risk trends, overdue items, freezes, carry-overs, spending per measure and
     * the jurisdiction exposure).
     */
    private static final String PINNED_HASH = "a575865ae26daa7f5bdf9970b929ee9c4285c89e7a5c8f79bb7b38139fb49963";
    private final Map<String, List<JsonNode>> docs = QuarterFixture.documents();
    private final QuarterlyReport report = ReportBuilder.build(Q3, docs, GENERATED, List.of());

    @Test
    void metaNamesTheQuarterAndCountsTheEventsUpToItsEnd() {
        assertThat(report.meta().period()).isEqualTo("2026-Q3");
        assertThat(report.meta().from()).isEqualTo(day(7, 1));
        assertThat(report.meta().to()).isEqualTo(day(9, 30));
        assertThat(report.meta().asOf()).isEqualTo(Instant.parse("2026-09-30T22:00:00Z"));
        assertThat(report.meta().generatedAt()).isEqualTo(GENERATED);
        assertThat(report.meta().published()).isFalse();
        // nine budget events, one of them (a booking on 5 October) after the quarter
        assertThat(report.meta().events()).containsEntry("budget", 8L).containsOnlyKeys("budget", "inventory",
                "workgroup");
    }

    @Test
    void progressCountsTheDependenciesKnownAtTheQuarterEndByStatus() {
        QuarterlyReport.Progress p = report.progress();
        assertThat(p.dependencies()).isEqualTo(4); // the file server was registered in October
        assertThat(p.byStatus()).containsEntry(MigrationStatus.IDENTIFIED, 1L)
                .containsEntry(MigrationStatus.ASSESSED, 1L).containsEntry(MigrationStatus.ALTERNATIVE_SELECTED, 1L)
                .containsEntry(MigrationStatus.MIGRATED, 1L).containsEntry(MigrationStatus.PILOT, 0L);
        // mail left ASSESSED, legacy left IDENTIFIED, the wiki arrived
        assertThat(p.changeDuringQuarter()).containsEntry(MigrationStatus.IDENTIFIED, 0L)
                .containsEntry(MigrationStatus.ASSESSED, -1L).containsEntry(MigrationStatus.ALTERNATIVE_SELECTED, 1L)
                .containsEntry(MigrationStatus.MIGRATED, 1L);
        assertThat(p.shareAssessed()).isEqualByComparingTo("75.0");
        assertThat(p.shareWithAlternativeSelected()).isEqualByComparingTo("50.0");
        assertThat(p.roadmapDue()).extracting(RoadmapStep::dependency, RoadmapStep::step, RoadmapStep::done)
                .containsExactly(tuple("Legacy", MigrationStatus.MIGRATED, true),
                        tuple("Mail", MigrationStatus.ALTERNATIVE_SELECTED, true),
                        tuple("Mail", MigrationStatus.PILOT, false));
        assertThat(p.roadmapDone()).isEqualTo(2);
    }

    @Test
    void risksAndOpportunitiesAsTheyStoodAtTheQuarterEnd() {
        QuarterlyReport.RisksAndOpportunities r = report.risksAndOpportunities();
        assertThat(r.topRisks()).extracting(RiskItem::title)
                .containsExactly("CLOUD Act", "Preiserhöhung", "Zwischenfall", "Fachkräfte", "Lock-in");
        assertThat(r.topRisks()).extracting(RiskItem::score).containsExactly(20, 15, 12, 9, 5);
        assertThat(r.newRisks()).isEqualTo(2);
        assertThat(r.closedRisks()).isEqualTo(1);
        assertThat(r.weakestSovereignty()).extracting(WeakDependency::id).containsExactly(MAIL, OFFICE, WIKI);
        assertThat(r.weakestSovereignty().get(0).score()).isEqualByComparingTo("1.8");
        assertThat(r.weakestSovereignty()).extracting(WeakDependency::id).doesNotContain(FILES);
        assertThat(r.opportunities()).extracting(OpportunityItem::title)
                .containsExactly("Open-Source-Office", "Gemeinsames Rechenzentrum");
        assertThat(r.opportunities()).extracting(OpportunityItem::status).containsExactly("PURSUING", "OPEN");
        assertThat(r.opportunities().get(1).yearlySavings()).isEqualTo(new BigDecimal("8000.00"));
        assertThat(r.yearlySavings()).isEqualByComparingTo("20000.00");
    }

    @Test
    void upcomingDecisionsInTheTwoFollowingQuarters() {
        QuarterlyReport.UpcomingDecisions u = report.upcomingDecisions();
        assertThat(u.from()).isEqualTo(day(10, 1));
        assertThat(u.to()).isEqualTo(day(3, 31).plusYears(1));
        assertThat(u.deadlines()).extracting(Deadline::date, Deadline::kind, Deadline::dependencyId)
                .containsExactly(tuple(day(11, 30), "END_OF_LIFE", OFFICE),
                        tuple(day(12, 31), "CANCEL_BY", MAIL),
                        tuple(day(3, 31).plusYears(1), "RENEW_OR_LAPSE", OFFICE));
        assertThat(u.deadlines()).extracting(Deadline::dependencyId).doesNotContain(LEGACY, FILES);
        assertThat(u.deadlines().get(0).annualCost()).isEqualTo(new BigDecimal("25000.50"));
        assertThat(u.openProposals()).extracting(OpenProposal::reference).containsExactly("P1", "P3");
        assertThat(u.recommendations()).singleElement().satisfies(r -> {
            assertThat(r.councilSessionDate()).isEqualTo(day(10, 20));
            assertThat(r.decidedOn()).isEqualTo(day(9, 10));
            assertThat(r.outcome()).isEqualTo(DecisionOutcome.ADOPTED);
        });
    }

    @Test
    void financesSumTheBucketsUpToTheQuarterEnd() {
        QuarterlyReport.Finances f = report.finances();
        assertThat(f.fiscalYear()).isEqualTo(2026);
        assertThat(f.title()).isEqualTo("Haushalt 2026");
        assertThat(f.resolution()).isEqualTo("RB 2025/117");
        Line it = f.lines().get(0);
        Line oss = f.lines().get(1);
        assertThat(f.lines()).extracting(Line::code).containsExactly(IT, OSS);
        assertThat(it.adjusted()).isEqualByComparingTo("90000.00");
        assertThat(it.committed()).isEqualByComparingTo("3000.00");
        assertThat(it.spent()).isEqualByComparingTo("3000.00");
        assertThat(it.available()).isEqualByComparingTo("84000.00");
        assertThat(it.percentUsed()).isEqualTo(new BigDecimal("3.3"));
        assertThat(it.spentInQuarter()).isEqualByComparingTo("1000.00");
        assertThat(it.frozen()).isFalse();
        assertThat(oss.appropriated()).isEqualByComparingTo("40000.00");
        assertThat(oss.adjusted()).isEqualByComparingTo("52000.00");
        assertThat(oss.available()).isEqualByComparingTo("0.00");
        assertThat(oss.percentUsed()).isEqualTo(new BigDecimal("100.0"));
        assertThat(oss.frozen()).isTrue();
        assertThat(f.total().appropriated()).isEqualByComparingTo("140000.00");
        assertThat(f.total().adjusted()).isEqualByComparingTo("142000.00");
        assertThat(f.total().spent()).isEqualByComparingTo("55000.00");
        assertThat(f.total().available()).isEqualByComparingTo("84000.00");
        assertThat(f.total().percentUsed()).isEqualTo(new BigDecimal("38.7"));
        assertThat(f.total().overPlan()).isEqualByComparingTo("2000.00");
        assertThat(f.spentInQuarter()).isEqualByComparingTo("53000.00");
        assertThat(f.overPlan()).singleElement().satisfies(o -> {
            assertThat(o.lineCode()).isEqualTo(OSS);
            assertThat(o.what()).isEqualTo("EXPENSE");
        });
        assertThat(f.multiYearPlan()).extracting(QuarterlyReport.PlanItem::fiscalYear).containsExactly(2027, 2028);
    }

    @Test
    void trainingsHeldInTheQuarterAndSinceTheYearBegan() {
        QuarterlyReport.Trainings t = report.trainings();
        assertThat(t.sessions()).isEqualTo(2);
        assertThat(t.participants()).isEqualTo(20);
        assertThat(t.hours()).isEqualTo(new BigDecimal("5.5"));
        // weighted by responses: (4 × 4.50 + 2 × 3.00) / 6
        assertThat(t.averageSatisfaction()).isEqualTo(new BigDecimal("4.00"));
        assertThat(t.items()).extracting(TrainingItem::title).containsExactly("Schulung T1", "Schulung T2");
        assertThat(t.sessionsYearToDate()).isEqualTo(3);
        assertThat(t.participantsYearToDate()).isEqualTo(30);
    }

    @Test
    void theSameDocumentsGiveTheSameContentHashWhateverTheGenerationTime() {
        QuarterlyReport again = ReportBuilder.build(Q3, QuarterFixture.documents(), GENERATED.plusSeconds(3600),
                List.of());

        assertThat(again.meta().contentHash()).isEqualTo(report.meta().contentHash());
        assertThat(report.meta().contentHash()).isEqualTo(ReportBuilder.hash(report)).hasSize(64);
        // the canonical JSON of this fixture's report; it changes only if the report's content does
        assertThat(report.meta().contentHash()).isEqualTo(PINNED_HASH);
    }

    @Test
    void aLateBookingInAPublishedQuarterIsListedAsACorrection() {
        ViewHarness views = QuarterFixture.views();
        Period q2 = new Period(2026, 2);
        QuarterlyReport published = ReportBuilder.build(q2, views.documents(ReportBuilder.KINDS), GENERATED,
                List.of());
        views.given(day(6, 20), new ExpenseBooked(2026, id("late"), OSS, new BigDecimal("750.00"), day(6, 20),
                "Vendor", "nachgereicht", "R-9", null, null, null));

        List<QuarterlyReport.Correction> corrections = ReportBuilder.corrections(published,
                ReportBuilder.build(q2, views.documents(ReportBuilder.KINDS), GENERATED, List.of()));

        assertThat(corrections).extracting(QuarterlyReport.Correction::field)
                .containsExactly("finances.total.spent", "finances.lines." + OSS + ".spent");
        assertThat(corrections.get(0).published()).isEqualByComparingTo("2000.00");
        assertThat(corrections.get(0).now()).isEqualByComparingTo("2750.00");
        assertThat(corrections).allMatch(c -> c.period().equals("2026-Q2"));
    }
}
