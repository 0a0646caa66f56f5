package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.util.UUID;

/** The measure's details anew (title, mandate, description, responsible, budget line, dependencies). */
@EventType("workgroup.MeasureRevised.v1")
public record MeasureRevised(UUID measureId, MeasureDetails details) implements MeasureEvent {
}
