package de.souveraen.reporting.report;

import static de.souveraen.reporting.report.SectionSupport.list;
import static de.souveraen.reporting.report.SectionSupport.money;
import static de.souveraen.reporting.report.SectionSupport.statusOn;
import static de.souveraen.reporting.report.SectionSupport.within;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.inventory.CancelBy;
import de.souveraen.contracts.inventory.CancellationDeadline;
import de.souveraen.contracts.inventory.DeadlineDecision;
import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.reporting.readmodel.Docs;
import de.souveraen.reporting.readmodel.Docs.DecisionDoc;
import de.souveraen.reporting.readmodel.Docs.DependencyDoc;
import de.souveraen.reporting.readmodel.Docs.ProposalDoc;
import de.souveraen.reporting.report.QuarterlyReport.Deadline;
import de.souveraen.reporting.report.QuarterlyReport.OpenProposal;
import de.souveraen.reporting.report.QuarterlyReport.Recommendation;
import de.souveraen.reporting.report.QuarterlyReport.UpcomingDecisions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Upcoming decisions in the two quarters after the report's: contract deadlines (cancel by, or renew or let
 * lapse) and ends of life of dependencies not migrated or retired, the proposals open at the quarter's end, and
 * the workgroup's recommendations for council sessions after it.
 */
final class UpcomingDecisionsSection {
    private UpcomingDecisionsSection() {
    }

    static UpcomingDecisions of(Period period, Map<String, List<JsonNode>> docs) {
        LocalDate last = period.last();
        LocalDate from = period.next().first();
        LocalDate to = period.next().next().last();
        List<Deadline> deadlines = new ArrayList<>();
        for (DependencyDoc d : list(docs, Docs.DEPENDENCY, DependencyDoc.class)) {
            MigrationStatus status = statusOn(d, last);
            if (d.registeredOn().isAfter(last) || status == MigrationStatus.MIGRATED
                    || status == MigrationStatus.RETIRED) {
                continue;
            }
            CancellationDeadline deadline = CancelBy.of(d.contract(), from).orElse(null);
            if (deadline != null && within(deadline.cancelBy(), from, to)) {
                // a contract that ends unless renewed asks the council to renew or let it lapse, not to cancel
                String kind = DeadlineDecision.of(d.contract().renewal()) == DeadlineDecision.RENEW_OR_LAPSE
                        ? "RENEW_OR_LAPSE" : "CANCEL_BY";
                deadlines.add(new Deadline(deadline.cancelBy(), kind, d.id(), d.name(), d.vendor(),
                        money(d.annualCost())));
            }
            if (d.endOfLife() != null && within(d.endOfLife(), from, to)) {
                deadlines.add(new Deadline(d.endOfLife(), "END_OF_LIFE", d.id(), d.name(), d.vendor(),
                        money(d.annualCost())));
            }
        }
        deadlines.sort(Comparator.comparing(Deadline::date).thenComparing(Deadline::dependency)
                .thenComparing(Deadline::kind));
        List<OpenProposal> proposals = list(docs, Docs.PROPOSAL, ProposalDoc.class).stream()
                .filter(p -> !p.submittedOn().isAfter(last))
                .filter(p -> p.decidedOn() == null || p.decidedOn().isAfter(last))
                .filter(p -> p.withdrawnOn() == null || p.withdrawnOn().isAfter(last))
                .map(p -> new OpenProposal(p.id(), p.reference(), p.title(), p.submittedOn()))
                .sorted(Comparator.comparing(OpenProposal::submittedOn).thenComparing(OpenProposal::title))
                .toList();
        List<Recommendation> recommendations = list(docs, Docs.DECISION, DecisionDoc.class).stream()
                .filter(d -> d.recommendation() != null && !d.meetingDate().isAfter(last)
                        && d.recommendation().councilSessionDate() != null
                        && d.recommendation().councilSessionDate().isAfter(last))
                .map(d -> new Recommendation(d.recommendation().councilSessionDate(), d.recommendation().text(),
                        d.meetingDate(), d.title(), d.outcome()))
                .sorted(Comparator.comparing(Recommendation::councilSessionDate).thenComparing(Recommendation::title))
                .toList();
        return new UpcomingDecisions(from, to, deadlines, proposals, recommendations);
    }
}
