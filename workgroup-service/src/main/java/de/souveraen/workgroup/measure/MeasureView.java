package de.souveraen.workgroup.measure;

import de.souveraen.contracts.workgroup.MeasureDetails;
import de.souveraen.contracts.workgroup.MeasureStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A measure as the API answers it: the state plus what is derived from it on {@code today} — progress in percent
 * (reached of the pursued milestones) and which open milestones are late (due before today).
 */
public record MeasureView(UUID measureId, MeasureDetails details, MeasureStatus status, LocalDate definedOn,
        LocalDate closedOn, String closingReason, int progress, int late, List<MilestoneView> milestones) {

    /** A milestone with its derived state: {@code OPEN}, {@code LATE}, {@code REACHED} or {@code DROPPED}. */
    public record MilestoneView(UUID milestoneId, String title, LocalDate due, LocalDate reachedOn, String note,
            String droppedFor, String state) {
    }

    static MeasureView of(MeasureState s, LocalDate today) {
        List<MilestoneView> milestones = s.milestones().stream().map(m -> new MilestoneView(m.milestoneId(), m.title(),
                m.due(), m.reachedOn(), m.note(), m.droppedFor(), m.reached() ? "REACHED" : m.dropped() ? "DROPPED"
                        : m.lateOn(today) && s.status() == MeasureStatus.ACTIVE ? "LATE" : "OPEN")).toList();
        int late = (int) milestones.stream().filter(m -> m.state().equals("LATE")).count();
        return new MeasureView(s.measureId(), s.details(), s.status(), s.definedOn(), s.closedOn(), s.closingReason(),
                s.progress(), late, milestones);
    }
}
