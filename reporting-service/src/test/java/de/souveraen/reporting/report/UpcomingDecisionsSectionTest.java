package de.souveraen.reporting.report;

import static de.souveraen.reporting.report.QuarterFixture.day;
import static de.souveraen.reporting.report.QuarterFixture.decision;
import static de.souveraen.reporting.report.QuarterFixture.dependency;
import static de.souveraen.reporting.report.QuarterFixture.id;
import static de.souveraen.reporting.report.QuarterFixture.proposal;
import static de.souveraen.reporting.report.QuarterFixture.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.souveraen.contracts.inventory.ContractTerms;
import de.souveraen.contracts.inventory.DependencyRegistered;
import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.contracts.inventory.Renewal;
import de.souveraen.contracts.workgroup.CouncilRecommendation;
import de.souveraen.contracts.workgroup.DecisionOutcome;
import de.souveraen.contracts.workgroup.ProposalWithdrawn;
import de.souveraen.reporting.readmodel.ViewHarness;
import de.souveraen.reporting.report.QuarterlyReport.Deadline;
import de.souveraen.reporting.report.QuarterlyReport.OpenProposal;
import de.souveraen.reporting.report.QuarterlyReport.Recommendation;
import de.souveraen.reporting.report.QuarterlyReport.UpcomingDecisions;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UpcomingDecisionsSectionTest {
    private static final Period Q4 = new Period(2026, 4);
    private final ViewHarness views = new ViewHarness();

    private UpcomingDecisions section() {
        return UpcomingDecisionsSection.of(Q4, views.documents(ReportBuilder.KINDS));
    }

    private static LocalDate next(int month, int day) {
        return LocalDate.of(2027, month, day);
    }

    private UUID registered(String name, ContractTerms contract, LocalDate endOfLife) {
        views.given(day(1, 5), new DependencyRegistered(id(name), dependency(name, "1200", contract, endOfLife),
                null));
        return id(name);
    }

    @Test
    void theWindowIsTheTwoQuartersAfterTheReportsQuarter() {
        UpcomingDecisions u = section();

        assertThat(u.from()).isEqualTo(next(1, 1));
        assertThat(u.to()).isEqualTo(next(6, 30));
    }

    @Test
    void contractDeadlinesInTheWindowAskToCancelOrToRenewOrLetLapse() {
        // tacitly renewed: the deadline of 31 March 2026 has passed, the renewed term's falls on 31 March 2027
        registered("tacit", new ContractTerms(LocalDate.of(2024, 7, 1), day(6, 30), 3, Renewal.TACIT, 12), null);
        registered("express", new ContractTerms(day(1, 1), next(9, 30), 3, Renewal.EXPRESS, null), null);
        registered("too late", new ContractTerms(day(1, 1), next(10, 31), 3, Renewal.EXPRESS, null), null);

        assertThat(section().deadlines()).extracting(Deadline::date, Deadline::kind, Deadline::dependency)
                .containsExactly(tuple(next(3, 31), "CANCEL_BY", "tacit"),
                        tuple(next(6, 30), "RENEW_OR_LAPSE", "express"));
        assertThat(section().deadlines().get(0).annualCost()).isEqualByComparingTo("1200.00");
    }

    @Test
    void endsOfLifeInTheWindowCountUnlessTheDependencyIsMigratedOrRetiredByTheQuarterEnd() {
        registered("eol", null, next(2, 1));
        registered("eol this quarter", null, day(12, 31));
        UUID retired = registered("retired", null, next(2, 2));
        views.given(day(11, 1), status(retired, MigrationStatus.IDENTIFIED, MigrationStatus.RETIRED, day(11, 1)));
        UUID retiredLater = registered("retired later", null, next(2, 3));
        views.given(next(1, 5), status(retiredLater, MigrationStatus.IDENTIFIED, MigrationStatus.RETIRED,
                next(1, 5)));

        assertThat(section().deadlines()).extracting(Deadline::dependency, Deadline::kind)
                .containsExactly(tuple("eol", "END_OF_LIFE"), tuple("retired later", "END_OF_LIFE"));
    }

    @Test
    void proposalsOpenAtTheQuarterEndBySubmissionDate() {
        proposal(views, "open", day(11, 2));
        proposal(views, "older", day(10, 2));
        proposal(views, "withdrawn", day(10, 3));
        views.given(day(12, 1), new ProposalWithdrawn(id("withdrawn"), "-", day(12, 1)));
        proposal(views, "withdrawn later", day(10, 4));
        views.given(next(1, 2), new ProposalWithdrawn(id("withdrawn later"), "-", next(1, 2)));
        proposal(views, "adopted", day(10, 5));
        proposal(views, "deferred", day(10, 6));
        views.given(day(12, 10), decision("i1", day(12, 10), id("adopted"), DecisionOutcome.ADOPTED, null),
                decision("i2", day(12, 10), id("deferred"), DecisionOutcome.DEFERRED, null));
        proposal(views, "next year", next(1, 3));

        assertThat(section().openProposals()).extracting(OpenProposal::reference)
                .containsExactly("older", "withdrawn later", "deferred", "open");
    }

    @Test
    void recommendationsForCouncilSessionsAfterTheQuarterEnd() {
        views.given(day(11, 5), decision("late", day(11, 5), null, DecisionOutcome.ADOPTED,
                new CouncilRecommendation("später", next(2, 1))),
                decision("early", day(11, 5), null, DecisionOutcome.REJECTED,
                        new CouncilRecommendation("früher", next(1, 20))),
                decision("held", day(11, 5), null, DecisionOutcome.ADOPTED,
                        new CouncilRecommendation("schon", day(12, 31))),
                decision("undated", day(11, 5), null, DecisionOutcome.ADOPTED,
                        new CouncilRecommendation("ohne Datum", null)));
        views.given(next(1, 2), decision("next meeting", next(1, 2), null, DecisionOutcome.ADOPTED,
                new CouncilRecommendation("nächstes Jahr", next(1, 25))));

        assertThat(section().recommendations()).extracting(Recommendation::text, Recommendation::outcome)
                .containsExactly(tuple("früher", DecisionOutcome.REJECTED), tuple("später", DecisionOutcome.ADOPTED));
    }
}
