package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The measure ended on {@code closedOn}: {@link MeasureStatus#COMPLETED} (every milestone reached or dropped) or
 * {@link MeasureStatus#STOPPED} with the reason ({@code reason} null when completed).
 */
@EventType("workgroup.MeasureClosed.v1")
public record MeasureClosed(UUID measureId, MeasureStatus status, LocalDate closedOn, String reason)
        implements MeasureEvent {
}
