package de.souveraen.reporting.report;

import static de.souveraen.reporting.report.QuarterFixture.day;
import static de.souveraen.reporting.report.QuarterFixture.dependency;
import static de.souveraen.reporting.report.QuarterFixture.id;
import static de.souveraen.reporting.report.QuarterFixture.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.souveraen.contracts.inventory.ContractTerms;
import de.souveraen.contracts.inventory.DependencyRegistered;
import de.souveraen.contracts.inventory.Renewal;
import de.souveraen.contracts.workgroup.Mandate;
import de.souveraen.contracts.workgroup.MeasureDefined;
import de.souveraen.contracts.workgroup.MeasureDetails;
import de.souveraen.contracts.workgroup.MeetingCancelled;
import de.souveraen.contracts.workgroup.MeetingRescheduled;
import de.souveraen.contracts.workgroup.MeetingScheduled;
import de.souveraen.contracts.workgroup.MilestonePlanned;
import de.souveraen.contracts.workgroup.MilestoneReached;
import de.souveraen.contracts.workgroup.ProposalPlacedOnAgenda;
import de.souveraen.contracts.workgroup.ProposalTakenOffAgenda;
import de.souveraen.contracts.workgroup.OffAgendaReason;
import de.souveraen.reporting.readmodel.Quarters;
import de.souveraen.reporting.readmodel.ViewHarness;
import de.souveraen.reporting.report.QuarterlyReport.MilestoneDue;
import de.souveraen.reporting.report.QuarterlyReport.OpenProposal;
import de.souveraen.reporting.report.QuarterlyReport.Overdue;
import de.souveraen.reporting.report.QuarterlyReport.UpcomingDecisions;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Section 3, upcoming strategic decisions: what is overdue stands apart, never among the upcoming. */
class OverdueDecisionsSectionTest {
    private static final Period Q4 = new Period(2026, 4);
    private final ViewHarness views = new ViewHarness();

    private UpcomingDecisions section(Period period) {
        return UpcomingDecisionsSection.of(period, views.documents(ReportBuilder.KINDS));
    }

    private void meeting(String name, LocalDate date) {
        views.given(date.minusDays(20), new MeetingScheduled(id(name), name, date.atTime(17, 0)
                .atZone(Quarters.BERLIN).toOffsetDateTime(), null, "Rathaus", true));
    }

    private void placed(String proposal, String meeting, LocalDate on) {
        views.given(on, new ProposalPlacedOnAgenda(id(proposal), id(meeting), id(proposal + meeting)));
    }

    @Test
    void anAugustProposalStillOpenInTheFourthQuarterIsOverdueNotUpcoming() {
        meeting("August", day(8, 20));
        meeting("January", LocalDate.of(2027, 1, 20));
        proposal(views, "P-AUG", day(7, 1));
        placed("P-AUG", "August", day(7, 2));
        proposal(views, "P-JAN", day(11, 1));
        placed("P-JAN", "January", day(11, 2));
        proposal(views, "P-NONE", day(11, 5));

        UpcomingDecisions u = section(Q4);

        assertThat(u.openProposals()).extracting(OpenProposal::reference, OpenProposal::councilDate)
                .containsExactly(tuple("P-JAN", LocalDate.of(2027, 1, 20)), tuple("P-NONE", null));
        assertThat(u.overdue()).extracting(Overdue::kind, Overdue::date, Overdue::title)
                .containsExactly(tuple("PROPOSAL", day(8, 20), "Antrag P-AUG"));
        // at the third quarter's end its meeting had passed as well: overdue there too
        assertThat(section(new Period(2026, 3)).overdue()).extracting(Overdue::title).containsExactly("Antrag P-AUG");
        assertThat(section(new Period(2026, 3)).openProposals()).isEmpty();
    }

    @Test
    void aProposalTakenOffTheAgendaHasNoDateAgainAndIsUpcoming() {
        meeting("August", day(8, 20));
        proposal(views, "P", day(7, 1));
        placed("P", "August", day(7, 2));
        views.given(day(8, 20), new ProposalTakenOffAgenda(id("P"), id("August"), id("PAugust"),
                OffAgendaReason.DEFERRED));

        UpcomingDecisions u = section(Q4);

        assertThat(u.overdue()).isEmpty();
        assertThat(u.openProposals()).extracting(OpenProposal::reference, OpenProposal::councilDate)
                .containsExactly(tuple("P", null));
    }

    @Test
    void aRescheduledMeetingMovesTheProposalsDateAndACancelledOneLeavesItWithout() {
        meeting("Moved", day(12, 10));
        meeting("Cancelled", day(12, 12));
        proposal(views, "P-MOVED", day(11, 1));
        placed("P-MOVED", "Moved", day(11, 2));
        proposal(views, "P-CANCELLED", day(11, 1));
        placed("P-CANCELLED", "Cancelled", day(11, 2));
        views.given(day(12, 1), new MeetingRescheduled(id("Moved"), LocalDate.of(2027, 2, 3).atTime(17, 0)
                .atZone(Quarters.BERLIN).toOffsetDateTime(), null, "Rathaus"));
        views.given(day(12, 2), new MeetingCancelled(id("Cancelled"), "Krankheit", day(12, 2)));

        UpcomingDecisions u = section(Q4);

        assertThat(u.overdue()).isEmpty();
        assertThat(u.openProposals()).extracting(OpenProposal::reference, OpenProposal::councilDate)
                .containsExactly(tuple("P-MOVED", LocalDate.of(2027, 2, 3)), tuple("P-CANCELLED", null));
    }

    @Test
    void milestonesDueInTheWindowAreUpcomingAndThosePastDueAndNotReachedAreOverdue() {
        UUID m = id("measure");
        views.given(day(2, 1), new MeasureDefined(m, new MeasureDetails("Konzept", Mandate.CONCEPT, null,
                "Digitalisierung", null, List.of()), day(2, 1)));
        views.given(day(2, 1), new MilestonePlanned(m, id("due"), "Entwurf an den Rat", LocalDate.of(2027, 2, 1)),
                new MilestonePlanned(m, id("late"), "Bestandsaufnahme", day(11, 1)),
                new MilestonePlanned(m, id("done"), "Auftakt", day(10, 1)),
                new MilestonePlanned(m, id("far"), "Abschluss", LocalDate.of(2027, 12, 1)));
        views.given(day(10, 1), new MilestoneReached(m, id("done"), day(10, 1), null));

        UpcomingDecisions u = section(Q4);

        assertThat(u.milestones()).extracting(MilestoneDue::due, MilestoneDue::milestone, MilestoneDue::responsible)
                .containsExactly(tuple(LocalDate.of(2027, 2, 1), "Entwurf an den Rat", "Digitalisierung"));
        assertThat(u.overdue()).extracting(Overdue::kind, Overdue::date, Overdue::title, Overdue::detail)
                .containsExactly(tuple("MILESTONE", day(11, 1), "Bestandsaufnahme", "Konzept"));
    }

    @Test
    void aCancelByDeadlineThatPassedInTheQuarterIsOverdueAndUpcomingTheQuarterBefore() {
        // ends 31 January 2027 with three months' notice: the last day to give notice is 31 October 2026
        views.given(day(1, 5), new DependencyRegistered(id("Office"), dependency("Office", "1200",
                new ContractTerms(day(1, 1), LocalDate.of(2027, 1, 31), 3, Renewal.EXPRESS, null), null), null));

        assertThat(section(new Period(2026, 3)).deadlines()).extracting(d -> d.date()).containsExactly(day(10, 31));
        assertThat(section(new Period(2026, 3)).overdue()).isEmpty();
        UpcomingDecisions q4 = section(Q4);
        assertThat(q4.deadlines()).isEmpty();
        assertThat(q4.overdue()).extracting(Overdue::kind, Overdue::date, Overdue::title)
                .containsExactly(tuple("RENEW_OR_LAPSE", day(10, 31), "Office"));
    }
}
