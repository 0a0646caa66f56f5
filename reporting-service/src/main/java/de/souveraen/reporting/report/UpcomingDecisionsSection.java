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
import de.souveraen.reporting.readmodel.Docs.MeasureDoc;
import de.souveraen.reporting.readmodel.Docs.MeetingDoc;
import de.souveraen.reporting.readmodel.Docs.MilestoneDoc;
import de.souveraen.reporting.report.QuarterlyReport.Deadline;
import de.souveraen.reporting.report.QuarterlyReport.MilestoneDue;
import de.souveraen.reporting.report.QuarterlyReport.Overdue;
import java.util.HashMap;
import java.util.UUID;
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
 * the workgroup's recommendations for council sessions after it, the milestones of running measures due. What
 * is overdue at the quarter's end (a cancel-by deadline of the quarter that still stands, an open proposal whose
 * meeting has passed, a milestone past due and not reached) is listed apart, never among the upcoming.
 */
final class UpcomingDecisionsSection {
    private UpcomingDecisionsSection() {
    }

    static UpcomingDecisions of(Period period, Map<String, List<JsonNode>> docs) {
        LocalDate last = period.last();
        LocalDate from = period.next().first();
        LocalDate to = period.next().next().last();
        List<Deadline> deadlines = new ArrayList<>();
        List<Overdue> overdue = new ArrayList<>();
        for (DependencyDoc d : list(docs, Docs.DEPENDENCY, DependencyDoc.class)) {
            MigrationStatus status = statusOn(d, last);
            if (d.registeredOn().isAfter(last) || status == MigrationStatus.MIGRATED
                    || status == MigrationStatus.RETIRED) {
                continue;
            }
            // a deadline that fell in the report's quarter and still stands (the contract was not changed): overdue
            CancellationDeadline passed = CancelBy.of(d.contract(), period.first()).orElse(null);
            if (passed != null && within(passed.cancelBy(), period.first(), last)) {
                overdue.add(new Overdue(passed.cancelBy(), kind(d), d.name(), d.vendor()));
            }
            CancellationDeadline deadline = CancelBy.of(d.contract(), from).orElse(null);
            if (deadline != null && within(deadline.cancelBy(), from, to)) {
                // a contract that ends unless renewed asks the council to renew or let it lapse, not to cancel
                deadlines.add(new Deadline(deadline.cancelBy(), kind(d), d.id(), d.name(), d.vendor(),
                        money(d.annualCost())));
            }
            if (d.endOfLife() != null && within(d.endOfLife(), from, to)) {
                deadlines.add(new Deadline(d.endOfLife(), "END_OF_LIFE", d.id(), d.name(), d.vendor(),
                        money(d.annualCost())));
            }
        }
        deadlines.sort(Comparator.comparing(Deadline::date).thenComparing(Deadline::dependency)
                .thenComparing(Deadline::kind));
        Map<UUID, MeetingDoc> meetings = new HashMap<>();
        list(docs, Docs.MEETING, MeetingDoc.class).forEach(m -> meetings.put(m.id(), m));
        List<OpenProposal> open = list(docs, Docs.PROPOSAL, ProposalDoc.class).stream()
                .filter(p -> !p.submittedOn().isAfter(last))
                .filter(p -> p.decidedOn() == null || p.decidedOn().isAfter(last))
                .filter(p -> p.withdrawnOn() == null || p.withdrawnOn().isAfter(last))
                .map(p -> new OpenProposal(p.id(), p.reference(), p.title(), p.submittedOn(),
                        councilDate(meetings.get(p.meetingId()))))
                .toList();
        // an open proposal whose meeting took place by the quarter's end is overdue, not upcoming
        open.stream().filter(p -> p.councilDate() != null && !p.councilDate().isAfter(last))
                .forEach(p -> overdue.add(new Overdue(p.councilDate(), "PROPOSAL", p.title(), p.reference())));
        List<OpenProposal> proposals = open.stream()
                .filter(p -> p.councilDate() == null || p.councilDate().isAfter(last))
                .sorted(Comparator.comparing(OpenProposal::councilDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(OpenProposal::submittedOn).thenComparing(OpenProposal::title))
                .toList();
        List<MilestoneDue> milestones = new ArrayList<>();
        for (MeasureDoc m : list(docs, Docs.MEASURE, MeasureDoc.class)) {
            boolean closed = m.closedOn() != null && !m.closedOn().isAfter(last);
            if (m.definedOn() == null || m.definedOn().isAfter(last) || closed) {
                continue;
            }
            for (MilestoneDoc ms : m.milestones()) {
                boolean pending = (ms.plannedOn() == null || !ms.plannedOn().isAfter(last))
                        && (ms.droppedOn() == null || ms.droppedOn().isAfter(last))
                        && (ms.reachedOn() == null || ms.reachedOn().isAfter(last)) && ms.due() != null;
                if (pending && within(ms.due(), from, to)) {
                    milestones.add(new MilestoneDue(ms.due(), m.title(), ms.title(), m.responsible()));
                } else if (pending && !ms.due().isAfter(last)) {
                    overdue.add(new Overdue(ms.due(), "MILESTONE", ms.title(), m.title()));
                }
            }
        }
        milestones.sort(Comparator.comparing(MilestoneDue::due).thenComparing(MilestoneDue::measure)
                .thenComparing(MilestoneDue::milestone));
        overdue.sort(Comparator.comparing(Overdue::date).thenComparing(Overdue::title));
        List<Recommendation> recommendations = list(docs, Docs.DECISION, DecisionDoc.class).stream()
                .filter(d -> d.recommendation() != null && !d.meetingDate().isAfter(last)
                        && d.recommendation().councilSessionDate() != null
                        && d.recommendation().councilSessionDate().isAfter(last))
                .map(d -> new Recommendation(d.recommendation().councilSessionDate(), d.recommendation().text(),
                        d.meetingDate(), d.title(), d.outcome()))
                .sorted(Comparator.comparing(Recommendation::councilSessionDate).thenComparing(Recommendation::title))
                .toList();
        return new UpcomingDecisions(from, to, deadlines, proposals, recommendations, milestones, overdue);
    }

    /** A contract that ends unless renewed asks the council to renew or let it lapse, not to cancel. */
    private static String kind(DependencyDoc d) {
        return DeadlineDecision.of(d.contract().renewal()) == DeadlineDecision.RENEW_OR_LAPSE ? "RENEW_OR_LAPSE"
                : "CANCEL_BY";
    }

    private static LocalDate councilDate(MeetingDoc meeting) {
        return meeting == null || meeting.cancelled() ? null : meeting.date();
    }
}
