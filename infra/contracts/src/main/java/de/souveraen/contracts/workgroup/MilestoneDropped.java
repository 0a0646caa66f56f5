package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.util.UUID;

/** The milestone is no longer pursued, with the reason; it no longer counts for the measure's progress. */
@EventType("workgroup.MilestoneDropped.v1")
public record MilestoneDropped(UUID measureId, UUID milestoneId, String reason) implements MeasureEvent {
}
