package de.souveraen.workgroup.measure;

import de.souveraen.contracts.workgroup.MeasureDetails;
import de.souveraen.contracts.workgroup.MeasureStatus;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What can be asked of one measure of the programme (stream {@code measure-<measureId>}); {@code POST /api/measures}.
 * Dates of the day ({@code definedOn}, {@code closedOn}) come from the request's clock.
 */
public sealed interface MeasureCommand {

    UUID measureId();

    record DefineMeasure(UUID measureId, MeasureDetails details, LocalDate definedOn) implements MeasureCommand {
    }

    record ReviseMeasure(UUID measureId, MeasureDetails details) implements MeasureCommand {
    }

    record PlanMilestone(UUID measureId, UUID milestoneId, String title, LocalDate due) implements MeasureCommand {
    }

    /** {@code reachedOn} defaults to today and cannot lie after it. */
    record ReachMilestone(UUID measureId, UUID milestoneId, LocalDate reachedOn, String note, LocalDate today)
            implements MeasureCommand {
    }

    record DropMilestone(UUID measureId, UUID milestoneId, String reason) implements MeasureCommand {
    }

    /** Completed (every milestone reached or dropped) or stopped (with a reason). */
    record CloseMeasure(UUID measureId, MeasureStatus status, String reason, LocalDate closedOn)
            implements MeasureCommand {
    }
}
