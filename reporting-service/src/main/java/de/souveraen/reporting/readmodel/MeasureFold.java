package de.souveraen.reporting.readmodel;

import de.souveraen.contracts.workgroup.MeasureClosed;
import de.souveraen.contracts.workgroup.MeasureDefined;
import de.souveraen.contracts.workgroup.MeasureEvent;
import de.souveraen.contracts.workgroup.MeasureRevised;
import de.souveraen.contracts.workgroup.MeasureStatus;
import de.souveraen.contracts.workgroup.MilestoneDropped;
import de.souveraen.contracts.workgroup.MilestonePlanned;
import de.souveraen.contracts.workgroup.MilestoneReached;
import de.souveraen.reporting.readmodel.Docs.MeasureDoc;
import de.souveraen.reporting.readmodel.Docs.MilestoneDoc;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** A measure's events folded into its read-model document (pure); an event for an unknown measure changes nothing. */
final class MeasureFold {
    private MeasureFold() {
    }

    /** The document after {@code event} on business date {@code today}; null when nothing changes. */
    static MeasureDoc apply(MeasureDoc m, MeasureEvent event, LocalDate today) {
        if (event instanceof MeasureDefined e) {
            return new MeasureDoc(e.measureId(), e.details().title(), e.details().mandate(), e.details().description(),
                    e.details().responsible(), e.details().budgetLine(), e.details().dependencies(), e.definedOn(),
                    MeasureStatus.ACTIVE, null, null, List.of());
        }
        if (m == null) {
            return null;
        }
        if (event instanceof MeasureRevised e) {
            return new MeasureDoc(m.id(), e.details().title(), e.details().mandate(), e.details().description(),
                    e.details().responsible(), e.details().budgetLine(), e.details().dependencies(), m.definedOn(),
                    m.status(), m.closedOn(), m.closeReason(), m.milestones());
        } else if (event instanceof MilestonePlanned e) {
            List<MilestoneDoc> milestones = new ArrayList<>(m.milestones());
            milestones.add(new MilestoneDoc(e.milestoneId(), e.title(), e.due(), today, null, null, null, null));
            return withMilestones(m, milestones);
        } else if (event instanceof MilestoneReached e) {
            return withMilestone(m, e.milestoneId(), ms -> new MilestoneDoc(ms.id(), ms.title(), ms.due(),
                    ms.plannedOn(), e.reachedOn(), e.note(), ms.droppedOn(), ms.dropReason()));
        } else if (event instanceof MilestoneDropped e) {
            return withMilestone(m, e.milestoneId(), ms -> new MilestoneDoc(ms.id(), ms.title(), ms.due(),
                    ms.plannedOn(), ms.reachedOn(), ms.note(), today, e.reason()));
        } else if (event instanceof MeasureClosed e) {
            return new MeasureDoc(m.id(), m.title(), m.mandate(), m.description(), m.responsible(), m.budgetLine(),
                    m.dependencies(), m.definedOn(), e.status(), e.closedOn(), e.reason(), m.milestones());
        }
        return null;
    }

    private static MeasureDoc withMilestone(MeasureDoc m, UUID id, UnaryOperator<MilestoneDoc> change) {
        return withMilestones(m, m.milestones().stream().map(ms -> ms.id().equals(id) ? change.apply(ms) : ms)
                .toList());
    }

    private static MeasureDoc withMilestones(MeasureDoc m, List<MilestoneDoc> milestones) {
        return new MeasureDoc(m.id(), m.title(), m.mandate(), m.description(), m.responsible(), m.budgetLine(),
                m.dependencies(), m.definedOn(), m.status(), m.closedOn(), m.closeReason(), milestones);
    }
}
