package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.UUID;

/** The milestone was reached on {@code reachedOn}; {@code note} says what was achieved (null when none). */
@EventType("workgroup.MilestoneReached.v1")
public record MilestoneReached(UUID measureId, UUID milestoneId, LocalDate reachedOn, String note)
        implements MeasureEvent {
}
