package de.souveraen.workgroup.measure;

import de.souveraen.contracts.workgroup.MeasureDetails;
import de.souveraen.contracts.workgroup.MeasureStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A measure: its details, status, the day it was defined (and closed), and its milestones in the order planned. The
 * progress is derived: reached milestones of those still pursued (dropped ones do not count), in whole percent.
 */
public record MeasureState(UUID measureId, MeasureDetails details, MeasureStatus status, LocalDate definedOn,
        LocalDate closedOn, String closingReason, List<Milestone> milestones) {
    public static final MeasureState NONE = new MeasureState(null, null, null, null, null, null, List.of());

    /** A milestone: {@code reachedOn} set once reached, {@code droppedFor} once dropped. */
    public record Milestone(UUID milestoneId, String title, LocalDate due, LocalDate reachedOn, String note,
            String droppedFor) {

        public boolean reached() {
            return reachedOn != null;
        }

        public boolean dropped() {
            return droppedFor != null;
        }

        public boolean open() {
            return !reached() && !dropped();
        }

        /** Open and due before {@code today}. */
        public boolean lateOn(LocalDate today) {
            return open() && due.isBefore(today);
        }
    }

    public MeasureState {
        milestones = Collections.unmodifiableList(new ArrayList<>(milestones));
    }

    public boolean exists() {
        return measureId != null;
    }

    /** Reached of the pursued milestones in whole percent (rounded down); 0 without any pursued milestone. */
    public int progress() {
        long pursued = milestones.stream().filter(m -> !m.dropped()).count();
        long reached = milestones.stream().filter(Milestone::reached).count();
        return pursued == 0 ? 0 : (int) (reached * 100 / pursued);
    }

    public Optional<Milestone> milestone(UUID id) {
        return milestones.stream().filter(m -> m.milestoneId().equals(id)).findFirst();
    }

    MeasureState with(MeasureDetails newDetails) {
        return new MeasureState(measureId, newDetails, status, definedOn, closedOn, closingReason, milestones);
    }

    MeasureState with(Milestone changed) {
        List<Milestone> next = new ArrayList<>(milestones);
        int at = -1;
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).milestoneId().equals(changed.milestoneId())) {
                at = i;
            }
        }
        if (at < 0) {
            next.add(changed);
        } else {
            next.set(at, changed);
        }
        return new MeasureState(measureId, details, status, definedOn, closedOn, closingReason, next);
    }

    MeasureState closed(MeasureStatus newStatus, LocalDate on, String reason) {
        return new MeasureState(measureId, details, newStatus, definedOn, on, reason, milestones);
    }
}
