package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.UUID;

/** A milestone of the measure, due on {@code due}. */
@EventType("workgroup.MilestonePlanned.v1")
public record MilestonePlanned(UUID measureId, UUID milestoneId, String title, LocalDate due) implements MeasureEvent {
}
