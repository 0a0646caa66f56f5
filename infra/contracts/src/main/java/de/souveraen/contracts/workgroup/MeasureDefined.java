package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.UUID;

/** A measure was taken into the programme on {@code definedOn}; its status starts at {@link MeasureStatus#ACTIVE}. */
@EventType("workgroup.MeasureDefined.v1")
public record MeasureDefined(UUID measureId, MeasureDetails details, LocalDate definedOn) implements MeasureEvent {
}
